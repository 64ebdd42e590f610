package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.replygraph.ingest.TestCorpus;

/** PersonalData runs its patterns only on runs of the chars their matches are made of: the same masks as a whole-text search. */
class PersonalDataRunsTest {
    @Test
    void masksWhatAWholeTextSearchMasksOnEveryTestLetter() throws IOException {
        List<Path> letters = new ArrayList<>(TestCorpus.letters());
        try (Stream<Path> real = Files.list(Path.of("src/test/resources/real/letters"))) {
            // the scored real letters only (r001-r177): later batches are unseen material
            letters.addAll(real.filter(p -> p.getFileName().toString().compareTo("r178") < 0).toList());
        }
        int masked = 0;
        for (Path p : letters) {
            String text = TestCorpus.read(p);
            for (boolean publish : new boolean[] {false, true}) {
                assertEquals(wholeTextMask(text, publish), PersonalData.mask(text, publish), p::toString);
                assertEquals(!wholeTextMask(text, publish).equals(text), PersonalData.contains(text, publish), p::toString);
            }
            if (!PersonalData.mask(text, false).equals(text)) masked++;
        }
        assertTrue(masked > 0, "no test letter holds personal data to mask");
    }

    @Test
    void masksWhatAWholeTextSearchMasksInPiecesGluedTogether() {
        String[] pieces = {"13912345671", "139 1234 5672", "139-1234-5673", "8613912345675", "+86-139-1234-5676", "（+86）13912345677",
            "(+86)139.1234.5678", "１３９１２３４５６７８", "11010119900307123X", "110101199003071234", "zhang.san@163.com", "kjt@shaanxi.gov.cn",
            "a@b.cn", "029-87294985", "0371-65905678", "电话", "，", "x", "1", "-", " ", "\u3000", "＠", "qq.com", "2023年", "X"};
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) sb.append(pieces[random.nextInt(pieces.length)]);
            String text = sb.toString();
            for (boolean publish : new boolean[] {false, true})
                assertEquals(wholeTextMask(text, publish), PersonalData.mask(text, publish), text);
        }
    }

    /** The masks of a search of the whole half-width text by each pattern, as PersonalData made them before. */
    private static String wholeTextMask(String text, boolean publishMobiles) {
        String plain = PersonalData.halfWidth(text);
        char[] out = text.toCharArray();
        List<Pattern> patterns = publishMobiles ? List.of(PersonalData.RESIDENT_ID, PersonalData.EMAIL)
                : List.of(PersonalData.RESIDENT_ID, PersonalData.MOBILE, PersonalData.EMAIL);
        for (Pattern p : patterns) {
            Matcher m = p.matcher(plain);
            while (m.find()) for (int i = m.start(); i < m.end(); i++) out[i] = '*';
        }
        return new String(out);
    }
}
