package org.replygraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.replygraph.extract.fact.AgencyRef;
import org.replygraph.extract.fact.Assembly;
import org.replygraph.extract.fact.AssemblyKind;
import org.replygraph.extract.fact.CentreMention;
import org.replygraph.extract.fact.DocType;
import org.replygraph.extract.fact.DocumentFacts;
import org.replygraph.extract.fact.Entities;
import org.replygraph.extract.fact.Letter;
import org.replygraph.extract.fact.Located;
import org.replygraph.extract.fact.OrganisationMention;
import org.replygraph.extract.fact.PersonRef;
import org.replygraph.extract.fact.Phone;
import org.replygraph.extract.fact.PolicyMention;
import org.replygraph.extract.fact.Proposal;
import org.replygraph.extract.fact.ProposalKind;
import org.replygraph.extract.fact.Session;
import org.replygraph.extract.fact.Span;
import org.replygraph.extract.fact.StatisticsTable;
import org.replygraph.ingest.SourceDocument;
import org.replygraph.text.CleanText;

/**
 * Hand-built facts shaped like real letters (the writer is tested without the extractor): a
 * simplified provincial reply with everything, a traditional-character city reply with a personal
 * mobile and a table, and a pinyin-damaged news text.
 */
final class Fixtures {
    private Fixtures() { }

    static final String PROVINCIAL = """
            对省十二届政协四次会议第604号提案的答复函
            类别:B
            签发人:张宗科
            陕工信函〔2021〕154号
            蒲小川、袁小宁委员:
            您提出的《关于打造科创平台的建议》(第604号)收悉。国家增材制造创新中心是工信部落实《中国制造2025》布局的创新中心,依托西安增材制造研究院有限公司组建,董事长为卢秉恒院士。省工信厅会同陕西省发展和改革委员会推进。
            联系人:黄超 电话:029-87294985
            陕西省工业和信息化厅
            2021年5月7日
            """;

    static DocumentFacts provincial() {
        String t = PROVINCIAL;
        CleanText ct = CleanText.identity(t);
        Assembly shaanxiCppcc = new Assembly(AssemblyKind.CPPCC, "陕西省");
        Session session = new Session(shaanxiCppcc, 12, 4, at(t, "省十二届政协四次会议"));
        Proposal p = new Proposal(ProposalKind.CPPCC_PROPOSAL, located(t, "604"), located(t, "关于打造科创平台的建议"),
                List.of(person(t, "蒲小川", null), person(t, "袁小宁", null)), "委员", null, session);
        AgencyRef issuer = new AgencyRef("陕西省工业和信息化厅", "陕西省工业和信息化厅", last(t, "陕西省工业和信息化厅"));
        AgencyRef coHandler = new AgencyRef("陕西省发展和改革委员会", "陕西省发展和改革委员会", at(t, "陕西省发展和改革委员会"));
        Letter letter = new Letter(DocType.REPLY_LETTER, p, issuer, List.of(coHandler), person(t, "张宗科", null),
                located(t, "B"), located(t, "陕工信函〔2021〕154号"), null,
                new Located<>(LocalDate.of(2021, 5, 7), at(t, "2021年5月7日")), null,
                person(t, "黄超", null), new Located<>(Phone.of("029-87294985"), at(t, "029-87294985")), "陕西省");
        Entities e = new Entities(
                List.of(new PolicyMention("中国制造2025", at(t, "中国制造2025"), null, List.of(), null)),
                List.of(new CentreMention("国家增材制造创新中心", "国家增材制造创新中心", at(t, "国家增材制造创新中心"),
                        "制造业创新中心", "national", "西安增材制造研究院有限公司")),
                List.of(new AgencyRef("工业和信息化部", "工信部", at(t, "工信部")),
                        new AgencyRef("陕西省工业和信息化厅", "省工信厅", at(t, "省工信厅"))),
                List.of(new OrganisationMention("西安增材制造研究院有限公司", at(t, "西安增材制造研究院有限公司"))),
                List.of(person(t, "卢秉恒", "院士"), person(t, "蒲小川", null)),
                List.of());
        return new DocumentFacts(source("000_provincial.txt", t), ct, letter, e, List.of());
    }

    /** A traditional-character original whose cleaned text is its simplified form, char for char. */
    static final String CITY_ORIGINAL = """
            關於在杭州綜合性國家科學中心下設立工業智能研究院的建議(萧山45號)的答復
            徐甲甲代表:
            杭州市科學技術局會同市經信局研究。
            聯繫人:王曉燕,聯繫電話:13858150550
            杭州各區企業研發機構統計表
            """;
    static final String CITY_CLEAN = """
            关于在杭州综合性国家科学中心下设立工业智能研究院的建议(萧山45号)的答复
            徐甲甲代表:
            杭州市科学技术局会同市经信局研究。
            联系人:王晓燕,联系电话:13858150550
            杭州各区企业研发机构统计表
            """;

