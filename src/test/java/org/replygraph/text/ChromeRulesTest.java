package org.replygraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChromeRulesTest {
    private final TextCleaner cleaner = new TextCleaner();

    static Stream<Arguments> rules() {
        return ChromeRules.all().stream().map(r -> Arguments.of(r.name(), r.example(), r.exampleRest()));
    }

    /** Every rule's own real example cleans to what the rule says is left of it. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rules")
    void eachRuleRemovesItsExample(String name, String example, String rest) {
        assertEquals(rest, cleaner.clean(example).text());
    }

    static Stream<Arguments> lines() {
        return Stream.of(
                // chrome amid data: only the chrome goes (seed 003, traditional)
                Arguments.of("發布日期:2023-08-04 10:28 訪問次數: 信息來源:市科技局", "发布日期:2023-08-04 10:28 信息来源:市科技局"),
                Arguments.of("當前位置 :", ""),
                Arguments.of("分享:", ""),
                // seed 004's last line and header
                Arguments.of(" 已阅 0  打印   关闭", ""),
                Arguments.of("湖北政府网 ||邮箱|计划管理|工作后台 |登录|注册", ""),
                Arguments.of("首页 >  建议提案 >  人大建议 >  正文", ""),
                Arguments.of("您当前的位置: 首页>>政务公开>>政府信息公开目录>>人大代表建议办理情况公开", ""),
                Arguments.of("扫一扫在手机打开当前页", ""),
                Arguments.of("![]() ![]() |", ""),
                Arguments.of("Copyright @ 版权所有:", ""),
                Arguments.of("主办单位:新郑市人民政府办公室 地址:新郑市人民路186号 邮编:451100", ""),
                Arguments.of("版权所有:示例市人民政府 京ICP备12345678号-1 网站标识码:1234000001", ""),
                Arguments.of("【打印】【关闭】", ""),
                Arguments.of("ICP备案号:豫ICP备12345678号-2", ""),
                // real pages (batches 12-13): a wrapped breadcrumb, lines of controls, empty record labels, counters
                Arguments.of(">政府信息公开 >法定主动公开内容 >建议提案 >政协委员提案", ""),
                Arguments.of("字体:[ | | ] 分享到:", ""),
                Arguments.of("打印本页", ""),
                Arguments.of("回首页>>", ""),
                Arguments.of("【字体:大 中 小】【打印】【关闭窗口】", ""),
                Arguments.of("2024-07-31 15:27 市文化旅游局 审核人:", "2024-07-31 15:27 市文化旅游局"),
                Arguments.of("作者: 来源: 发布时间:2021-10-28 11:10", "发布时间:2021-10-28 11:10"),
                Arguments.of("2020/6/22 10:10:00 人评论 内蒙古自治区人民政府门户网站", "2020/6/22 10:10:00 内蒙古自治区人民政府门户网站"),
                // not chrome: a control word inside a sentence or a name, a label with its value or alone on its line
                Arguments.of("返回家乡创业的青年", "返回家乡创业的青年"),
                Arguments.of("中小企业", "中小企业"),
                Arguments.of("发布时间:2021-10-28 来源:市科技局", "发布时间:2021-10-28 来源:市科技局"),
                Arguments.of("资金来源:", "资金来源:"),
                Arguments.of("发布时间:2025-08-25 14:15 来源:本网字体: [大 中 小]", "发布时间:2025-08-25 14:15"),
                Arguments.of("来源:本市科技局", "来源:本市科技局"),
                Arguments.of("资金来源:本级财政", "资金来源:本级财政"),
                Arguments.of("项目资金 资金来源:", "项目资金 资金来源:"),
                Arguments.of("来源:", "来源:"),
                Arguments.of("本项目收益率>8% >行业均值", "本项目收益率>8% >行业均值"),
                Arguments.of("群众有人评论说好", "群众有人评论说好"),
                // not chrome: metadata and prose stay whole
                Arguments.of("建议公开范围: | 仅公开标题 | 主办单位(分办单位): | 科技厅 | 协办单位: | 省发展改革委 |",
                        "建议公开范围: | 仅公开标题 | 主办单位(分办单位): | 科技厅 | 协办单位: | 省发展改革委 |"),
                Arguments.of("發布機構: 杭州市科學技術局 生成日期: 2023-08-04", "发布机构: 杭州市科学技术局 生成日期: 2023-08-04"),
                Arguments.of("索 引 号 011043145/2024-37154 分    类 科技", "索 引 号 011043145/2024-37154 分 类 科技"),
                Arguments.of("2024-09-02 10:33 湖北省科学技术厅", "2024-09-02 10:33 湖北省科学技术厅"),
                Arguments.of("依法保护版权所有人的合法权益。", "依法保护版权所有人的合法权益。"),
                Arguments.of("组织开展经验分享:一是", "组织开展经验分享:一是"),
                Arguments.of("网站首页改版后阅读量大幅提升", "网站首页改版后阅读量大幅提升"),
                Arguments.of("打印设备采购项目", "打印设备采购项目"),
                Arguments.of("联系地址:新郑市人民路186号 邮编:451100", "联系地址:新郑市人民路186号 邮编:451100"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void removesTheSmallestChromeSpanAndKeepsData(String line, String expected) {
        assertEquals(expected, cleaner.clean(line).text());
    }
}
