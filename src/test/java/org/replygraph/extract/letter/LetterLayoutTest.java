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
            '宿迁市发展和改革委员会2023年建议提案办理工作总结\n二、注重沟通协商。在办理第56号建议、第102号提案等重点件过程中,主动上门走访代表委员,面对面听取意见。'
            '关于加快县域医共体建设的建议\n领衔代表:罗志强\n建议:\n一、完善医共体管理体制。'
            '关于市政协十五届三次会议第103号提案办理情况的报告\n现将办理情况报告如下:'
            '市政府办公室关于印发工作要点的通知\n各区县人民政府:\n根据市政府工作部署,现答复如下几个问题的口径:'
            """)
    void aTextThatAnswersNoOneIsNoLetter(String text) {
        String t = text.replace("\\n", "\n");
        LetterLayout l = LetterLayout.of(t, salutations);
        assertFalse(l.isLetter(), () -> "read as a letter: " + l);
        assertNull(l.salutation());
        assertEquals(Math.min(t.length(), 300), l.headerEnd(), "the header of a text without salutation is its opening");
    }

    /**
     * A reply with neither salutation nor 收悉: the paragraph whose answering cue (现答复如下, 协办意见如下) follows the motion
     * it answers (a number after the noun, 第N号提案, a motion someone put forward), or follows a heading calling the page a
     * motion's answer. A body addressed on the line above (the lead body of a co-handling opinion) stays out of the body.
     * Columns: text, the header as read, the answering sentence (ackStart..ackEnd).
     */
    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '#', emptyValue = "", textBlock = """
            '关于政协十四届全国委员会第一次会议第00006号\n(经济发展类001号)提案答复的函\n\n  您提出的关于加强产业园建设的提案,全国政协交由科技部和我委分别办理,现就涉及我委职能的事项答复如下。' # '关于政协十四届全国委员会第一次会议第00006号\n(经济发展类001号)提案答复的函\n\n' # '您提出的关于加强产业园建设的提案,全国政协交由科技部和我委分别办理,现就涉及我委职能的事项'
            '关于市政协十六届二次会议第17号提案办理情况的答复函\n\n市科技局:\n\n九三学社市委在政协淮南市第十六届二次会议上提出的《关于加强创新方法推广应用》的提案(17号),结合我局工作实际,经认真办理,现答复如下:' # '关于市政协十六届二次会议第17号提案办理情况的答复函\n\n' # '九三学社市委在政协淮南市第十六届二次会议上提出的《关于加强创新方法推广应用》的提案(17号),结合我局工作实际,经认真办理,'
            '自治区教育厅:\n自治区十四届人大二次会议期间,钟莺、黄清梅等5名代表提出了关于支持玉林市产教融合发展建设的建议(第2024363号),经研究,现提出协办意见如下:' # '' # '自治区十四届人大二次会议期间,钟莺、黄清梅等5名代表提出了关于支持玉林市产教融合发展建设的建议(第2024363号),经研究,现提出'
            '关于对第45号建议的答复\n经研究,现答复如下:' # '关于对第45号建议的答复\n' # '经研究,'
            '| 标 题 | 对市政协十三届三次会议第8206号提案的协办意见\n市市场监督管理局:\n经研究,现对九三学社提出的关于《关于加强基层食品安全监管的提案》提出如下协办意见,供你单位答复委员时参考:' # '| 标 题 | 对市政协十三届三次会议第8206号提案的协办意见\n' # '经研究,现对九三学社提出的关于《关于加强基层食品安全监管的提案》'
            """)
    void findsAnAnsweringSentenceWithoutSalutation(String text, String header, String ack) {
        String t = text.replace("\\n", "\n");
        LetterLayout l = LetterLayout.of(t, salutations);
        assertNull(l.salutation());
        assertEquals(header.replace("\\n", "\n"), t.substring(0, l.headerEnd()));
        assertEquals(ack, t.substring(l.ackStart(), l.ackEnd()).strip());
        assertTrue(l.isLetter());
    }

    /**
     * An answer addressed to a government or the lead body (市政府:) with no heading, salutation or answering cue, whose
     * closing line says which numbered motion it answered. Columns: text, the header as read, the closing sentence.
     */
    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '#', emptyValue = "", textBlock = """
            '市政府:\n我市现有公墓一处,新建项目已申报。\n以上是我局对第二届政协委员会第五次会议012号建议的解答。' # '' # '以上是我局对第二届政协委员会第五次会议012号建议的解答'
            '\n县人民政府:\n张三村道路已列入明年计划。\n以上为我委关于县人大十届三次会议第5号建议的答复。' # '\n' # '以上为我委关于县人大十届三次会议第5号建议的答复'
            """)
    void findsAnAnswerAddressedToAGovernmentAndClosedByItsMotion(String text, String header, String closing) {
        String t = text.replace("\\n", "\n");
        LetterLayout l = LetterLayout.of(t, salutations);
        assertNull(l.salutation());
        assertEquals(header.replace("\\n", "\n"), t.substring(0, l.headerEnd()));
        assertEquals(closing, t.substring(l.ackStart(), l.ackEnd()));
        assertTrue(l.isLetter());
    }

    /** Negatives: an addressee without such a closing (a report), a closing without an addressee (a summary), an addressee too far down. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '#', textBlock = """
            '市政府:\n现将我局上半年工作情况报告如下。\n以上是我局对相关工作的说明。'
            '李小明在会上发言。\n以上是我局对第二届政协委员会第五次会议012号建议的解答。'
            '标题\n日期\n来源\n市政府:\n我市现有公墓一处。\n以上是我局对第二届政协委员会第五次会议012号建议的解答。'
            """)
    void anAddresseeOrAClosingAloneIsNoLetter(String text) {
        String t = text.replace("\\n", "\n");
        LetterLayout l = LetterLayout.of(t, salutations);
        assertFalse(l.isLetter(), () -> "read as a letter: " + l);
    }

    /**
     * A reply whose opening names the motion and its proposer with no 收悉 nor answering cue, under a heading that calls the
     * page a motion's answer: both cues are needed. Columns: text, the header as read, the opening (ackStart..ackEnd).
     */
    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '#', emptyValue = "", textBlock = """
            '返回上一级\n六届四次第109号代表建议的答复\n主动公开\n2024.11.29\n金红代表提出的“关于上级部门协同推进违法用地处置工作”的建议。经22年以来历次卫片执法' # '返回上一级\n六届四次第109号代表建议的答复\n主动公开\n2024.11.29\n' # '金红代表提出的“关于上级部门协同推进违法用地处置工作”的建议'
            '关于区七届人大三次会议第T021号建议的答复\n张三等3名代表在区七届人大三次会议上提出的关于改造背街小巷的建议,我局高度重视,已会同街道制定方案。' # '关于区七届人大三次会议第T021号建议的答复\n' # '张三等3名代表在区七届人大三次会议上提出的关于改造背街小巷的建议'
            '对县政协九届二次会议第12号提案的答复\n李四委员提出的关于发展乡村旅游的提案,涉及我局职能的部分已落实。' # '对县政协九届二次会议第12号提案的答复\n' # '李四委员提出的关于发展乡村旅游的提案'
            """)
    void findsAnOpeningThatNamesTheMotionUnderAnAnswersHeading(String text, String header, String opening) {
        String t = text.replace("\\n", "\n");
        LetterLayout l = LetterLayout.of(t, salutations);
        assertNull(l.salutation());
        assertEquals(header.replace("\\n", "\n"), t.substring(0, l.headerEnd()));
        assertEquals(opening, t.substring(l.ackStart(), l.ackEnd()));
        assertTrue(l.isLetter());
    }

    /**
     * Negatives: one cue without the other (a heading over a list or a report; a proposer's phrase under a news heading),
     * a heading that is a sentence, an opening too far below the heading, a proposer phrase not opening its paragraph.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '#', textBlock = """
            '区政府召开代表建议办理工作推进会\n金红代表提出的“关于协同推进违法用地处置工作”的建议。会议要求各单位认真办理。'
            '2024年代表建议的答复公开目录\n第109号建议的答复\n第110号建议的答复\n第111号建议的答复'
            '以上意见供你单位统一答复代表时参考。\n李四代表提出的关于修路的建议。经研究,我局已列入计划。'
            '六届四次第109号代表建议的答复\n一\n二\n三\n四\n金红代表提出的“关于协同推进违法用地处置工作”的建议。经研究,已落实。'
            '六届四次第109号代表建议的答复\n近日,金红代表提出的“关于协同推进违法用地处置工作”的建议得到落实。'
            '六届四次第109号代表建议的答复\n区人大常委会组织代表视察了我局提出的整改建议。'
            """)
    void oneCueAloneIsNoLetter(String text) {
        String t = text.replace("\\n", "\n");
        LetterLayout l = LetterLayout.of(t, salutations);
        assertFalse(l.isLetter(), () -> "read as a letter: " + l);
    }
}
