package org.replygraph.extract.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.fact.PersonRef;

class ProposerParserTest {
    private final ProposerParser parser = new ProposerParser();

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
            "市政协十四届三次会议第186号提案《关于加快滇中新区新能源汽车产业链建设的提案》(提案人:方志刚委员)收悉。#方志刚#委员",
            "第58号提案(提案人：韦振东、蒙秀丽委员)收悉#韦振东、蒙秀丽#委员",
            "领衔提案人:钱立文等3位委员#钱立文#委员",
            "建议人: | 苏晓红 | 建议类型: | 大会期间建议 |#苏晓红#",
            "《关于加强农村饮水安全的建议》(建议人:覃国富代表)已交我局办理#覃国富#代表",
            "(提案人:热依拉·买买提委员)收悉#热依拉·买买提#委员",
            "| 建议号 | 23 | 领衔代表 | 田建明 |\\n| 附议代表 | 孙丽、赵国华 | 主办单位 | 泾阳县住房和城乡建设局 |#田建明、孙丽、赵国华#代表",
            "领衔人:蒋立平 附议人:郑晓燕#蒋立平、郑晓燕#",
            "提案者:梁志坚、区美玲\\n承办单位:江门市科学技术局#梁志坚、区美玲#",
    })
    void readsLabelledProposers(String text, String names, String role) {
        text = text.replace("\\n", "\n");   // CSV rows write line breaks as \\n
        assertNamed(parser.find(text, 0, text.length()), names, role);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "提案者: | 九三学社烟台市委 |",
            "感谢提案人对我市工作的关心",
            "提案人:民盟市委会",
            "(提案人:市工商联界别)",
    })
    void readsNoUnitOrProseAsAPerson(String text) {
        assertTrue(parser.find(text, 0, text.length()).isEmpty(), text);
    }

    /** Proposers named only in a co-handler's opening sentence (real letters r050, r079, r080; issue 9 §2). */
    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
            "县水利局:\\n陈宝国等代表在县十九届人大四次会议上提出的第152号建议《关于非粮化整治后加强水利建设的建议》已收悉。#陈宝国#代表",
            "市农业农村局:\\n刘世云代表提出的《关于综合统筹解决好粮食生产中问题的建议》(市人大六届二次会议第182号建议)收悉#刘世云#代表",
            "区经委:\\n提案人常洁提出的关于《打造工业设计“嘉定名片”》的提案收悉#常洁#委员",
            "市财政局:\\n张明、李华等3位委员所提《关于…的提案》收悉#张明、李华#委员",
            // an unnamed deputy: the role alone
            "镇政府:\\n代表提出的“关于山林生态系统保护工作的建议”已收悉#-#代表",
    })
    void readsProposersNamedInTheOpeningSentence(String text, String names, String role) {
        text = text.replace("\\n", "\n");
        ProposerParser.Named n = parser.inSentence(text, 0, text.length()).orElseThrow();
        assertEquals(names.equals("-") ? List.of() : List.of(names.split("、")), n.proposers().stream().map(PersonRef::name).toList());
        assertEquals(role, n.role());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "您提出的《关于加强水利建设的建议》已收悉",
            "感谢张三代表提出的宝贵意见",
            "县人大代表在会上提出意见",
            "各位代表提出的建议已分办",
            "我局高度重视市人大代表提出的建议",
    })
    void readsNoProposerFromOtherSentences(String text) {
        assertTrue(parser.inSentence(text, 0, text.length()).isEmpty(), text);
    }

    /** Proposers named in the forwarding clause around a quoted title (r188), with or without a role word. */
    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
            "蒙城县科技局:\\n关于李晓敏在县政协十届五次会议期间提出的《关于加快科技创新,推进农业机械化的建议》和梁万永提出的《关于提高农业机械化"
                    + "科技创新水平的提案》收悉,经认真研究办理,现答复如下:#李晓敏、梁万永#",
            "市财政局:\\n关于张明、李华委员在市政协十三届二次会议上提出的《关于加快发展的提案》收悉#张明、李华#委员",
            "县交通局:\\n对王强代表在县人大会议期间提出的“关于硬化通村公路的建议”收悉#王强#代表",
    })
    void readsProposersNamedInAForwardingClause(String text, String names, String role) {
        text = text.replace("\\n", "\n");
        assertNamed(parser.forwarded(text, 0, text.length()), names, role);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "关于在全市开展调研期间提出的《工作方案》",
            "关于您在市人大会议期间提出的《关于加快发展的建议》收悉",
            "我局在市政府常务会议上提出的《实施意见》已印发",
            "关于我市在全省工作会议上提出的《三年行动计划》",
    })
    void aForwardingClauseNeedsAPersonsName(String text) {
        assertTrue(parser.forwarded(text, 0, text.length()).isEmpty(), text);
    }

    /** Proposers named as "X等代表" opening a clause of a co-handler's first paragraphs (r205). */
    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
            "一、办理工作背景\\n方葳等代表经深入调研,分析了我市智能汽车检验检测能力存在的短板问题#方葳#代表",
            "收悉。张明、李华等3位委员针对我市人才引进提出了意见#张明、李华#委员",
    })
    void readsAGroupOfProposersInTheBody(String text, String names, String role) {
        text = text.replace("\\n", "\n");
        assertNamed(parser.groupInBody(text, 0, text.length()), names, role);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "感谢方葳等代表的关心",
            "方葳代表经深入调研",
            "各位代表经认真审议",
            "我局邀请人大代表等代表参加座谈",
            "感谢李小明等委员的关心",
            "感谢张三等3位代表的关心",
    })
    void readsNoGroupWithoutItsTail(String text) {
        assertTrue(parser.groupInBody(text, 0, text.length()).isEmpty(), text);
    }

    /** The parser found exactly these proposers ("、"-separated) with this role (empty: none stated). */
    private static void assertNamed(Optional<ProposerParser.Named> found, String names, String role) {
        ProposerParser.Named n = found.orElseThrow(() -> new AssertionError("no proposers found, expected " + names));
        assertEquals(List.of(names.split("、")), n.proposers().stream().map(PersonRef::name).toList());
        assertEquals(role, n.role());
    }
}
