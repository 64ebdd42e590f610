package org.replygraph.extract.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where the header ends and the acknowledgement stands, on openings of real letters; negatives are
 * texts that are no letter (a news item, a notice), whose header is only their first lines.
 * Columns: text ('\n' for line breaks), the header as read, the acknowledgement sentence (ackStart..ackEnd, which
 * starts right after the salutation, stripped here).
 */
class LetterLayoutTest {
    private final SalutationParser salutations = new SalutationParser();

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '#', emptyValue = "", textBlock = """
            '关于市政协十五届三次会议第103号提案的答复\\n王建国委员:\\n您提出的《关于加快发展人工智能的提案》收悉。现答复如下:' # '关于市政协十五届三次会议第103号提案的答复\\n' # '您提出的《关于加快发展人工智能的提案》'
            '李明代表:\\n    您在市十六届人大三次会议上提出的《关于支持企业研发的建议》已收到,现答复如下' # '' # '您在市十六届人大三次会议上提出的《关于支持企业研发的建议》'
            '索引号:123\\n您提出的《关于发展冷链物流的建议》收悉。经研究' # '索引号:123\\n' # '您提出的《关于发展冷链物流的建议》'
            '自治区农业农村厅:\\n现将自治区政协十三届二次会议第20240281号提案提出的“关于发展设施农业”方面的建议办理(落实)情况函告如下,请综合后一并答复提案者。' # '' # '现将自治区政协十三届二次会议第20240281号提案提出的“关于发展设施农业”方面的建议办理(落实)情况'
            """)
    void findsHeaderAndAcknowledgement(String text, String header, String ack) {
        String t = text.replace("\\n", "\n");
        LetterLayout l = LetterLayout.of(t, salutations);
        assertEquals(header.replace("\\n", "\n"), t.substring(0, l.headerEnd()));
        assertEquals(ack, t.substring(l.ackStart(), l.ackEnd()).strip());
        assertTrue(l.isLetter());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '#', textBlock = """
            '市政协召开专题协商会\\n会议听取了关于加快发展人工智能的情况通报,委员们提出意见建议。'
            '关于开展2024年度省级重点实验室申报工作的通知\\n各有关单位:\\n现将有关事项通知如下'
            '您的来信已收到,我们将认真研究'
            """)
    void aTextThatAnswersNoOneIsNoLetter(String text) {
        String t = text.replace("\\n", "\n");
        LetterLayout l = LetterLayout.of(t, salutations);
        assertFalse(l.isLetter(), () -> "read as a letter: " + l);
        assertNull(l.salutation());
        assertEquals(Math.min(t.length(), 300), l.headerEnd(), "the header of a text without salutation is its opening");
    }
}
