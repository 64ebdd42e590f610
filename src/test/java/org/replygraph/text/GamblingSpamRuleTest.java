package org.replygraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.replygraph.ingest.DocumentReader;
import org.replygraph.ingest.IngestException;

/** The gambling-spam detector: spam spans go, the letter's words around them and real letters' words stay. */
class GamblingSpamRuleTest {
    private final TextCleaner cleaner = new TextCleaner();

    static Stream<Arguments> spam() {
        return Stream.of(
                // spam in place of a title's first words, of 关于 in a heading, of a place before 政协, of the writer
                Arguments.of("我局已将该项目列入《手游365_365平台赌博_365平台被黑不给出款怎么办交通运输十四五规划》并上报。",
                        "我局已将该项目列入《交通运输十四五规划》并上报。"),
                Arguments.of("杭州市科学技术局皇冠足球90比分市政协十二届三次会议第201号提案的答复",
                        "杭州市科学技术局市政协十二届三次会议第201号提案的答复"),
                Arguments.of("亚洲博彩平台推荐关于对亚洲博彩平台排名政协十三届二次会议第0318号提案的答复",
                        "关于对政协十三届二次会议第0318号提案的答复"),
                Arguments.of("提出的《中国体育彩票支持国家鞋类产品质检中心(江西)建设的建议》收悉",
                        "提出的《支持国家鞋类产品质检中心(江西)建设的建议》收悉"),
                Arguments.of("您在澳门金沙城中心_欧洲杯足球网-【投注官网平台】第十七届人民代表大会第二次会议第70号澳门金沙城中心_欧洲杯足球网-【投注官网平台】:硬化双石镇双河村两条通村公路的议案",
                        "您在第十七届人民代表大会第二次会议第70号硬化双石镇双河村两条通村公路的议案"),
                Arguments.of("bt365博彩手机版_365bet体育盘口_Bet体育365app下载公安局", "公安局"),
                // a brand seen in spam marks the page's other spans (the session): 大发体育在线 beside 大发体育投注
                Arguments.of("大发体育投注:交通运输局关于区九届政协二次会议第61号提案的复函\n首先感谢您对大发体育在线:交通运输工作的关心和支持。",
                        "交通运输局关于区九届政协二次会议第61号提案的复函\n首先感谢您对交通运输工作的关心和支持。"),
                // other families of the same class: a brand, a game and a promotion word, a Latin domain
                Arguments.of("开云体育官网入口关于市政协十届三次会议第12号提案的答复", "关于市政协十届三次会议第12号提案的答复"),
                Arguments.of("您提出的《太阳城娱乐城www.tyc88.com加快乡村道路建设的建议》收悉", "您提出的《加快乡村道路建设的建议》收悉"),
                // batches 16-17's families: a gambling word misspelt by sound standing in for the writer (r157), a site
                // advertised by a name before two entry words (r159), a lottery game with a Latin name glued on (r163)
                Arguments.of("网上赌搏网站会同省委编办、省教育厅、武汉市政府等单位,对提案进行了认真研究和办理。",
                        "会同省委编办、省教育厅、武汉市政府等单位,对提案进行了认真研究和办理。"),
                Arguments.of("发布机构 网上赌搏网站 发文日期 2022-08-29", "发布机构 发文日期 2022-08-29"),
                Arguments.of("堵博平台推荐关于对政协十三届二次会议第18号提案的答复", "关于对政协十三届二次会议第18号提案的答复"),
                Arguments.of("感谢你们对我部工作的关心。\n雷竞技ap官网入口 农村部\n2023年7月20日",
                        "感谢你们对我部工作的关心。\n农村部\n2023年7月20日"),
                Arguments.of("金鼎官网入口 市科技局关于市政协十届三次会议第12号提案的答复", "市科技局关于市政协十届三次会议第12号提案的答复"),
                Arguments.of("鸿运app下载:交通运输局关于第5号建议的答复", "交通运输局关于第5号建议的答复"),
                Arguments.of("开云官网关于市政协十届三次会议第12号提案的答复", "关于市政协十届三次会议第12号提案的答复"),
                Arguments.of("UU快3\n姚安县交通运输局关于第48号建议案的答复", "姚安县交通运输局关于第48号建议案的答复"),
                // spam where a breadcrumb begins: once it is gone (a pass of its own) the rest is a breadcrumb and goes too
                Arguments.of("UU快3> 建议提案 > > 人大代表建议\n姚安县交通运输局关于第48号建议案的答复", "姚安县交通运输局关于第48号建议案的答复"),
                Arguments.of("您提出的《北京赛车pk10_幸运飞艇【官网】加快农村公路建设的建议》收悉", "您提出的《加快农村公路建设的建议》收悉"),
                // not spam: the same vocabulary in a letter's own context
                Arguments.of("相关政策已在我局官网公开,可登录省科技厅官网查询申报指南。", "相关政策已在我局官网公开,可登录省科技厅官网查询申报指南。"),
                Arguments.of("请通过市政府官网入口提交,或下载皖事通app办理。", "请通过市政府官网入口提交,或下载皖事通app办理。"),
                Arguments.of("群众可通过皖事通app下载电子证照。", "群众可通过皖事通app下载电子证照。"),
                Arguments.of("在学校出入口和网站下载专区设置提示。", "在学校出入口和网站下载专区设置提示。"),
                Arguments.of("加快3个示范园区建设,加快30个项目落地。", "加快3个示范园区建设,加快30个项目落地。"),
                Arguments.of("发扬顽强拼搏精神,博采众长。", "发扬顽强拼搏精神,博采众长。"),
                Arguments.of("严厉打击网上赌博网站,依法查处赌博违法犯罪活动。", "严厉打击网上赌博网站,依法查处赌博违法犯罪活动。"),
                Arguments.of("市体育局、市财政局联合下发体育彩票公益金使用管理办法,体育彩票销售网点达200个。",
                        "市体育局、市财政局联合下发体育彩票公益金使用管理办法,体育彩票销售网点达200个。"),
                Arguments.of("支持CBA篮球俱乐部开展青少年篮球培训。", "支持CBA篮球俱乐部开展青少年篮球培训。"),
                Arguments.of("市体育局利用中国体育彩票公益金建设全民健身路径。", "市体育局利用中国体育彩票公益金建设全民健身路径。"),
                Arguments.of("严厉打击网络赌博平台,依法查处赌博违法犯罪活动。", "严厉打击网络赌博平台,依法查处赌博违法犯罪活动。"),
                Arguments.of("我市现有彩票投注站120个,彩票销售网点布局合理。", "我市现有彩票投注站120个,彩票销售网点布局合理。"),
                Arguments.of("创建全国青少年校园足球特色学校,中国足球协会给予支持。", "创建全国青少年校园足球特色学校,中国足球协会给予支持。"),
                Arguments.of("加强网络游戏平台监管,防止未成年人沉迷。", "加强网络游戏平台监管,防止未成年人沉迷。"),
                Arguments.of("群众可拨打12365平台热线或下载政务服务APP在线办理。", "群众可拨打12365平台热线或下载政务服务APP在线办理。"),
                Arguments.of("修建娱乐场所、厕所、停车场和游客服务中心。", "修建娱乐场所、厕所、停车场和游客服务中心。"),
                Arguments.of("开元街道体育场改造工程已完成立项。", "开元街道体育场改造工程已完成立项。"),
                Arguments.of("盐池县教育体育局关于对政协盐池县第十届委员会第49号提案的答复", "盐池县教育体育局关于对政协盐池县第十届委员会第49号提案的答复"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spam")
    void removesTheSpamSpanAndKeepsTheLetterAroundIt(String text, String expected) {
        assertEquals(expected, cleaner.clean(text).text());
    }

    /** Spam inside the title a letter quotes leaves the original offsets of the words around it right. */
    @Test
    void offsetsAroundRemovedSpamStillPointIntoTheOriginal() {
        String page = "你们提出的《皇冠足球90比分完善中试基地建设的建议》收悉。";
        CleanText ct = cleaner.clean(page);
        int s = ct.text().indexOf("完善中试基地");
        assertEquals(page.indexOf("完善中试基地"), ct.originalStart(s));
        assertEquals("《完善中试基地建设的建议》", ct.text().substring(ct.text().indexOf('《'), ct.text().indexOf('》') + 1));
        assertEquals("《", ct.originalSlice(s - 1, s));
    }

    /** A spam farm of thousands of spans is one pass per spam word, not a search per span per occurrence. */
    @Test
    void aPageOfThousandsOfSpamSpansStaysLinear() {
        String page = "皇冠足球90比分完善中试基地建设,大发体育在线_大发体育投注推进成果转化。\n".repeat(5_000);
        String text = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> cleaner.clean(page).text());
        assertEquals("完善中试基地建设,推进成果转化。\n".repeat(5_000).strip(), text);
    }

    private static final Pattern IN_SAMPLE = Pattern.compile("r(0\\d\\d|1[0-6]\\d|17[0-7])_.*\\.txt");

    /**
     * Precision over every letter the project holds and may read (seeds, dev, the challenge sets, real letters r001-r177;
     * never the unseen batches): everything the detector removes, by file. All of it is spam; no letter's word goes.
     */
    @Test
    void removesNothingButSpamFromTheSeedsDevChallengeAndRealLetters() throws IOException, IngestException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("seeds", "src/test/resources/dev/letters", "src/test/resources/challenge",
                "src/test/resources/challenge-entities", "src/test/resources/real/letters"))
            try (Stream<Path> s = Files.walk(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".txt"))
                        .filter(p -> !p.startsWith("src/test/resources/real") || IN_SAMPLE.matcher(p.getFileName().toString()).matches())
                        .forEach(files::add);
            }
        Map<String, TreeSet<String>> removed = new TreeMap<>();
        DocumentReader reader = new DocumentReader();
        for (Path f : files) {
            String t = simplified(reader.read(f).text());
            for (GamblingSpamRule.Candidate c : GamblingSpamRule.spam(t))
                removed.computeIfAbsent(f.getFileName().toString().substring(0, 4), k -> new TreeSet<>()).add(t.substring(c.start(), c.end()));
        }
        StringBuilder report = new StringBuilder(files.size() + " files\n");
        removed.forEach((f, s) -> report.append(f).append('\t').append(s).append('\n'));
        Path out = Files.createDirectories(Path.of("target/golden/real")).resolve("spam-removed.txt");
        Files.writeString(out, report, StandardCharsets.UTF_8);
        assertEquals("""
                r005\t[手游365_365平台赌博_365平台被黑不给出款怎么办]
                r025\t[bt365博彩手机版_365bet体育盘口_Bet体育365app下载]
                r049\t[皇冠足球90比分]
                r052\t[澳门金沙城中心_欧洲杯足球网-【投注官网平台】, 澳门金沙城中心_欧洲杯足球网-【投注官网平台】:]
                r054\t[大发体育在线:, 大发体育在线_大发体育投注¥【游戏官网娱乐】, 大发体育投注:]
                r111\t[中国体育彩票]
                r127\t[亚洲博彩平台排名, 亚洲博彩平台推荐]
                r157\t[网上赌搏网站]
                r159\t[雷竞技ap官网入口]
                r163\t[UU快3]
                """, report.substring(report.indexOf("\n") + 1), "removed (also in " + out + ")");
    }

    /** The text the chrome rules read: damage, folding, pinyin, simplified, tidied. */
    private static String simplified(String original) {
        MappedText t = MappedText.identity(original);
        t = new DamageRemover().apply(t);
        t = new CharFolder().apply(t);
        t = new PinyinRemover().apply(t);
        return new LineTidier().apply(new Simplifier().apply(t).text()).text();
    }
}