    static DocumentFacts city() {
        String t = CITY_CLEAN;
        CleanText ct = sameLength(CITY_ORIGINAL, t, true);
        Session session = new Session(new Assembly(AssemblyKind.PEOPLES_CONGRESS, "杭州市"), 14, 3, at(t, "萧山45"));
        Proposal p = new Proposal(ProposalKind.NPC_SUGGESTION, located(t, "萧山45"),
                located(t, "关于在杭州综合性国家科学中心下设立工业智能研究院的建议"),
                List.of(person(t, "徐甲甲", null)), "代表", null, session);
        AgencyRef issuer = new AgencyRef("杭州市科学技术局", "杭州市科学技术局", at(t, "杭州市科学技术局"));
        AgencyRef co = new AgencyRef("杭州市经济和信息化局", "市经信局", at(t, "市经信局"));
        Letter letter = new Letter(DocType.REPLY_LETTER, p, issuer, List.of(co), null, null, null,
                located(t, "萧山45"), new Located<>(LocalDate.of(2023, 5, 12), at(t, "答复")),
                new Located<>(LocalDate.of(2023, 8, 4), at(t, "答复")), person(t, "王晓燕", null),
                new Located<>(Phone.of("13858150550"), at(t, "13858150550")), "杭州市");
        StatisticsTable table = new StatisticsTable("杭州各区企业研发机构统计表", "区", List.of("市研发中心", "省研发中心"),
                List.of(new StatisticsTable.Row("上城区", List.of(181L, 100L), null),
                        new StatisticsTable.Row("拱墅区", List.of(150L, 85L), null)),
                List.of(331L, 186L), at(t, "杭州各区企业研发机构统计表"));
        Entities e = new Entities(List.of(),
                List.of(new CentreMention("杭州综合性国家科学中心", "杭州综合性国家科学中心", at(t, "杭州综合性国家科学中心"), null, null, null)),
                List.of(new AgencyRef("杭州市科学技术局", "杭州市科学技术局", at(t, "杭州市科学技术局"))),
                List.of(), List.of(person(t, "王晓燕", null)), List.of(table));
        return new DocumentFacts(source("003_city.txt", CITY_ORIGINAL), ct, letter, e, List.of());
    }

    /** Original with pinyin annotations after some characters; cleaning drops them and simplifies 業. */
    static final String DAMAGED_ORIGINAL = "山西省经信委发布《关于开展制造業(yè)创新中心创建工作的实施方案》。";

    static DocumentFacts damaged() {
        CleanText ct = dropping(DAMAGED_ORIGINAL, "(yè)");
        String t = ct.text();
        AgencyRef agency = new AgencyRef("山西省经济和信息化委员会", "山西省经信委", at(t, "山西省经信委"));
        Letter letter = new Letter(DocType.OTHER, null, agency, List.of(), null, null, null, null, null, null, null, null, "山西省");
        Entities e = new Entities(
                List.of(new PolicyMention("关于开展制造业创新中心创建工作的实施方案", at(t, "关于开展制造业创新中心创建工作的实施方案"),
                        null, List.of(agency), 2017)),
                List.of(), List.of(agency), List.of(), List.of(), List.of());
        return new DocumentFacts(source("002_damaged.txt", DAMAGED_ORIGINAL), ct, letter, e, List.of());
    }

    /** A metadata row whose source cell names the writer beside the page's counter (real letter r042's layout). */
    static final String SOURCE_ROW = "来源: 姚安县水务局 | 访问量:82 | 发布时间: 2025/8/18\n我局高度重视。";

    static DocumentFacts sourceRow() {
        CleanText ct = CleanText.identity(SOURCE_ROW);
        AgencyRef agency = new AgencyRef("姚安县水务局", "姚安县水务局", at(SOURCE_ROW, "姚安县水务局"));
        Letter letter = new Letter(DocType.OTHER, null, agency, List.of(), null, null, null, null, null, null, null, null, "姚安县");
        Entities e = new Entities(List.of(), List.of(), List.of(agency), List.of(), List.of(), List.of());
        return new DocumentFacts(source("005_source_row.txt", SOURCE_ROW), ct, letter, e, List.of());
    }

    static PersonRef person(String text, String name, String role) {
        return new PersonRef(name, role, at(text, name));
    }

    static Located<String> located(String text, String value) {
        return new Located<>(value, at(text, value));
    }

    static Span at(String text, String what) {
        int i = text.indexOf(what);
        if (i < 0) throw new IllegalArgumentException("fixture text lacks " + what);
        return new Span(i, i + what.length());
    }

    static Span last(String text, String what) {
        int i = text.lastIndexOf(what);
        return new Span(i, i + what.length());
    }

    static SourceDocument source(String name, String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return new SourceDocument(name, HexFormat.of().formatHex(d), "UTF-8", text);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static CleanText sameLength(String original, String clean, boolean traditional) {
        int[] s = new int[clean.length()];
        int[] e = new int[clean.length()];
        for (int i = 0; i < s.length; i++) {
            s[i] = i;
            e[i] = i + 1;
        }
        return new CleanText(original, clean, s, e, traditional);
    }

    /** Drops every occurrence of {@code drop} and simplifies 業 to 业, keeping the offset map. */
    static CleanText dropping(String original, String drop) {
        StringBuilder sb = new StringBuilder();
        List<Integer> s = new ArrayList<>();
        for (int i = 0; i < original.length(); ) {
            if (original.startsWith(drop, i)) {
                i += drop.length();
                continue;
            }
            char c = original.charAt(i);
            sb.append(c == '業' ? '业' : c);
            s.add(i);
            i++;
        }
        int[] starts = s.stream().mapToInt(Integer::intValue).toArray();
        int[] ends = s.stream().mapToInt(x -> x + 1).toArray();
        return new CleanText(original, sb.toString(), starts, ends, false);
    }
}
