package org.replygraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class WordListTest {
    /** Every list shipped under ontology/reference/words/ loads: no blank, spaced or repeated word. */
    static Stream<String> shipped() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("ontology/reference/words"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tsv"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void everyShippedListLoads(String name) {
        assertFalse(WordList.words(name).isEmpty(), name);
    }

    @ParameterizedTest(name = "{0} holds {1}: {2}")
    @CsvSource({
        "centre-kinds, 制造业创新中心, true",
        "centre-kinds, 创新平台, false",
        "name-stop-words, 依托, true",
        "name-stop-words, 增材, false",
        "level-words, 省级, true",
        "level-words, 湖北, false",
        "organisation-suffixes, 有限公司, true",
        "policy-genres, 办法, true",
        "policy-genres, 建议, false",
        "policy-not-genres, 建议, true",
        "metadata-stop-labels, 访问次数, true",
    })
    void listsHoldTheirWords(String list, String word, boolean held) {
        assertEquals(held, WordList.set(list).contains(word));
    }

    @Test
    void longerKindsComeBeforeTheKindsTheyEndWith() {
        List<String> kinds = WordList.words("centre-kinds");
        assertTrue(kinds.indexOf("制造业创新中心") < kinds.indexOf("创新中心"));
        for (int i = 0; i < kinds.size(); i++)
            for (int j = i + 1; j < kinds.size(); j++)
                assertFalse(kinds.get(j).endsWith(kinds.get(i)), kinds.get(j) + " must come before " + kinds.get(i));
    }

    @Test
    void theCheapPreTestsAreDerivedFromTheLists() {
        assertEquals("心室地院构", WordList.lastChars(List.of("创新中心", "实验室", "中试基地", "研究院", "新型研发机构", "研发中心")));
        assertEquals("总副", WordList.firstChars(List.of("总书记", "副主任", "副局长")));
        assertEquals(Set.of('心', '地', '室', '院', '构', '台', '器'), chars(WordList.lastChars(WordList.words("centre-kinds"))));
        assertEquals(Set.of('司', '院', '所', '团', '学'), chars(WordList.lastChars(WordList.words("organisation-suffixes"))));
        assertEquals(chars("总副董研工院教主局厅部处科书省市县区博"), chars(WordList.firstChars(WordList.words("person-roles"))));
    }

    private static Set<Character> chars(String s) {
        return s.chars().mapToObj(c -> (char) c).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void labelSynonymsMapToTheNameTheirValueIsFiledUnder() {
        assertEquals("文号", WordList.pairs("metadata-labels").get("发文字号"));
        assertEquals("编号", WordList.pairs("metadata-labels").get("提案号"));
        assertEquals("协办单位", WordList.pairs("metadata-labels").get("会办单位"));
    }

    @Test
    void aRepeatedWordIsRejectedWithItsFile() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WordList.words("test-repeated"));
        assertEquals("Illegal word=省级 in ontology/reference/words/test-repeated.tsv : listed twice", e.getMessage());
    }

    @Test
    void aWordWithSurroundingSpacesIsRejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WordList.words("test-spaced"));
        assertEquals("Illegal word='国家 ' in ontology/reference/words/test-spaced.tsv : must be non-blank without surrounding spaces",
                e.getMessage());
    }

    @Test
    void aMissingListNamesItsResource() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WordList.words("no-such-list"));
        assertEquals("Missing reference data resource=ontology/reference/words/no-such-list.tsv : must be on the classpath",
                e.getMessage());
    }

    @Test
    void fragmentsAreTheCharacterSetsTheRulesUsed() {
        assertEquals("一二三四五六七八九十", Fragments.CN_NUMERALS);
        assertEquals("省市区县州旗盟", Fragments.ALL_LEVELS);
        assertTrue("二〇二三".matches("[" + Fragments.CN_ZEROS + Fragments.CN_DIGITS + "]{4}"));
        assertFalse("二〇二三".matches("[" + Fragments.CN_DIGITS + "]{4}"));
    }
}
