package org.replygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A letter giving a contact's mobile in every written form, an ID number and a private e-mail:
 * none of them is in any output format `build` writes, while the agency's office line is.
 */
class PersonalDataOutputTest {
    static final Path LETTERS = Path.of("src/test/resources/security/letters");
    /** What the hostile letter holds, as written and with separators dropped. */
    static final List<Pattern> PERSONAL = List.of(
            Pattern.compile("139[ -]?1234[ -]?567[2-6]"), Pattern.compile("8613912345675"),
            Pattern.compile("１３９１２３４５６７８"), Pattern.compile("13912345678"),
            Pattern.compile("11010119900307123X", Pattern.CASE_INSENSITIVE), Pattern.compile("zhang\\.san"), Pattern.compile("163\\.com"));

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nt", "nq", "ttl", "jsonld", "trig"})
    void noOutputFormatCarriesPersonalData(String extension) throws IOException {
        Path out = dir.resolve("out." + extension);
        CliRun run = CliRun.of("build", LETTERS.toString(), "-o", out.toString());
        assertEquals(Main.OK, run.exit(), run.err());
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(List.of(), found(text), extension);
        assertTrue(text.contains("029-87294985"), "the agency's office line stays in " + extension);
        assertTrue(text.contains("李四"), "the contact's name is not personal data here");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nt"})
    void publishMobilesPublishesMobilesOnly(String extension) throws IOException {
        Path out = dir.resolve("out." + extension);
        assertEquals(Main.OK, CliRun.of("build", LETTERS.toString(), "--publish-mobiles", "-o", out.toString()).exit());
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.contains("139 1234 5672"));
        assertTrue(!text.contains("11010119900307123X") && !text.contains("zhang.san@163.com"));
    }

    static List<String> found(String text) {
        List<String> hits = new ArrayList<>();
        for (Pattern p : PERSONAL) {
            var m = p.matcher(text);
            while (m.find()) {
                hits.add(m.group() + " near " + text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 10)));
            }
        }
        return hits;
    }
}
