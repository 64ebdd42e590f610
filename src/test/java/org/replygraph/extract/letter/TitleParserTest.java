package org.replygraph.extract.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.fact.Located;

class TitleParserTest {
    private final TitleParser parser = new TitleParser();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', value = {
            "您提出的《关于把西安“增材制造国家创新中心”打造为我省重要科创平台的建议》(第604号)#关于把西安“增材制造国家创新中心”打造为我省重要科创平台的建议",
            "贵单位提出的关于《加强科技领军企业主导的产学研深入融合提升我省产业自主创新水平》的提案#加强科技领军企业主导的产学研深入融合提升我省产业自主创新水平",
            "您提出的“关于加快建设莲河西路南延工程的提案”的建议#关于加快建设莲河西路南延工程的提案",
            "您提出的关于“关于推进开发区精准招商的建议”的提案#关于推进开发区精准招商的建议",
            "您提出关于加快建设大巴山生态博物馆的建议》#关于加快建设大巴山生态博物馆的建议",
            "您的《关于培育与发展高新技术产业的建议》提案#关于培育与发展高新技术产业的建议",
            "您提出的《关于落实《中国制造2025》的建议》#关于落实《中国制造2025》的建议",
            "您提出的关于《中国制造2025》落实情况的建议#关于《中国制造2025》落实情况的建议",
            "您提出的关于落实《中国制造2025》的建议#关于落实《中国制造2025》的建议",
            "您提出的关于加强中试平台建设的提案#关于加强中试平台建设的提案",
            "您提出的《关于积极支持宜宾市申报“国家创新型试点城市》(第94号建议)#关于积极支持宜宾市申报“国家创新型试点城市",
            "您提出的《关于加快建设产业园的建议(第12号)#关于加快建设产业园的建议",
            // a frame around a whole motion title (real letter r060): the inner title; a cited policy keeps its frame
            "您提出的关于《关于将解放西街健康社区纳入2019年老旧小区改造项目的建议》已#关于将解放西街健康社区纳入2019年老旧小区改造项目的建议",
            "您提出的关于《关于加快发展的意见》落实的建议#关于《关于加快发展的意见》落实的建议",
            // a back-reference after a quoted title is never the title (real letter r098)
            "您提出的“关于增设公交站点的建议”(以下简称《建议》)已交我局办理,收到您的《建议》后#关于增设公交站点的建议",
            "您提出的“关于增设公交站点的建议”,简称《提案》#关于增设公交站点的建议",
            // a quoted motion title that does not open with 关于 (real letter r042)
            "你提出的“建议帮助实施河堤加固项目工程的建议案”,问题已交由我局研究办理#建议帮助实施河堤加固项目工程的建议案",
            // a forwarding clause around the title names the proposer, not a title (r188); a bare title citing a policy stays
            "关于李晓敏在县政协十届五次会议期间提出的《关于加快科技创新,推进农业机械化的建议》和梁万永提出的《关于提高农业机械化科技创新水平的提案》"
                    + "#关于加快科技创新,推进农业机械化的建议",
            "关于张明委员所提的《关于加快发展的提案》#关于加快发展的提案",
            "您提出的关于贯彻落实《中国制造2025》的建议#关于贯彻落实《中国制造2025》的建议",
    })
    void readsTheTitleBefore收悉(String sentence, String title) {
        Located<String> t = parser.find(sentence, 0, sentence.length()).orElseThrow();
        assertEquals(title, t.value());
        assertEquals(title, sentence.substring(t.span().start(), t.span().end()), "the span covers the title");
    }

    @Test
    void readsAMotionTitleQuotedInTheHeading() {
        String heading = "关于市政协十届三次会议第88号提案《关于加快老旧小区改造的提案》的答复";
        assertEquals("关于加快老旧小区改造的提案", parser.inHeading(heading, 0, heading.length()).orElseThrow().value());
        String followed = "关于《加快发展县域冷链物流》提案的答复";
        assertEquals("加快发展县域冷链物流", parser.inHeading(followed, 0, followed.length()).orElseThrow().value());
        String parens = "关于对市政协八届三次会议第045号提案(关于加强金华职业技能人才培养的提案)的答复";
        assertEquals("关于加强金华职业技能人才培养的提案", parser.inHeading(parens, 0, parens.length()).orElseThrow().value());
        String notTitle = "关于市政协八届三次会议第045号提案(B类)的答复";
        assertTrue(parser.inHeading(notTitle, 0, notTitle.length()).isEmpty(), "a bracketed category is no title");
        String policy = "关于落实《中国制造2025》情况的答复";
        assertTrue(parser.inHeading(policy, 0, policy.length()).isEmpty(), "a cited policy is no motion title");
    }

    /** The body's first line opening with the motion's title, unquoted, before a comma; never a question or 您提出的. */
    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "关于增设路灯解决学校门口车辆违停的建议,某某交警大队高度重视,已研究#关于增设路灯解决学校门口车辆违停的建议",
            "关于修建李小明家门前道路的提案, 我局高度重视#关于修建李小明家门前道路的提案",
            "关于路灯的问题,我局已经答复#",
            "关于您提出的建议,我局高度重视#",
            "我局高度重视关于路灯的建议,现答复如下#",
    })
    void readsATitleOpeningTheBody(String line, String title) {
        var t = parser.opening(line, 0, line.length());
        if (title == null) assertTrue(t.isEmpty(), () -> "no title expected, got " + t);
        else assertEquals(title, t.orElseThrow().value());
    }

    @Test
    void findsNoTitleInASentenceWithoutOne() {
        String s = "您好!感谢您对我省科技工作的关心";
        assertTrue(parser.find(s, 0, s.length()).isEmpty());
    }
}
