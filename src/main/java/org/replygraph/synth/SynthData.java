package org.replygraph.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.replygraph.lexicon.ReferenceTable;

/**
 * What letters are made of: the places of {@code ontology/reference/provinces.tsv}, {@code cities.tsv}
 * and the generator's own {@code synth/counties.tsv}; bodies whose short forms come from
 * {@code agency-abbreviations.tsv}; names and topics. Read once, then only read.
 */
final class SynthData {
    /** Provincial-level divisions that answer no letters in the corpora this project reads. */
    private static final Set<String> LEFT_OUT = Set.of("台湾省", "香港特别行政区", "澳门特别行政区");

    /** Bodies by full name in a province and below it; the first three lead most innovation letters. */
    private static final String[][] BODIES = {
        {"科学技术厅", "科学技术局", "科"},
        {"工业和信息化厅", "工业和信息化局", "工信"},
        {"发展和改革委员会", "发展和改革委员会", "发改"},
        {"财政厅", "财政局", "财"},
        {"人力资源和社会保障厅", "人力资源和社会保障局", "人社"},
        {"教育厅", "教育局", "教"},
        {"生态环境厅", "生态环境局", "环"},
        {"住房和城乡建设厅", "住房和城乡建设局", "建"},
        {"农业农村厅", "农业农村局", "农"},
        {"商务厅", "商务局", "商"},
        {"市场监督管理局", "市场监督管理局", "市监"},
        {"卫生健康委员会", "卫生健康委员会", "卫健"},
    };

    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方白邹孟熊秦邱江尹薛阎段雷侯龙史黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国志红文辉力斌宇浩凯鹏飞云峰鑫婷雪琳晨阳春海波东亮宁欣梅颖俊帆雯倩健琴兵晓建新永林";
    static final String[] TOPICS = {
        "增材制造", "集成电路", "生物医药", "新能源汽车", "人工智能", "工业互联网", "新材料", "高端装备",
        "智能制造", "数字经济", "现代农业", "氢能", "新型储能", "稀土功能材料", "先进计算", "量子信息",
        "北斗导航", "航空航天", "海洋装备", "节能环保", "精细化工", "中医药", "食品加工", "现代物流",
        "软件和信息服务", "光电子", "第三代半导体", "医疗器械", "纺织服装", "绿色建材", "智能网联汽车", "先进轨道交通",
    };

    final List<Jurisdiction> provinces = new ArrayList<>();
    final List<Jurisdiction> cities = new ArrayList<>();
    final List<Jurisdiction> counties = new ArrayList<>();
    final List<Body> bodies = new ArrayList<>();

    private SynthData() { }

    static SynthData standard() {
        SynthData d = new SynthData();
        Map<String, String> shortOf = new HashMap<>();
        for (String[] row : ReferenceTable.load("ontology/reference/agency-abbreviations.tsv", 2))
            if (sameKind(row[0], row[1])) shortOf.putIfAbsent(row[1], row[0]);
        for (String[] b : BODIES)
            d.bodies.add(new Body(b[0], b[1], shortOf.getOrDefault(b[0], b[0]), shortOf.getOrDefault(b[1], b[1]), b[2]));
        Map<String, String> abbreviation = new HashMap<>();
        for (String[] p : ReferenceTable.load("ontology/reference/provinces.tsv", 4)) {
            String abbr = p[2].split(",")[0];
            abbreviation.put(p[0], abbr);
            if (LEFT_OUT.contains(p[0])) continue;
            boolean municipality = p[3].equals("municipality");
            String level = municipality ? "市" : p[3].equals("autonomous-region") ? "自治区" : "省";
            d.provinces.add(new Jurisdiction(p[0], p[0], level, p[0], abbr, !municipality));
        }
        for (String[] c : ReferenceTable.load("ontology/reference/cities.tsv", 3)) {
            // An autonomous prefecture calls itself 州 (我州, 州政协), a league 盟, a prefecture 地区; its 文号
            // starts with its short name's first char.
            String level = c[0].endsWith("自治州") ? "州" : c[0].endsWith("盟") ? "盟" : c[0].endsWith("地区") ? "地区" : "市";
            d.cities.add(new Jurisdiction(c[0], c[0], level, c[2], c[1].substring(0, 1), false));
        }
        for (String[] c : ReferenceTable.load("synth/counties.tsv", 3)) {
            String level = c[0].substring(c[0].length() - 1);
            // A district is written after its city (杭州市萧山区科学技术局); a county or county-level city alone.
            String written = level.equals("区") ? c[1] + c[0] : c[0];
            d.counties.add(new Jurisdiction(written, written, level, c[2], c[0].substring(0, 1), false));
        }
        return d;
    }

    /** A short form that still says what kind of body it is: 工信厅 for 工业和信息化厅, 发改委 for 发展和改革委员会, not 财政 for 财政局. */
    private static boolean sameKind(String shortName, String full) {
        char last = shortName.charAt(shortName.length() - 1);
        return full.endsWith("委员会") ? last == '委' : last == full.charAt(full.length() - 1);
    }
}
