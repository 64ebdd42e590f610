package org.replygraph.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {
    private static List<SyntheticLetter> letters(long n, long seed) {
        List<SyntheticLetter> out = new ArrayList<>();
        new SyntheticCorpus(n, seed).forEach(out::add);
        return out;
    }

    @Test
    void theSameSeedWritesByteIdenticalFiles(@TempDir Path tmp) throws IOException {
        SynthWriter.Summary a = SynthWriter.write(new SyntheticCorpus(300, 42), tmp.resolve("a"));
        SynthWriter.Summary b = SynthWriter.write(new SyntheticCorpus(300, 42), tmp.resolve("b"));
        assertEquals(a, b);
        assertEquals(300, a.letters());
        List<String> names = fileNames(tmp.resolve("a"));
        assertEquals(names, fileNames(tmp.resolve("b")));
        assertEquals(300, names.size());
        for (String name : names)
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(name)), Files.readAllBytes(tmp.resolve("b").resolve(name)), name);
    }

    @Test
    void anotherSeedWritesAnotherCorpus() {
        assertNotEquals(letters(20, 1).get(0).text(), letters(20, 2).get(0).text());
    }

    @Test
    void aSmallerCorpusIsTheStartOfALargerOne() {
        List<SyntheticLetter> small = letters(50, 9);
        List<SyntheticLetter> large = letters(120, 9);
        assertEquals(small, large.subList(0, 50));
        assertEquals("000000.txt", small.get(0).fileName());
        assertEquals("000049.txt", small.get(49).fileName());
    }

    @Test
    void someProposalsAreAnsweredByALeadAndItsCoHandlersWithOneNumberAndSession() {
        Map<Long, List<LetterTruth>> byProposal = new HashMap<>();
        for (SyntheticLetter l : letters(1000, 3)) byProposal.computeIfAbsent(l.proposalId(), k -> new ArrayList<>()).add(l.truth());
        List<List<LetterTruth>> several = byProposal.values().stream().filter(v -> v.size() > 1).toList();
        assertTrue(several.size() > 50, "proposals answered by several letters: " + several.size());
        for (List<LetterTruth> answers : several) {
            assertEquals(answers.size(), answers.stream().map(LetterTruth::issuer).distinct().count(), "one letter per body: " + answers);
            assertEquals(1, answers.stream().map(LetterTruth::title).distinct().count());
            assertTrue(answers.stream().map(LetterTruth::number).filter(n -> n != null).distinct().count() <= 1, answers.toString());
        }
    }

    @Test
    void someTitlesComeAgainInALaterSessionOfTheSameAssembly() {
        Map<String, LetterTruth> firstByTitle = new HashMap<>();
        int again = 0;
        for (SyntheticLetter l : letters(1000, 3)) {
            LetterTruth t = l.truth();
            LetterTruth first = firstByTitle.putIfAbsent(t.title(), t);
            if (first != null && first.assemblyPlace() != null && first.assemblyPlace().equals(t.assemblyPlace())
                    && (first.term() != t.term() || first.meeting() != t.meeting())) again++;
        }
        assertTrue(again > 20, "same title, same assembly, later session: " + again);
    }

    @Test
    void lettersVaryInPlaceLayoutScriptAndDamage() {
        List<SyntheticLetter> all = letters(1000, 5);
        assertTrue(all.stream().map(l -> l.truth().issuer()).distinct().count() > 300, "distinct issuers");
        assertTrue(all.stream().filter(l -> l.truth().traditional()).count() > 30, "traditional letters");
        assertTrue(all.stream().filter(l -> l.truth().damaged()).count() > 50, "damaged letters");
        assertTrue(all.stream().filter(l -> l.text().startsWith("[ 索引")).count() > 50, "bracketed metadata layout");
        assertTrue(all.stream().filter(l -> l.text().contains("| 索 引 号 |")).count() > 50, "table layout");
        assertTrue(all.stream().filter(l -> l.text().contains("签发人:")).count() > 30, "signers");
        assertTrue(all.stream().filter(l -> l.text().contains("〇")).count() > 100, "dates in Chinese numerals");
        assertTrue(all.stream().filter(l -> l.text().contains("实验室")).count() > 100, "key laboratories");
        assertFalse(all.stream().anyMatch(l -> l.text().contains("$")), "an unfilled template slot");
    }

    @Test
    void aNegativeSizeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SyntheticCorpus(-1, 1));
        assertEquals("Illegal letters=-1 : must be 0 or more", e.getMessage());
    }

    @Test
    void countsInNumeralsAsLettersWriteThem() {
        assertEquals("四", ChineseNumerals.count(4));
        assertEquals("十", ChineseNumerals.count(10));
        assertEquals("十三", ChineseNumerals.count(13));
        assertEquals("二十", ChineseNumerals.count(20));
        assertEquals("三十一", ChineseNumerals.count(31));
        assertEquals("二〇二二", ChineseNumerals.year(2022));
        assertEquals("Illegal count=0 : must be 1..99",
                assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.count(0)).getMessage());
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
