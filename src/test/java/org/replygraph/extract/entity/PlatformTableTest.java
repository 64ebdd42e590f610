package org.replygraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.fact.CentreMention;

/**
 * Platforms named in a table flattened one cell per line under a platform-name header (issue 9 §3), in the layout of
 * r227: the name cells are platforms whatever their head; type cells, place cells, descriptions and tables without the
 * header name none.
 */
class PlatformTableTest {
    private static final String HEADER = "县内主要科创平台一览表\n序号\n类型\n平台名称\n服务定位\n位置\n";

    /** the cells after the header, '/' between lines # name|kind per platform, ';' between; '' when none. */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            1/产业技术研究院/浙江理工大学象山针织研究院/针织产业领域的产品研发、产品检测/县科创中心 # 浙江理工大学象山针织研究院|研究院
            中国机械科学研究总院南方中心/以机床、焊接等为特色的智能制造领域/大目湾 # 中国机械科学研究总院南方中心|中心
            2/双创孵化/象山半岛农业星创天地/农业科创项目的孵化、培育/象山县爵溪 # 象山半岛农业星创天地|星创天地
            37°湾-象山科创中心/科技文化领域初创项目的培育、孵化/县科创中心 # 37°湾-象山科创中心|科创中心
            攸沃-大目湾双创园/宁波西瀛生态科创园/西周小微企业的孵化园/西周镇 # 攸沃-大目湾双创园|双创园;宁波西瀛生态科创园|科创园
            3/产业创新综合体/针织产业创新服务综合体/针织产业领域 # 针织产业创新服务综合体|创新服务综合体
            丹城工业园/城东工业园/海创园2期 # ''
            产业技术研究院/县科创中心/产业创新综合体 # ''
            """)
    void readsTheNameCellsOfAPlatformTable(String cells, String expected) {
        assertFinds("现将我局协办意见答复如下:\n" + HEADER + cells.replace('/', '\n') + "\n", expected);
    }

    /** A bare 名称 header lists platforms under a caption naming them. */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            县内主要科创平台一览表/序号/名称/依托单位/1/宁波工程学院象山研究院/宁波工程学院 # 宁波工程学院象山研究院|研究院
            2023年度省级重点实验室认定名单/序号/名称/依托单位/1/浙江省海洋生物资源开发利用重点实验室/浙江海洋大学 # 浙江省海洋生物资源开发利用重点实验室|重点实验室
            """)
    void readsANameColumnUnderAPlatformCaption(String lines, String expected) {
        assertFinds(lines.replace('/', '\n') + "\n", expected);
    }

    /** Without a platform-name header the same cells are read as prose is; after a line of prose the table has ended. */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            序号/名称/位置/宁波工程学院象山研究院/县科创中心 # ''
            2023年度高新技术企业名单/序号/名称/宁波工程学院象山研究院 # ''
            序号/平台名称/位置/以上平台共服务企业三百余家。/宁波工程学院象山研究院 # ''
            """)
    void readsNoCellOutsideAPlatformTable(String lines, String expected) {
        assertFinds(lines.replace('/', '\n') + "\n", expected);
    }

    private static void assertFinds(String text, String expected) {
        List<CentreMention> found = new CentreRecognizer().find(text, List.of());
        assertEquals(expected, found.stream().map(c -> c.name() + "|" + c.kind()).collect(Collectors.joining(";")));
        for (CentreMention c : found) assertEquals(c.surface(), c.span().of(text));
    }
}
