package org.replygraph.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.replygraph.graph.BuildOptions;
import org.replygraph.graph.BuiltDocument;
import org.replygraph.graph.CorpusBuilder;

/**
 * Page chrome in the published graph of the real letters: each letter is built alone and every literal of its
 * graph (rg:cleanText, labels, titles, evidence quotes) is searched for the strings its gold lists as
 * {@code forbidden_literals} (the chrome and spam seen on that page). A regression gate: the counts may only fall.
 * <p>
 * Measured 2026-12-06: 37 of 68 letters (73 distinct strings) before the body finder (SCORES.md, all unseen);
 * 14 letters (20 strings) after it (in-sample: the body finder was written with these pages in view); batch 8
 * (r069-r075, unseen, scored after the body finder) adds 4 letters (5 strings: 附件下载, 字体:【, tab labels 答复内容/
 * 建议内容, a category breadcrumb); batch 9 (r076-r082, unseen) adds 1 letter (1 string: table pipes |||| around the
 * heading in r082's rg:cleanText), so the gate is moved to the measured 19 letters / 26 strings over 82 letters (the
 * new letters, not a regression, pushed it past the old 18 / 25); batch 10 (r083-r093, unseen) adds 1 letter (1 string:
 * the page source line 来源:本网原创稿 above r086's salutation), gate 20 / 27 over 93 letters; batch 11 (r094-r103,
 * unseen) adds 5 letters (9 strings: r094's accessibility links and breadcrumb above the metadata block, 来源:本网 on
 * a time line, the remains 【字体: / 【字号: of font controls, table pipes || in a metadata table), gate 25 / 36 over
 * 103 letters (the new letters, not a regression on the old ones); batch 12 (r104-r116, unseen, not yet fixed) adds
 * 4 letters (5 strings: the second line of a two-line breadcrumb, >政府信息公开 >法定主动公开内容 (r106); the font and
 * print controls 字体:[ and 打印本页 on a source line (r108); 人评论 on a mirror's date line (r109); spam in place of
 * 关于 in a proposal title, 中国体育彩票 (r111)), gate 29 / 41 over 116 letters (the new letters only); batch 13
 * (r117-r126, unseen, not yet fixed) adds 2 letters (3 strings: the second breadcrumb line > 政府信息公开 > 行政权力运行公开
 * (r118); 回首页>> above the heading and an empty 审核人: on the date line (r122)), gate 31 / 44 over 126 letters; batch 14
 * (r127-r138, unseen, not yet fixed; scored with main 528f767) adds 6 letters (15 strings: spam in a heading, source
 * line and policy title (r127); a bullet-metadata category value (r130); news-mirror author lines 作者:佚名 above the
 * salutation (r134, r135, r137), the source link and disclaimer after the sign-off (r135, r137) and a whole mirror page
 * kept with its banners and breadcrumb (r137); a database record table above the letter (r136)), gate 37 / 59 over 138
 * letters (the old letters unchanged); batch 15 (r139-r149, unseen, not yet fixed; scored with main 361c85a) adds 7
 * letters (15 strings: pinyin debris with a space before the parenthesis, (huì ) / (chuàng ) (r139); an empty view
 * counter 查看次数: (r141); print and QR-code controls 【打印正文】 / 手机浏览 (r142); a font control 【字体: (r147);
 * a category heading above bullet metadata (r149); and disclosure-record labels of the metadata tables, 公开时限 / 效力状态 /
 * 公开方式 / 公开形式 / 有效性 / 时效性 / 主动公开 and an empty 责任部门 (r142, r145, r146, r149): 8 of the 15), gate
 * 35 / 63 over 149 letters (the measured value with main's page-control rules; the old letters unchanged).
 * Over r001-r138, feat/chrome2's page-control rules left 28 / 48. feat/chrome3 (IN-SAMPLE: written
 * against these pages' chrome lists) measures 0 / 0: news-mirror frames (welcome banners with the site name, 当前所在
 * breadcrumbs, 作者:佚名, 原文链接 and [免责声明]; the letter ends at its signer over its date), site-account and catalogue
 * metadata, media sources, tab/link labels and record-table heads, emptied table pipes, lost font controls, a gambling-spam
 * detector over a class vocabulary (spam-words.tsv), and a collapsed space no longer maps over removed chrome (the
 * evidence sentence quoted 作者:xksh and 浏览次数 from the original).
 * Batches 16 (r153-r164) and 17 (r165-r177), scored once on main 0e89202 and moved into the set unchanged, add 4
 * letters (4 strings: spam brands the gambling vocabulary lacks, 网上赌搏网站 / 雷竞技ap官网入口 / UU快3 (r157, r159, r163),
 * and a photo caption (资料图片) (r169)): gate 10 / 18 over 174 letters (the new letters, not a regression).
 * feat/chrome4 (IN-SAMPLE: batches 15-17's chrome lists in view) measures 0 / 0 over 174: gambling words misspelt by sound,
 * lottery games with a Latin name, sites advertised by entry words (spam-words.tsv, spam-sound-alikes.tsv; spam in a pass
 * of its own before the page rules), pinyin debris with a space inside the parentheses, captions of the page's pictures,
 * the disclosure record's publication fields with their values (page-disclosure-fields.tsv), empty record labels in
 * table rows, view counters, print and phone links, and a catalogue heading above bullet metadata.
 * Batches 18-20 (r178-r215), scored once on main ff8dfa5 with feat/chrome4's rules (unseen for them) and moved into the
 * set unchanged, add 4 letters (4 strings: a spaced label 主 题 词: (r183), a record table's head 主办单位 会办 交办日期
 * (r189), a disclosure question 是否同意公开:是 (r197), a mirror's source line 来源:昌吉州政府网 (r202)): gate 4 / 4 over 210.
 * feat/facts6 (IN-SAMPLE: these four in view) measures 0 / 0 over 210: record labels with their chars spaced (主 题 词:),
 * table heads of record columns only (主办单位 会办 交办日期), yes/no disclosure questions (是否同意公开:是) and sources that
 * name a website (来源:昌吉州政府网, 来源:新华网; a source naming a body stays).
 * Batches 21-25 (r216-r268), scored once on main 1163b34 (unseen for feat/facts6's rules) and moved into the set
 * unchanged, add 11 letters (25 strings: a document-sharing site's download notices and attributes (r221, 9 strings),
 * breadcrumbs (主页 > 政务公开 > …, 您的当前位置: 首页 > …), font and colour controls (A-A+, 视力保护色), empty metadata labels
 * (信息名称:, 信息类别:), a news headline and its update time, 我要纠错, 个人中心, 菜单, 组配分类): gate 11 / 25 over 255.
 * feat/facts7 (IN-SAMPLE: these 25 strings in view) measures 0 / 0 over 255 with rules by line shape (PageLineShapeRule:
 * > paths with or without a where-am-I label, a label alone on its line above another label, a sharing site's notices
 * by two of their words, a law database's bracketed attributes, a news page's update time and the headline above it),
 * Latin font buttons (A-A+), and navigation words in the page-control and disclosure-field lists.
 * Batches 30-32 (r315-r348), scored once unseen, add 4 letters (5 strings: a breadcrumb 您当前位置: 首页/… with / between
 * its segments, a gambling brand glued to the page title by a site word (…-凯发网站), one pinyin reading after a Latin letter
 * that stands for a char the mirror's encoding lost (,F(xiàn)), empty HTML elements and their ids); feat/facts11
 * (IN-SAMPLE: these in view) measures 0 / 0 over 331 (您当前位置 among the where-am-I labels, an html-tags rule, a brand
 * beside a promotion or site word, toned readings after a Latin letter).
 */
