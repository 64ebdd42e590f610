package org.replygraph.extract.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.agency.AgencyResolver;
import org.replygraph.extract.fact.Diagnostic;
import org.replygraph.extract.fact.PersonRef;
import org.replygraph.extract.fact.Proposal;

/**
 * The proposal a letter answers, read from openings of real letters: kind, number, title, proposers,
 * role and session. Negatives: what must not be read (a kind from a role when a session says
 * otherwise, a proposer from a group salutation, a title where none is quoted).
 */
class ProposalReaderTest {
    private static final ProposalReader READER = new ProposalReader(AgencyResolver.standard());
    private final SalutationParser salutations = new SalutationParser();
    private final MetadataParser metadata = new MetadataParser();

    private Proposal read(String text, String jurisdiction, List<Diagnostic> diagnostics) {
        String t = text.replace("\\n", "\n");
        LetterLayout layout = LetterLayout.of(t, salutations);
        Optional<SessionParser.WrittenSession> written = READER.writtenSession(t, layout);
        return READER.read(t, layout, metadata.parse(t, 0, layout.headerEnd()), jurisdiction, written, diagnostics);
    }

    /** Columns: text, jurisdiction, kind, number, title, proposers (、), role, session (place term meeting) or -. */
    @ParameterizedTest(name = "[{index}] {2} {3}")
    @CsvSource(delimiter = '#', nullValues = "null", textBlock = """
            '关于市政协十五届三次会议第103号提案的答复\\n王建国委员:\\n您提出的《关于加快发展人工智能的提案》收悉。' # 常州市 # CPPCC_PROPOSAL # 103 # 关于加快发展人工智能的提案 # 王建国 # 委员 # 常州市 15 3
            '对市十六届人大三次会议第0219号建议的答复\\n李明代表:\\n您提出的《关于支持企业研发的建议》收悉。' # 成都市 # NPC_SUGGESTION # 0219 # 关于支持企业研发的建议 # 李明 # 代表 # 成都市 16 3
            '关于第12号提案的答复\\n张华代表:\\n您提出的《关于发展冷链物流的提案》收悉。' # null # CPPCC_PROPOSAL # 12 # 关于发展冷链物流的提案 # 张华 # 代表 # -
            '张华、李强委员:\\n您们提出的关于加快老旧小区改造的提案收悉。' # null # CPPCC_PROPOSAL # null # 关于加快老旧小区改造的提案 # 张华、李强 # 委员 # -
            '提案者:梁志坚、区美玲\\n各位委员:\\n你们提出的《关于推进智慧社区建设的提案》收悉。' # null # CPPCC_PROPOSAL # null # 关于推进智慧社区建设的提案 # 梁志坚、区美玲 # 委员 # -
            '第十二讨论组:\\n贵组提出的关于“我区智能制造业集群发展的建议”的提案收悉,现答复如下:' # null # CPPCC_PROPOSAL # null # 我区智能制造业集群发展的建议 # '' # null # -
            '贵单位提出的关于“加快发展冷链物流的提案”的建议收悉。' # null # NPC_SUGGESTION # null # 加快发展冷链物流的提案 # '' # null # -
            '尊敬的王风科代表:\\n您好!您提出的《关于贯通自新村与涉县消防通道的建议》对于提升区域内有效防范森林火灾风险具有重要意义。' # null # NPC_SUGGESTION # null # 关于贯通自新村与涉县消防通道的建议 # 王风科 # 代表 # -
            '张三委员:\\n您在县政协九届二次会议上提出的“关于加强农村公路养护的提案”对我县交通工作很有帮助。' # null # CPPCC_PROPOSAL # null # 关于加强农村公路养护的提案 # 张三 # 委员 # -
            '王风科代表:\\n您好!您提出的问题,《关于加快发展的意见》已印发。' # null # NPC_SUGGESTION # null # null # 王风科 # 代表 # -
            '关于加强农村公路养护的建议的答复\\n第15号\\n张三代表:\\n您提出的《关于加强农村公路养护的建议》收悉。' # null # NPC_SUGGESTION # 15 # 关于加强农村公路养护的建议 # 张三 # 代表 # -
            '刘苍林政协绿春县委员:\\n你在政协绿春县十三届委员会第二次会议提出的《关于硬化土卡河电站至二甫村边防巡逻路的建议》21号提案,已转交我局研究办理,现将办理情况答复如下:' # null # CPPCC_PROPOSAL # 21 # 关于硬化土卡河电站至二甫村边防巡逻路的建议 # 刘苍林 # 委员 # 绿春县 13 2
            '关于加强农村公路养护的建议的答复\\n第三章\\n张三代表:\\n您提出的《关于加强农村公路养护的建议》收悉。根据《某某规定》2号文件' # null # NPC_SUGGESTION # null # 关于加强农村公路养护的建议 # 张三 # 代表 # -
            '郭里代表团:\\n你们提出的《关于纳入农高区规划的提案》收悉。' # null # NPC_SUGGESTION # null # 关于纳入农高区规划的提案 # '' # null # -
            '民革界别:\\n你们提出的《关于纳入农高区规划的建议》收悉。' # null # CPPCC_PROPOSAL # null # 关于纳入农高区规划的建议 # '' # null # -
            '某机关工委:\\n你们提出的《关于纳入农高区规划的建议》收悉。' # null # NPC_SUGGESTION # null # 关于纳入农高区规划的建议 # '' # null # -
            # batches 21-25 (r240, r182): a name the site masked greets a member but names no proposer
            '紫阳县卫生和计划生育局关于对县政协第十二届三次会议第16号提案办理情况的复函\\n许**委员:\\n你们提出的“关于加大对城镇居民因病致贫群众关爱力度的提案”已收悉,现函复如下:' # 紫阳县 # CPPCC_PROPOSAL # 16 # 关于加大对城镇居民因病致贫群众关爱力度的提案 # '' # 委员 # 紫阳县 12 3
            '姜xx、李明代表:\\n您们提出的《关于建设高标准农田的建议》收悉。' # null # NPC_SUGGESTION # null # 关于建设高标准农田的建议 # 李明 # 代表 # -
            # r237: the assembly before the names; r227: the proposers named after 关于 in a co-handler's acknowledgement
            '关于市政协2021年第197号提案的答复\\n市政协王伟政委员:\\n您提出的《关于加强应急管理体系建设的建议》(第197号)提案收悉,现答复如下:' # null # CPPCC_PROPOSAL # 197 # 关于加强应急管理体系建设的建议 # 王伟政 # 委员 # -
            '县科技局关于象山县十九届人大三次会议第31号建议的答复\\n丹西街道:\\n关于耿前程等代表提出的《关于打造复合型功能科创“孵化家园”的建议》已收悉。现将我局协办意见答复如下:' # 象山县 # NPC_SUGGESTION # 31 # 关于打造复合型功能科创“孵化家园”的建议 # 耿前程 # 代表 # 象山县 19 3
            # r233: a key proposal (重点提案) with no title, to a party's committee, without a session
            '深圳市科技创新委员会关于覃伟中市长领衔督办市政协2023年度第 20230153 号重点提案办理意见的函\\n民盟深圳市委会:\\n我委高度重视第20230153号重点提案办理,对提案建议答复如下:' # 深圳市 # CPPCC_PROPOSAL # 20230153 # null # '' # null # -
            # r260: a party's committee and its members greeted together
            '粤农农函〔2020〕764号\\n民革广东省委员会,刘辉委员、刘建萍委员:\\n你们在政协广东省委员会十二届三次会议上提出的关于推进我省种业高质量发展的意见建议系列提案(由第20200113号、第20200361号提案整合而成)收悉。' # 广东省 # CPPCC_PROPOSAL # null # 关于推进我省种业高质量发展的意见建议 # 刘辉、刘建萍 # 委员 # 广东省 12 3
            # r217: the number opening the line under the session, without 第
            # audit of issue 9 §2 (2.14): a "第N号:" heading line numbers the motion titled after it; a numbered document that is
            # no motion numbers nothing, nor does a numbered line whose title is no motion
            '第12号:关于加强农村公路养护的建议\\n张三代表:\\n您提出的《关于加强农村公路养护的建议》收悉。' # null # NPC_SUGGESTION # 12 # 关于加强农村公路养护的建议 # 张三 # 代表 # -
            '第0307号:关于建设社区食堂的提案的答复\\n李小明委员:\\n您提出的《关于建设社区食堂的提案》收悉。' # null # CPPCC_PROPOSAL # 0307 # 关于建设社区食堂的提案 # 李小明 # 委员 # -
            '第2号文件:关于加强管理的通知\\n张三代表:\\n您提出的《关于加强农村公路养护的建议》收悉。' # null # NPC_SUGGESTION # null # 关于加强农村公路养护的建议 # 张三 # 代表 # -
            '第2号:关于加强管理的通知\\n张三代表:\\n您提出的《关于加强农村公路养护的建议》收悉。' # null # NPC_SUGGESTION # null # 关于加强农村公路养护的建议 # 张三 # 代表 # -
            '对十三届全国人大三次会议\\n3385号建议的答复\\n应急建函〔2020〕102号\\n田春艳代表:\\n您提出的关于健全城市交通基础设施突发灾害应急管理体系的建议收悉,现答复如下:' # 中国 # NPC_SUGGESTION # 3385 # 关于健全城市交通基础设施突发灾害应急管理体系的建议 # 田春艳 # 代表 # 中国 13 3
            """)
    void readsTheProposal(String text, String jurisdiction, String kind, String number, String title, String proposers,
                          String role, String session) {
        Proposal p = read(text, jurisdiction, new ArrayList<>());
        assertEquals(kind, p.kind().name());
        assertEquals(number, p.number() == null ? null : p.number().value());
        assertEquals(title, p.title() == null ? null : p.title().value());
        assertEquals(proposers, p.proposers().stream().map(PersonRef::name).collect(Collectors.joining("、")));
        assertEquals(role, p.proposerRole());
        assertEquals(session, p.session() == null ? "-"
                : p.session().assembly().place() + " " + p.session().term() + " " + p.session().meeting());
    }

