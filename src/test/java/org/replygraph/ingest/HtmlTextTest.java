package org.replygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlTextTest {
    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("blocks", "<p>张大军代表:</p><p>您提出的《关于解决冀东、尧柏两条水泥万吨生产线错峰问题的建议》收悉。</p>",
                        "张大军代表:\n您提出的《关于解决冀东、尧柏两条水泥万吨生产线错峰问题的建议》收悉。"),
                Arguments.of("br", "陕西省工业和信息化厅<br>2022年7月4日", "陕西省工业和信息化厅\n2022年7月4日"),
                Arguments.of("headings", "<h2>一、基本情况</h2>近年来", "一、基本情况\n近年来"),
                Arguments.of("list", "<ul><li>005299208/2020-00131</li><li>新郑市住房和城乡建设局</li></ul>",
                        "005299208/2020-00131\n新郑市住房和城乡建设局"),
                // cells of one row joined with " | ", each row on its own line
                Arguments.of("table", "<table><tr><th>区、县(市)</th><th>市研发中心</th></tr><tr><td>上城区</td><td>181</td></tr></table>",
                        "区、县(市) | 市研发中心\n上城区 | 181"),
                // a layout table holding the letter: its cells are blocks, not a data row
                Arguments.of("layout table", "<table><tr><td><img src=logo.png></td><td><p>郭小玲委员:</p><p>您提出的建议收悉。</p></td></tr></table>",
                        "郭小玲委员:\n您提出的建议收悉。"),
                Arguments.of("metadata row", "<table><tr><td>索引号:</td><td>ynsgxw-1-13202</td><td>发布机构:</td><td>云南省工信厅</td></tr></table>",
                        "索引号: | ynsgxw-1-13202 | 发布机构: | 云南省工信厅"),
                Arguments.of("scripts", "<script>var a='扫一扫';</script><style>p{}</style><p>类别:B</p><noscript>x</noscript>", "类别:B"),
                // HTML white space collapses; a non-breaking space stays for the cleaner to fold
                Arguments.of("spaces", "<p>  签发人:\n   张宗科 </p><p>联&nbsp;系&nbsp;人:冉晓豪</p>",
                        "签发人: 张宗科\n联\u00a0系\u00a0人:冉晓豪"),
                Arguments.of("inline", "<div>陕工信函<span>〔2021〕</span><b>154号</b></div>", "陕工信函〔2021〕154号"),
                Arguments.of("empty blocks", "<div><p></p><div></div></div><p>专此复函。</p>", "专此复函。"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void turnsPagesIntoLines(String name, String html, String expected) {
        assertEquals(expected, HtmlText.toText(html));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "<meta charset=\"gb2312\"> | gb2312",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\" /> | gbk",
            "<meta charset='utf-8'> | utf-8",
            "<html><body>无声明</body></html> | ''"
    })
    void findsTheDeclaredCharset(String head, String expected) {
        String found = HtmlText.declaredCharset(head.getBytes(StandardCharsets.UTF_8));
        assertEquals(expected.isEmpty() ? null : expected, found);
    }
}
