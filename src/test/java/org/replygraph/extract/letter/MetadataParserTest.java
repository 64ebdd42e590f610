package org.replygraph.extract.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.fact.Located;

class MetadataParserTest {
    private final MetadataParser parser = new MetadataParser();

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiter = '#', value = {
            "索 引 号 011043145/2024-37154 分    类 科技#索引号#011043145/2024-37154",
            // the document's own generation date is no page date; a source label after a dated time ends the date
            "- 公文生成日期:2025-07-24#成文日期#2025-07-24",
            "索引号:11532300015167866W-/2023-0925030 公文目录:人大建议办理#索引号#11532300015167866W-/2023-0925030",
            "发布日期:2023-09-28 15:28:25    文章来源:某市商务局#发布日期#2023-09-28 15:28:25",
            "发布日期:2023-09-28 15:28:25    文章来源:某市商务局#来源#某市商务局",
            "发布机构 湖北省科学技术厅 发文日期 2024-09-02#发布机构#湖北省科学技术厅",
            "发布机构 湖北省科学技术厅 发文日期 2024-09-02#发文日期#2024-09-02",
            "[ 发文字号 ] 渝科局函〔2022〕242号#文号#渝科局函〔2022〕242号",
            "[ 索引号 ] 11500000MB15895317/2022-00039 [ 发文字号 ] 渝科局函〔2022〕242号#索引号#11500000MB15895317/2022-00039",
            "索 引 号 | H005/2024-81879 | 成文日期 | 2024-10-08 |#成文日期#2024-10-08",
            "来源:科技和工业信息化局 时间:2023-07-06 字体:【大 中 小】#来源#科技和工业信息化局",
            "来源:科技和工业信息化局 时间:2023-07-06 字体:【大 中 小】#时间#2023-07-06",
            "编号: | 12050094 | 建议类型: | 大会期间建议 |#编号#12050094",
            "主办单位(分办单位): | 科技厅 | 协办单位: | 省发展改革委 |#主办单位#科技厅",
            "发布日期:2023-08-04 10:28 访问次数: 信息来源:市科技局#发布日期#2023-08-04 10:28",
            "发布日期:2023-08-04 10:28 访问次数: 信息来源:市科技局#来源#市科技局",
            "提案号:2024067 提案人:市政协经济界别 承办单位:珠海市科技创新局#编号#2024067",
            "建议编号: | B058 | 建议人: | 叶海峰 |#编号#B058",
            "| 发布机构 | 息县农业农村局 | 会办单位 | 县财政局 |#协办单位#县财政局",
            "发布时间:2024年07月02日    公开方式:主动公开#发布日期#2024年07月02日",
            "| 案号 | 2024-0156 | 案由 | 关于加快磷化工产业科技创新的提案 |#编号#2024-0156",
            "| 提案号 | 0156 | 案由 | 关于加快磷化工产业科技创新的提案 |#编号#0156",
            "办理结果:B类\\n公开属性:主动公开\\n发布日期:2024-07-02#发布日期#2024-07-02",
            // other names of the same fields (issue 9 §2): 公开日期, 发文机关 (real letter r065's metadata line), 印发日期
            "公开日期:2022-04-02 发布机构:某县教育和体育局#发布日期#2022-04-02",
            "索引号000014349/2025-29292 成文日期2025-11-21\\n发文机关平顺县林业局 发布日期2025-11-21#发布机构#平顺县林业局",
            "发文机关:某市科学技术局 印发日期:2023-05-06#发文日期#2023-05-06",
            "公布时间:2023年5月6日 来源:某市科学技术局#发布日期#2023年5月6日",
            // a page control left after the value (real letter r044) is no part of it; a value with a space keeps its words
            "发布时间:2023-07-21 来源:交通局 打印#来源#交通局",
            "发布时间:2023-07-21 来源:某县交通局 打印 关闭#来源#某县交通局",
            "发布机构:某县 交通局#发布机构#某县 交通局",
            // label and value on separate lines (real letters r036, r043, r070; issue 9 §2)
            "索引号\\nzkx_nyncj/2025-00019\\n发布机构\\n镇康县农业农村局#索引号#zkx_nyncj/2025-00019",
            "索引号\\nzkx_nyncj/2025-00019\\n发布机构\\n镇康县农业农村局#发布机构#镇康县农业农村局",
            "索 引 号\\n07B060305201800815\\n发文机关#索引号#07B060305201800815",
            "- 索引号\\n- 01525724-7-/2020-1009007\\n- 发布机构#索引号#01525724-7-/2020-1009007",
            // real letters (batch 11): several label-value pairs on one line, the next label after a space, no colon
            "索引号: 11341723556342452T/202211-00009 组配分类: 政协委员提案办理#索引号#11341723556342452T/202211-00009",
            "索 引 号 008453514/2019-054 公文种类 其他 发布机构 市商务局#索引号#008453514/2019-054",
            "索 引 号 008453514/2019-054 公文种类 其他 发布机构 市商务局#发布机构#市商务局",
            "发布日期 2019-12-31 主题词 对七届人大四次会议第97号建议答复的函#发布日期#2019-12-31",
            "发布日期:2020-03-02 关键词:交通 信息分类:建议办理#发布日期#2020-03-02",
            // 信息索取号 / 索取号 name the index number
            "- 信息索取号: 000014349/2025-00719\\n- 发布机构: 九江市教育局#索引号#000014349/2025-00719",
            "索取号:11360400MB1234567X/2024-00012#索引号#11360400MB1234567X/2024-00012",
            // real letters (batches 12-13): a label no table knows ends the value before it; a time with seconds
            // before a label whose first chars are not a known label (文章来源); 公文生成日期 is the document's date
            "索引号:11532300015167866W-/2023-0925030 公文目录:人大建议办理 发文日期:2023-09-25#索引号#11532300015167866W-/2023-0925030",
            "索引号:11532300015167866W-/2023-0925030 公文目录:人大建议办理 发文日期:2023-09-25#发文日期#2023-09-25",
            "发布日期:2023-09-28 15:28:25    文章来源:武汉市商务局#发布日期#2023-09-28 15:28:25",
            "发布日期:2023-09-28 15:28:25    文章来源:武汉市商务局#来源#武汉市商务局",
            "- 发布机构:科技局\\n- 公文生成日期:2025-07-24#成文日期#2025-07-24",
            "发布机构 湖北省 科学技术厅 发文日期 2024-09-02#发布机构#湖北省 科学技术厅",
            // values under bullets without labels: an index number's shape, a body's name (real letters r016, r026, r060)
            "• MB0Q15011/2024-00027\\n  • 惠济区住房和城乡建设局\\n  • 人大代表建议办理\\n  • 2024-06-14#索引号#MB0Q15011/2024-00027",
            "• MB0Q15011/2024-00027\\n  • 惠济区住房和城乡建设局\\n  • 人大代表建议办理\\n  • 2024-06-14#发布机构#惠济区住房和城乡建设局",
            "  • 640104-107/2019-00169\\n  • 兴庆区住房和城乡建设局\\n  • 有效#索引号#640104-107/2019-00169",
            // a label wins over an unlabelled bullet
            "索引号:A1234/2024-00001\\n• B5678/2024-00002#索引号#A1234/2024-00001",
            // batches 21-25 (r225, r254): the writer as 发布机关 with a space before the colon; 发表时间 is the page's date
            "  • 发布机关 :国家新闻出版广电总局\\n  • 名        称 :对十二届全国人大五次会议第1085号建议的答复#发布机构#国家新闻出版广电总局",
            "发表时间: 2025-10-17 11:01#发布日期#2025-10-17 11:01",
    })
    void readsLabelledValues(String line, String label, String value) {
        line = line.replace("\\n", "\n");
        assertEquals(value, parser.parse(line, 0, line.length()).get(label).orElseThrow().value());
    }

    @Test
    void unlabelledBulletsNameNoBodyOrIndexUnlessShapedSo() {
        String text = "• 人大代表建议办理\n• 2024-06-14\n• 关于加快道路建设的建议";
        Metadata m = parser.parse(text, 0, text.length());
        assertTrue(m.get("索引号").isEmpty());
        assertTrue(m.get("发布机构").isEmpty());
    }

    /**
     * A traditional page (issue 9 §2, 2.9) folds 發布時間 / 公開日期 to the labels read here: as a field they give the page's
     * date; named inside a sentence they are no field.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', nullValues = "null", textBlock = """
            發布時間:2023-07-21 來源:某縣交通局 # 2023-07-21
            公開日期:2022-04-02 # 2022-04-02
            本辦法自發布時間起施行,申請材料請於三十日內提交。 # null
            請在公開日期2023年7月1日前提交材料,張三代表已收到通知。 # null
            """)
    void aTraditionalDateLabelIsAFieldOnlyAsALabel(String line, String published) {
        String text = new org.replygraph.text.TextCleaner().clean(line).text();
        Metadata m = parser.parse(text, 0, text.length());
        assertEquals(published, m.get("发布日期").map(Located::value).orElse(null), text);
    }

    @Test
    void aSubmissionTimeIsNoPublicationTime() {
        String line = "提交时间:2023-01-05 发布时间:2023-06-30";
        Metadata m = parser.parse(line, 0, line.length());
        assertTrue(m.get("时间").isEmpty());
        assertEquals("2023-06-30", m.get("发布日期").orElseThrow().value());
    }

    @Test
    void aDocumentGenerationDateIsNoPageDate() {
        String line = "- 公文生成日期:2025-07-24";
        Metadata m = parser.parse(line, 0, line.length());
        assertTrue(m.get("生成日期").isEmpty(), "公文生成日期 is not the page's 生成日期");
        assertTrue(m.get("发布日期").isEmpty());
        String page = "发布机构: 杭州市科学技术局 生成日期: 2024-08-14";
        assertEquals("2024-08-14", parser.parse(page, 0, page.length()).get("生成日期").orElseThrow().value());
    }

    /** A label the page gives twice keeps both values in order: a search form's "发布日期: 至" above the document's own (r225). */
    @Test
    void aLabelGivenTwiceKeepsEveryValue() {
        String text = "发布机构:\n发布日期: 至\n• 发布日期 :2017-10-30\n对十二届全国人大五次会议第1085号建议的答复";
        Metadata meta = parser.parse(text, 0, text.length());
        assertEquals(List.of("至", "2017-10-30"), meta.values("发布日期").stream().map(Located::value).toList());
        assertEquals("至", meta.get("发布日期").orElseThrow().value());
        assertEquals(List.of(), meta.values("索引号"));
    }

    @Test
    void anEmptyValueIsAbsent() {
        String line = "文    号 有 效 性 有效";
        assertTrue(parser.parse(line, 0, line.length()).get("文号").isEmpty());
        String empty = "索引號: 002489460/2023-272192 文件编号:\n发布机构: 杭州市科学技术局";
        assertTrue(parser.parse(empty, 0, empty.length()).get("文号").isEmpty(), "a value never runs onto the next line");
        String sentence = "来源\n您提出的关于加快建设的建议收悉,经研究,现答复如下。";
        assertTrue(parser.parse(sentence, 0, sentence.length()).get("来源").isEmpty(), "a sentence below a label is no value");
    }

    @Test
    void aValueEndsWhereTheNextLabelBeginsAndThoseLabelsAreNeverRead() {
        String row = "索 引 号 008453514/2019-054 公文种类 其他 组配分类 政协委员提案办理 主题词 建议答复";
        Metadata m = parser.parse(row, 0, row.length());
        assertEquals("008453514/2019-054", m.get("索引号").orElseThrow().value());
        for (String stop : new String[] {"公文种类", "组配分类", "主题词", "分类"})
            assertTrue(m.get(stop).isEmpty(), stop + " only ends a value");
    }
}