    @Test
    void aSessionDecidesTheKindWhateverTheSalutationCallsTheProposer() {
        Proposal p = read("关于市政协十五届三次会议第8号提案的答复\\n王建国代表:\\n您提出的《关于发展夜间经济的建议》收悉。", "常州市",
                new ArrayList<>());
        assertEquals("CPPCC_PROPOSAL", p.kind().name(), "a 政协 session's motion is a proposal, not a suggestion");
    }

    @Test
    void noTitleIsInventedWhereNoneIsQuoted() {
        List<Diagnostic> d = new ArrayList<>();
        Proposal p = read("王建国委员:\\n您的提案收悉。", null, d);
        assertNull(p.title());
        assertTrue(d.stream().anyMatch(x -> x.code().equals("no-title") && x.message().equals("no proposal title before 收悉")), d::toString);
    }

    @Test
    void aGroupSalutationNamesNoProposer() {
        Proposal p = read("各位委员:\\n你们提出的《关于推进智慧社区建设的提案》收悉。", null, new ArrayList<>());
        assertTrue(p.proposers().isEmpty(), () -> p.proposers().toString());
    }

    @Test
    void aSessionPlaceTheLetterCannotResolveIsADiagnosticNotAGuess() {
        List<Diagnostic> d = new ArrayList<>();
        Proposal p = read("关于市政协十五届三次会议第103号提案的答复\\n王建国委员:\\n您提出的《关于加快发展人工智能的提案》收悉。", null, d);
        assertEquals("市", p.session().assembly().place(), "the level as written, no city guessed");
        assertFalse(p.session().assembly().placeKnown(), "a bare level is no place: the graph writes no assembly for it");
        assertEquals(List.of("session-place: session names only 市 and the letter gives no place at that level"),
                d.stream().map(x -> x.code() + ": " + x.message()).toList());
    }