class RealLettersChromeTest {
    static final int MAX_LETTERS = 2; // measured over 352 letters: 0 / 0 over the first 255 after feat/facts7; batches 26-28 5 / 12 unseen, 5 / 8 after feat/rules8 split r291's one line; batch 29 0 / 0 unseen; 0 / 0 after feat/facts10; batches 30-32 4 / 5 unseen; 0 / 0 after feat/facts11; batch 33 4 / 9 unseen (site furniture inside pages); 0 / 0 after feat/chrome12; batch 34 2 / 2 unseen
    static final int MAX_STRINGS = 2;
    /** letter file → forbidden strings found in its graph's literals. */
    static final Map<String, TreeSet<String>> HITS = new TreeMap<>();

    @BeforeAll
    static void build() throws Exception {
        CorpusBuilder builder = new CorpusBuilder(BuildOptions.defaults());
        List<GoldenCorpus.Case> cases = GoldenCorpus.cases(RealLettersGoldenTest.LETTERS, RealLettersGoldenTest.GOLD);
        for (GoldenCorpus.Case c : cases) {
            List<String> forbidden = forbidden(c.gold());
            if (forbidden.isEmpty()) continue;
            BuiltDocument d = builder.buildOne(c.letter());
            TreeSet<String> found = new TreeSet<>();
            d.graph().find().forEachRemaining(t -> {
                if (!t.getObject().isLiteral()) return;
                String s = t.getObject().getLiteralLexicalForm();
                for (String f : forbidden) if (s.contains(f)) found.add(f);
            });
            if (!found.isEmpty()) HITS.put(c.letter().getFileName().toString(), found);
        }
    }

    static List<String> forbidden(Path gold) throws IOException {
        JsonElement f = JsonParser.parseString(Files.readString(gold, StandardCharsets.UTF_8)).getAsJsonObject()
                .get("forbidden_literals");
        List<String> out = new ArrayList<>();
        if (f != null && f.isJsonArray()) f.getAsJsonArray().forEach(e -> out.add(e.getAsString()));
        return out;
    }

    @Test
    void chromeInTheRealLettersGraphsDoesNotGrow() throws IOException {
        int strings = HITS.values().stream().mapToInt(TreeSet::size).sum();
        StringBuilder report = new StringBuilder();
        HITS.forEach((file, found) -> report.append(file).append('\t').append(found).append('\n'));
        Path out = Files.createDirectories(GoldenCorpus.OUT.resolve("real")).resolve("chrome.txt");
        Files.writeString(out, HITS.size() + " letters, " + strings + " strings\n" + report, StandardCharsets.UTF_8);
        assertTrue(HITS.size() <= MAX_LETTERS && strings <= MAX_STRINGS,
                HITS.size() + " letters / " + strings + " chrome strings in the real letters' graphs (gate " + MAX_LETTERS
                        + " / " + MAX_STRINGS + "):\n" + report);
    }

    @Test
    void everyRealGoldListsItsForbiddenLiteralsAsStrings() throws IOException {
        try (Stream<Path> gold = Files.list(RealLettersGoldenTest.GOLD)) {
            for (Path g : gold.filter(p -> p.toString().endsWith(".json")).toList())
                for (String f : forbidden(g)) assertEquals(f.strip(), f, "forbidden literal with edge spaces in " + g);
        }
    }
}