    /** 自治区 names only the level of a region: the letter's own region, else a diagnostic and no place. */
    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '#', nullValues = "null", textBlock = """
            '对自治区十四届人大二次会议第123号建议的答复\\n张国龙代表:\\n您提出的《关于支持园区建设的建议》收悉。' # 内蒙古自治区 # 内蒙古自治区 # ''
            '对自治区十四届人大二次会议第123号建议的答复\\n张国龙代表:\\n您提出的《关于支持园区建设的建议》收悉。' # 广西壮族自治区南宁市 # 广西壮族自治区 # ''
            '对自治区十四届人大二次会议第123号建议的答复\\n张国龙代表:\\n您提出的《关于支持园区建设的建议》收悉。' # null # 自治区 # session-place: session names only 自治区 and the letter gives no region
            '对自治区十四届人大二次会议第123号建议的答复\\n张国龙代表:\\n您提出的《关于支持园区建设的建议》收悉。' # 湖南省 # 自治区 # session-place: session names only 自治区 and the letter gives no region
            """)
    void anAutonomousRegionsSessionIsTheLettersRegionOrNone(String text, String jurisdiction, String place, String diagnostic) {
        List<Diagnostic> d = new ArrayList<>();
        Proposal p = read(text, jurisdiction, d);
        assertEquals(place, p.session().assembly().place());
        assertEquals(diagnostic, d.stream().map(x -> x.code() + ": " + x.message()).collect(Collectors.joining("; ")));
    }

    /** A co-handling opinion's addressee line, a body of the session's level, places a session that names only its level. */
    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '#', textBlock = """
            '蒙农机函〔2021〕8号\\n蒙城县科技局:\\n关于李晓敏在县政协十届五次会议期间提出的《关于加快科技创新的建议》收悉,现答复如下:' # 蒙城县 # true
            '蒙农机函〔2021〕8号\\n县科技局:\\n关于李晓敏在县政协十届五次会议期间提出的《关于加快科技创新的建议》收悉,现答复如下:' # 县 # false
            '蒙农机函〔2021〕8号\\n铜陵市科技局:\\n关于李晓敏在县政协十届五次会议期间提出的《关于加快科技创新的建议》收悉,现答复如下:' # 县 # false
            """)
    void anAddresseeOfTheSessionsLevelPlacesIt(String text, String place, boolean known) {
        Proposal p = read(text, null, new ArrayList<>());
        assertEquals(place, p.session().assembly().place());
        assertEquals(known, p.session().assembly().placeKnown());
    }

    /**
     * An answer addressed to a government, its motion named only in the closing line: number, kind and a session without
     * place, placed at the level the letter calls its own (我市) when it follows 对/关于; after 您在 no level is guessed.
     * Columns: text, number, session place (null: no session read).
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '#', nullValues = "null", textBlock = """
            '市政府:\\n我市张三村的公墓已申报。\\n以上是我局对第二届政协委员会第五次会议012号建议的解答。' # 012 # 市
            '县人民政府:\\n我县李小明村的道路已列入计划。\\n以上为我局关于第十届人民代表大会第三次会议第7号建议的答复。' # 7 # 县
            '张三等5位代表:\\n您在第十七届人民代表大会第二次会议第70号议案收悉,我县将抓紧落实。' # 70 # null
            """)
    void aClosingLineNamesTheMotionOfALetterToAGovernment(String text, String number, String place) {
        Proposal p = read(text, null, new ArrayList<>());
        assertEquals(number, p.number() == null ? null : p.number().value());
        assertEquals(place, p.session() == null ? null : p.session().assembly().place());
    }

    /**
     * Labelled header fields name a proposer whatever the name's shape (a religious name) and an unquoted title; a bare
     * number bracketed after the quoted title is the motion's number, a year there is not. Columns: text, number, title,
     * proposers, role.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '#', nullValues = "null", textBlock = """
            '关于区政协八届一次会议第17号提案办理情况的复函\\n委员姓名:释明心\\n提案内容:尽快促进某县协会换届的提案\\n办理结果:\\n尊敬的释明心委员,你在区政协八届一次会议上的提案收悉。' # 17 # 尽快促进某县协会换届的提案 # 释明心 # 委员
            '李小明代表:\\n您提出的《关于增加公墓的建议》(0641),已交我们研究办理,现答复如下。' # 0641 # 关于增加公墓的建议 # 李小明 # 代表
            '李小明代表:\\n您提出的《关于增加公墓的建议》(2021),已交我们研究办理,现答复如下。' # null # 关于增加公墓的建议 # 李小明 # 代表
            """)
    void readsLabelledFieldsAndABareBracketedNumber(String text, String number, String title, String proposers, String role) {
        Proposal p = read(text, "某县", new ArrayList<>());
        assertEquals(number, p.number() == null ? null : p.number().value());
        assertEquals(title, p.title() == null ? null : p.title().value());
        assertEquals(proposers, p.proposers().stream().map(PersonRef::name).collect(Collectors.joining("、")));
        assertEquals(role, p.proposerRole());
    }
}
