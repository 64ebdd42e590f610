package org.replygraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.replygraph.extract.fact.AgencyRef;
import org.replygraph.extract.fact.Assembly;
import org.replygraph.extract.fact.AssemblyKind;
import org.replygraph.extract.fact.Diagnostic;
import org.replygraph.extract.fact.DocType;
import org.replygraph.extract.fact.Letter;
import org.replygraph.extract.fact.PersonRef;
import org.replygraph.extract.fact.Proposal;
import org.replygraph.extract.fact.ProposalKind;
import org.replygraph.text.CleanText;

class LetterExtractorTest {
    private final LetterExtractor extractor = new LetterExtractor();

    private LetterExtractor.Result read(String text) {
        return extractor.extract(CleanText.identity(text));
    }

    @Test
    void aProvincialReplyResolvesItsSessionAndCoHandlersFromTheIssuer() {
        Letter l = read("""
                对省十三届人大六次会议第281号建议的答复函
                类  别:B
                签发人:张宗科
                陕工信函〔2022〕266号
                张大军代表:
                您提出的《关于解决水泥错峰问题的建议》(第281号)收悉。经我厅主办,省生态环境厅协办,现答复如下:
                一、2021年3月25日,省工信厅、省生态环境厅印发《通知》(陕工信发〔2021〕92号)。
                陕西省工业和信息化厅
                2022年7月4日
                """).letter();
        assertEquals(DocType.REPLY_LETTER, l.type());
        assertEquals("陕西省", l.jurisdiction());
        assertEquals(new Assembly(AssemblyKind.PEOPLES_CONGRESS, "陕西省"), l.proposal().session().assembly());
        assertEquals(ProposalKind.NPC_SUGGESTION, l.proposal().kind());
        assertEquals("281", l.proposal().number().value());
        assertEquals("陕工信函〔2022〕266号", l.docNumber().value());
        assertEquals(List.of("陕西省生态环境厅"), l.coHandlers().stream().map(AgencyRef::name).toList());
        assertEquals(LocalDate.of(2022, 7, 4), l.date().value());
        assertEquals("B", l.category().value());
    }

    /** A ministry's letter about one province: the letter is national, so is its bare 发展改革委. */
    static final String NATIONAL_LETTER = """
            关于十四届全国人大二次会议第1234号建议的答复
            工信建函〔2024〕88号

            张明代表:
            您提出的《关于支持四川盆地天然气化工产业发展的建议》收悉。经商发展改革委、财政部,现答复如下:
            一、四川省天然气资源丰富,四川省在天然气化工方面基础较好。我部将会同有关部门,支持四川省成都市、达州市发展天然气化工产业。
            感谢您对工业和信息化工作的关心和支持。

            工业和信息化部
            2024年7月1日
            """;

    @Test
    void aMinistrysLetterIsNationalHoweverOftenItNamesAProvince() {
        Letter l = read(NATIONAL_LETTER).letter();
        assertEquals("工业和信息化部", l.issuer().name());
        assertEquals("中国", l.jurisdiction());
        assertEquals(List.of("国家发展和改革委员会", "财政部"), l.coHandlers().stream().map(AgencyRef::name).toList());
        assertEquals(new Assembly(AssemblyKind.PEOPLES_CONGRESS, "中国"), l.proposal().session().assembly());
    }

    /** An unsigned reply summary to a national deputy (real letters r089, r090) is national, not the province it names. */
    @Test
    void anUnsignedReplyToANationalDeputyIsNational() {
        String summary = """
                对十四届全国人大三次会议第3905号建议的答复摘要
                杨军代表:
                您提出的关于支持湖北省咸宁市蔬菜产业高质量发展的建议收悉。经商工业和信息化部,现答复如下:
                一、农业农村部、财政部累计支持建设400个现代农业产业园。湖北省咸宁市蔬菜产业基础好,湖北省将继续支持。
                """;
        Letter l = read(summary).letter();
        assertNull(l.issuer());
        assertEquals("中国", l.jurisdiction());
        assertEquals(List.of("工业和信息化部"), l.coHandlers().stream().map(AgencyRef::name).toList());
        // A province's department answering a national deputy calls itself 我厅: not national.
        Letter provincial = read(summary.replace("湖北省将继续支持", "我厅将继续支持")).letter();
        assertEquals("湖北省", provincial.jurisdiction());
    }

    /**
     * The writer's own level decides the jurisdiction (class 23): a ministry giving its state's full name on a news mirror's
     * source line (real letter r134) is national however often it names 湖南省; a district bureau naming itself in the body is
     * its district's, not the province's the text names.
     */
    @Test
    void theWritersOwnLevelDecidesTheJurisdiction() {
        Letter ministry = read("""
                对十四届全国人大二次会议第9134号建议的答复摘要
                作者:佚名   来源:中华人民共和国农业农村部   发布时间: 2024-08-05 19:24:07
                蒋朝阳代表:
                  您提出的关于支持湖南省和东盟开展杂交水稻合作保障国家粮食安全的建议收悉。经商国家发展改革委、外交部,现答复如下:
                  我部积极支持湖南省水稻育种平台建设;积极落实我部与湖南省政府签署的合作框架协议,支持湖南省开展普查。
                """).letter();
        assertEquals("农业农村部", ministry.issuer().name());
        assertEquals("中国", ministry.jurisdiction());
        assertEquals(List.of("国家发展和改革委员会", "外交部"), ministry.coHandlers().stream().map(AgencyRef::name).toList());
        Letter district = read("""
                第十二讨论组:
                贵组提出的关于“我区智能制造业集群发展的建议”的提案收悉,现答复如下:
                天桥区工信局作为行业管理部门,推动我区智能制造业集群发展。根据山东省加力提速工业经济高质量发展战略,山东省将继续支持。
                """).letter();
        assertEquals("天桥区工信局", district.issuer().surface());
        assertEquals("天桥区", district.jurisdiction());
        // the state's name before a body that is no national one names no national writer
        Letter other = read("""
                蒋朝阳代表:
                  您提出的建议收悉。现答复如下:湖南省将继续支持。
                  中华人民共和国某某公司
                """).letter();
        assertTrue(other.jurisdiction() == null || !other.jurisdiction().equals("中国"), String.valueOf(other.jurisdiction()));
    }

    /**
     * A 文号 that lost its brackets (real letter r136's record table) is flagged, not read; a page date left alone on its header
     * line once its counter label went as chrome (real letter r082) is the page's date.
     */
    @Test
    void aDamagedNumberIsFlaggedAndABareHeaderDateIsThePagesDate() {
        LetterExtractor.Result r = read("""
                关于省七届人大一次会议第712308号建议的答复 | ||||
                2024-04-23 | ||||||||||||
                琼工信信通函2023149
                张三代表:
                您提出的《关于加快数字基础设施建设的建议》收悉。现答复如下:截至2023年底,共安排资金2023万元。
                """);
        assertNull(r.letter().docNumber());
        assertEquals(LocalDate.of(2024, 4, 23), r.letter().published().value());
        assertEquals(List.of("doc-number-damaged"), r.diagnostics().stream().map(Diagnostic::code)
                .filter(c -> c.startsWith("doc-number")).toList());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.message().contains("琼工信信通函2023149")));
        // a whole number, or figures in the body, raise nothing
        LetterExtractor.Result whole = read("""
                琼工信信通函〔2023〕149号
                张三代表:
                您提出的《关于加快数字基础设施建设的建议》收悉。现答复如下:截至2023年底,共安排资金2023万元。
                """);
        assertEquals("琼工信信通函〔2023〕149号", whole.letter().docNumber().value());
        assertTrue(whole.diagnostics().stream().noneMatch(d -> d.code().startsWith("doc-number")));
        // a date alone further down is a record table's cell, not the page's date
        assertNull(read("""
                承办单位答复 答复日期 答复内容
                省工业和信息化厅
                2023-08-30
                张三代表:
                您提出的《关于加快数字基础设施建设的建议》收悉。
                """).letter().published());
    }

    @Test
    void aProvincesLetterKeepsItsBareBodiesProvincial() {
        Letter l = read(NATIONAL_LETTER.replace("工信建函〔2024〕88号", "川经信函〔2024〕88号")
                .replace("十四届全国人大二次会议", "省十四届人大二次会议").replace("工业和信息化部", "四川省经济和信息化厅")).letter();
        assertEquals("四川省", l.jurisdiction());
        assertEquals(List.of("四川省发展和改革委员会", "财政部"), l.coHandlers().stream().map(AgencyRef::name).toList());
    }

    @Test
    void aPolicyNoticeIsNoLetterButKeepsItsOwnNumberAndDate() {
        Letter l = read("""
                索引号:11510100MB1D23456P/2023-00077
                发布机构:成都市科学技术局
                发布日期:2023-04-18
                文号:成科字〔2023〕12号
                成都市科学技术局关于印发《成都市科技创新平台建设管理办法》的通知
                各区(市)县科技主管部门,各有关单位:
                根据《四川省科技创新平台建设管理办法》,我局制定了《成都市科技创新平台建设管理办法》,现印发给你们,请遵照执行。
                成都市科学技术局
                2023年4月14日
                """).letter();
        assertEquals(DocType.OTHER, l.type());
        assertNull(l.proposal());
        assertEquals("成科字〔2023〕12号", l.docNumber().value());
        assertEquals(LocalDate.of(2023, 4, 14), l.date().value());
        assertEquals(LocalDate.of(2023, 4, 18), l.published().value());
    }

    @Test
    void anIssuerAloneAboveItsHeadingIsTheIssuer() {
        Letter l = read("""
                贵阳市科学技术局
                对市十五届人大三次会议第0188号建议的答复
                罗明亮代表:
                您提出的《关于支持贵阳大数据科创城建设的建议》收悉。现答复如下:
                一、平台建设。贵阳大数据科创城已引进一批平台,下一步我们将
                """).letter();
        assertEquals("贵阳市科学技术局", l.issuer().name());
        assertEquals(new Assembly(AssemblyKind.PEOPLES_CONGRESS, "贵阳市"), l.proposal().session().assembly());
        assertNull(l.date(), "a letter cut off before its sign-off has no date");
    }

    /** A co-handler writes to the lead bureau by name, without salutation or 收悉 (real letter r087, batch 10). */
    @Test
    void aCoHandlingOpinionToTheLeadBureauIsALetter() {
        Letter l = read("""
                对市六届人大一次会议第085号建议会办工作的意见
                主题分类: 科技 发文单位: 咸宁市科学技术局
                市农业农村局:
                现将市六届人大一次会议第085号建议提出的关于加快特色农业开发区建设助力乡村振兴建议的办理(落实)情况函告如下,请综合后一并答复代表。
                1.加大农业科技示范基地培育和建设力度。
                咸宁市科学技术局
                2022年5月17日
                """).letter();
        assertEquals(DocType.CO_HANDLING_OPINION, l.type());
        assertEquals("咸宁市科学技术局", l.issuer().name());
        assertEquals("085", l.proposal().number().value());
        assertEquals("关于加快特色农业开发区建设助力乡村振兴建议", l.proposal().title().value());
        assertEquals(new Assembly(AssemblyKind.PEOPLES_CONGRESS, "咸宁市"), l.proposal().session().assembly());
        assertEquals("咸宁市", l.jurisdiction());
    }

    /** "函复如下", "回复如下" close the acknowledgement as "答复如下" does (real letters r054, r061). */
    @Test
    void aReplySaidInOtherWordsStillFramesTheTitle() {
        Proposal p = read("""
                任桂富委员:
                首先感谢您对交通运输工作的关心和支持。
                您在区九届政协二次会议上提出的“关于乡村公路建设”的提案,由区政府责成我局办理。我局高度重视,经认真核实,现将办理情况函复如下:
                经核实,部分道路年久失修。
                """).letter().proposal();
        assertEquals("关于乡村公路建设", p.title().value());
        Proposal q = read("""
                蔡中文代表:
                您好!
                您向第五届第五次人大代表会议提出的“关于推进城镇老旧小区改造”的建议,我局与您当面沟通,现将有关情况回复如下:
                近两年,我区加大改造力度。
                """).letter().proposal();
        assertEquals("关于推进城镇老旧小区改造", q.title().value());
    }

    /** A date alone on the last line dates a letter without a sign-off agency (real letters r008, r017, r061, r076). */
    @Test
    void aDateAloneOnTheLastLineDatesTheLetter() {
        String letter = """
                胡明代表:
                您提出的《关于加快农村公路建设的建议》收悉,现答复如下:
                2023年我局将继续提质改造农村公路137公里。
                办复类别:B类
                联系人:胡晓炜
                %s
                """;
        assertEquals(LocalDate.of(2023, 5, 5), read(letter.formatted("2023年5月5日")).letter().date().value());
        assertEquals(LocalDate.of(2018, 6, 28), read(letter.formatted("2018年6月28日 |")).letter().date().value());
        assertEquals(LocalDate.of(2023, 4, 27), read(letter.formatted("????2023年4月27日")).letter().date().value());
        // a sentence ending on a date, or a date above more text, is no closing date
        assertNull(read(letter.formatted("该工程将于2023年5月5日前完成。")).letter().date());
        assertNull(read(letter.formatted("2023年5月5日\n感谢您的关心。")).letter().date());
    }

    /** Bodies addressed by name in a notice, or a letter that names no proposal, stay no letter. */
    @Test
    void aNoticeToNamedBodiesIsNoCoHandlingOpinion() {
        assertEquals(DocType.OTHER, read("""
                宜昌市科学技术局关于开展工程技术研究中心核查的通知
                各县市区科技局:
                现将有关要求通知如下:一、核查对象。
                宜昌市科学技术局
                2017年9月15日
                """).letter().type());
        assertEquals(DocType.OTHER, read("""
                市农业农村局:
                现将我局2022年工作总结函告如下,请审阅。
                咸宁市科学技术局
                """).letter().type());
    }

    @Test
    void aHandlingReportToTheCommitteeNamesTheProposerByLabel() {
        Proposal p = read("""
                丽水市科学技术局关于市政协五届三次会议第76号提案办理情况的报告
                市政协提案委员会:
                市政协五届三次会议第76号提案《关于加快丽水生态产品价值实现科技支撑的提案》(提案人:叶伟东委员)由我局主办。现将办理情况报告如下:
                一、加强科技攻关。
                丽水市科学技术局
                2024年7月2日
                """).letter().proposal();
        assertEquals("关于加快丽水生态产品价值实现科技支撑的提案", p.title().value());
        assertEquals(List.of("叶伟东"), p.proposers().stream().map(PersonRef::name).toList());
        assertEquals("委员", p.proposerRole());
        assertNull(p.proposingUnit(), "the committee addressed is no proposer");
    }

    @Test
    void labelledSecondersJoinTheLeadDeputyGreeted() {
        Proposal p = read("""
                建议编号:BH2024-036
                领衔代表:郑海涛
                附议代表:高明远、宋佳丽
                郑海涛代表:
                您领衔提出的关于推动海洋装备产业发展的建议收悉。现答复如下:
                一、产业基础。
                某区科学技术局
                2024年6月18日
                """).letter().proposal();
        assertEquals(List.of("郑海涛", "高明远", "宋佳丽"), p.proposers().stream().map(PersonRef::name).toList());
        assertEquals("代表", p.proposerRole());
    }

    @Test
    void labelledNamesThatLeaveOutTheGreetedDeputyReplaceNoOne() {
        // 提案人 in a co-handling note names someone else's proposal: the greeting stands.
        Proposal p = read("""
                郑海涛代表:
                您提出的《关于推动海洋装备产业发展的建议》收悉,与本届第12号建议(提案人:高明远、宋佳丽)一并研究。现答复如下:
                一、产业基础。
                某区科学技术局
                2024年6月18日
                """).letter().proposal();
        assertEquals(List.of("郑海涛"), p.proposers().stream().map(PersonRef::name).toList());
    }

    @Test
    void aHeadingMayBracketTheNumberAfterTheTitleAndAZoneNamesItsCityShort() {
        Proposal p = read("""
                某区农业农村局关于《关于推进渔民转产转业的建议》(第0012号)的答复
                蒋国良代表:
                您提出的《关于推进渔民转产转业的建议》收悉。现答复如下:
                一、安置情况。
                某区农业农村局
                2024年6月11日
                """).letter().proposal();
        assertEquals("0012", p.number().value());
        Letter zone = read("""
                成都高新技术产业开发区管理委员会关于市十八届人大三次会议第0188号建议的答复
                杨晓丽代表:
                您提出的《关于打造集成电路产业高地的建议》收悉。现答复如下:
                一、产业发展。
                成都高新技术产业开发区管理委员会
                2024年6月6日
                """).letter();
        assertEquals("成都市", zone.proposal().session().assembly().place());
    }

    @Test
    void aDateAloneInTheHeaderDatesALetterWhoseSignOffHasNone() {
        Letter l = read("""
                舟山市海洋与渔业局
                舟海渔函〔2024〕22号
                2024年5月29日
                关于市八届人大四次会议第0047号建议的答复
                王海东代表:
                您提出的《关于推动远洋渔业发展的建议》收悉。现答复如下:
                一、产业现状。
                舟山市海洋与渔业局
                """).letter();
        assertEquals(LocalDate.of(2024, 5, 29), l.date().value());
        assertEquals("舟山市海洋与渔业局", l.issuer().surface());
        Letter chrome = read("""
                2024-05-30
                关于市八届人大四次会议第0047号建议的答复
                王海东代表:
                您提出的《关于推动远洋渔业发展的建议》收悉。现答复如下:
                一、产业现状。
                舟山市海洋与渔业局
                """).letter();
        assertNull(chrome.date(), "a page's ISO stamp is no letter date");
    }

    @Test
    void aGroupSalutationGivesTheRoleThatALabelLeavesOut() {
        Proposal p = read("""
                提案者:梁志坚、区美玲
                某市科学技术局关于第187号提案的答复
                各位委员:
                你们提出的《关于支持侨乡科技人才回流的提案》收悉。现答复如下:
                一、人才引进。
                某市科学技术局
                2024年6月26日
                """).letter().proposal();
        assertEquals(List.of("梁志坚", "区美玲"), p.proposers().stream().map(PersonRef::name).toList());
        assertEquals("委员", p.proposerRole());
        Proposal unnamed = read("""
                提案者:梁志坚、区美玲
                某市科学技术局关于第187号提案的答复
                你们提出的《关于支持侨乡科技人才回流的提案》收悉。现答复如下:
                一、人才引进。
                某市科学技术局
                2024年6月26日
                """).letter().proposal();
        assertNull(unnamed.proposerRole(), "no role is written, so none is given");
    }

    @Test
    void oneBodyWithTwoNamesSignsAloneAndAJointReplyNamesCoHandlers() {
        Letter one = read("""
                关于市十六届人大二次会议第1056号建议的答复
                吴海峰代表:
                您提出的《关于支持前沿技术企业发展的建议》收悉。现答复如下:
                一、政策支持。
                北京市科学技术委员会、中关村科技园区管理委员会
                2024年5月28日
                """).letter();
        assertEquals("北京市科学技术委员会", one.issuer().surface());
        assertEquals(List.of(), one.coHandlers());
        assertEquals(LocalDate.of(2024, 5, 28), one.date().value());
        Letter joint = read("""
                关于区政协十五届三次会议第0067号提案的联合答复
                民进某区委:
                你们提出的《关于打造人工智能创新高地的提案》收悉。现联合答复如下:
                一、产业集聚。
                上海市徐汇区科学技术委员会　　上海市徐汇区财政局
                2024/5/10
                """).letter();
        assertEquals("上海市徐汇区科学技术委员会", joint.issuer().surface());
        assertEquals(List.of("上海市徐汇区财政局"), joint.coHandlers().stream().map(AgencyRef::surface).toList());
    }

    @Test
    void aNewsItemTakesNoNumberOrDateFromItsBody() {
        Letter l = read("""
                市政协召开重点提案督办推进会
                发布时间:2024-05-16 09:30 来源:绍兴市政协办公室
                5月15日,市政协召开会议。据介绍,市政府印发了《实施意见》(绍政发〔2024〕3号)。
                会议要求,各承办单位要切实提高提案办理质量。
                2024年5月15日
                """).letter();
        assertEquals(DocType.OTHER, l.type());
        assertNull(l.docNumber());
        assertNull(l.date());
        assertEquals("绍兴市政协办公室", l.issuer().name());
    }

    @Test
    void aCppccSessionMakesAProposalWhateverTheSalutationSays() {
        Letter l = read("关于对省政协十三届三次会议第701号提案的答复\n发布机构 湖北省经济和信息化厅\n郭鹏代表:\n"
                + "您提出的关于《强化“支点意识”,推动生物医药全产业链高质量发展》的提案收悉,现答复如下:\n").letter();
        assertEquals(ProposalKind.CPPCC_PROPOSAL, l.proposal().kind());
        assertEquals("代表", l.proposal().proposerRole());
        assertEquals("强化“支点意识”,推动生物医药全产业链高质量发展", l.proposal().title().value());
        assertEquals("湖北省经济和信息化厅", l.issuer().name());
    }

    @Test
    void aNumberedHeadingLineNumbersTheMotionTitledAfterIt() {
        // audit of issue 9, 2.14: "第N号:" opens the title's line over the salutation
        Proposal p = read("""
                第12号:关于加强农村公路养护的建议
                张三代表:
                您提出的《关于加强农村公路养护的建议》收悉。现答复如下:
                一、养护情况。
                示例县交通运输局
                2024年6月11日
                """).letter().proposal();
        assertEquals("12", p.number().value());
        Proposal document = read("""
                第2号文件:关于加强管理的通知
                张三代表:
                您提出的《关于加强农村公路养护的建议》收悉。现答复如下:
                一、养护情况。
                示例县交通运输局
                2024年6月11日
                """).letter().proposal();
        assertNull(document.number());
    }

    @Test
    void aNoticeSignedByItsBodyIsOtherWithThatIssuer() {
        // audit of issue 9, 2.5 (gap G1): the sign-off names the issuer of a page that is no letter
        Letter l = read("""
                关于印发《示例市科技创新券管理办法》的通知
                各区科技主管部门:
                现将《示例市科技创新券管理办法》印发给你们,请遵照执行。
                示例市科学技术局
                2023年4月14日
                """).letter();
        assertEquals(DocType.OTHER, l.type());
        assertEquals("示例市科学技术局", l.issuer().surface());
        assertEquals(LocalDate.of(2023, 4, 14), l.date().value());
        Letter signedByAPerson = read("""
                关于开展读书月活动的通知
                各位同事:
                根据省文化厅印发的《全民阅读工作方案》,现将有关事项通知如下。
                李小明
                2023年4月14日
                """).letter();
        assertNull(signedByAPerson.issuer());
    }

    @Test
    void aNewsReportIsOtherWithAnIssuer() {
        Letter l = read("近日,省经信委出台了《关于开展山西省省级制造业创新中心创建工作的实施方案》。\n到2020年,山西省制造业创新体系初具规模。").letter();
        assertEquals(DocType.OTHER, l.type());
        assertNull(l.proposal());
        assertEquals("山西省经济和信息化委员会", l.issuer().name());
        assertEquals("省经信委", l.issuer().surface());
    }

    @Test
    void reportsWhatItCannotRead() {
        LetterExtractor.Result r = read("赵万里代表:\n您在区十七届人大三次会议上提出的建议收悉。\n谢谢。\n");
        List<String> codes = r.diagnostics().stream().map(Diagnostic::code).toList();
        assertTrue(codes.contains("no-issuer"), codes::toString);
        assertTrue(codes.contains("no-title"), codes::toString);
        Diagnostic place = r.diagnostics().stream().filter(d -> d.code().equals("session-place")).findFirst().orElseThrow();
        assertEquals("session names only 区 and the letter gives no place at that level", place.message());
        assertEquals("区十七届人大三次会议", place.span().of("赵万里代表:\n您在区十七届人大三次会议上提出的建议收悉。\n谢谢。\n"));
        assertEquals("区", r.letter().proposal().session().assembly().place(), "the place stays as written");
    }

    @Test
    void anAmbiguousLostDateIsADiagnosticNotADate() {
        LetterExtractor.Result r = read("日期:2023-12-20\n张三委员:\n您提出的《关于X的提案》收悉。\n谢谢。\n某某县科学技术局\n2023112\n");
        assertNull(r.letter().date());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals("date-ambiguous")
                && d.message().equals("sign-off date 2023112 lost its 年月日 and cannot be read unambiguously")));
    }

    @Test
    void aBareDateBeforeThePageSourceIsThePageDate() {
        // real page (batch 11): the page prints its date and source on a line of their own above the letter
        Letter l = read("""
                关于政协十三届全国委员会第四次会议第0867号提案答复的函
                2021-08-17 来源:生态环境部
                张三委员:
                您提出的《关于加强长江保护的提案》收悉。现答复如下:
                """).letter();
        assertEquals(LocalDate.of(2021, 8, 17), l.published().value());
        Letter prose = read("""
                关于政协十三届全国委员会第四次会议第0867号提案答复的函
                张三委员:
                您提出的《关于加强长江保护的提案》收悉。2021-08-17 来源:会议纪要。现答复如下:
                """).letter();
        assertNull(prose.published(), "a date inside a sentence is no page date");
    }

    /**
     * A ministry's answer on a mirror with neither salutation nor 收悉, the heading broken after the number (real letter r172's
     * shape): a letter answering a national proposal, its number from the heading's first line.
     */
    @Test
    void anAnswerWithoutSalutationOrAcknowledgementIsALetter() {
        Letter l = read("""
                关于政协十四届全国委员会第一次会议第00006号
                (经济发展类001号)提案答复的函
                  您提出的关于加强产业园建设、构建中小企业高质量发展集群的提案,全国政协交由科技部、商务部和我委分别办理,现就涉及我委职能的事项答复如下。
                  一、关于建立促进产业园发展的宽松政策环境
                """).letter();
        assertEquals(DocType.REPLY_LETTER, l.type());
        assertEquals("00006", l.proposal().number().value());
        assertEquals("关于加强产业园建设、构建中小企业高质量发展集群的提案", l.proposal().title().value());
        assertEquals(ProposalKind.CPPCC_PROPOSAL, l.proposal().kind());
        assertEquals(new Assembly(AssemblyKind.CPPCC, "中国"), l.proposal().session().assembly());
    }

    /** A co-handler's opinion naming the proposal by a number after it, to the lead body addressed above (real letters r177, r140). */
    @Test
    void aCoHandlersOpinionNamingTheProposalInItsFirstSentenceIsALetter() {
        Letter l = read("""
                关于市政协十六届二次会议第17号提案办理情况的答复函
                发布时间:2023-09-21 09:13信息来源:市经济和信息化局
                市科技局:
                九三学社市委在政协淮南市第十六届二次会议上提出的《关于加强创新方法推广应用、加快实施创新驱动发展战略》的提案(17号),结合我局工作实际,经认真办理,现答复如下:
                一、所做工作
                """).letter();
        assertEquals(DocType.REPLY_LETTER, l.type());
        assertEquals("17", l.proposal().number().value());
        assertEquals(ProposalKind.CPPCC_PROPOSAL, l.proposal().kind());
        assertEquals(LocalDate.of(2023, 9, 21), l.published().value());
        Letter o = read("""
                自治区教育厅:
                自治区十四届人大二次会议期间,钟莺、黄清梅等2名代表提出了关于支持玉林市产教融合发展建设的建议(第2024363号),经研究,现提出协办意见如下:
                我厅认真落实国家、自治区有关深化产教融合的决策部署。
                广西壮族自治区工业和信息化厅
                2024年3月28日
                """).letter();
        assertEquals("2024363", o.proposal().number().value());
        assertEquals("关于支持玉林市产教融合发展建设的建议", o.proposal().title().value());
        assertEquals(List.of("钟莺", "黄清梅"), o.proposal().proposers().stream().map(PersonRef::name).toList());
        assertEquals("广西壮族自治区工业和信息化厅", o.issuer().name());
    }

    /** Texts that name proposals without answering one stay other: a handling summary, a proposal's own text, a news item. */
    @Test
    void aTextNamingProposalsWithoutAnsweringOneIsNoLetter() {
        for (String text : List.of("""
                宿迁市发展和改革委员会2023年建议提案办理工作总结
                发布日期:2023-12-15
                二、注重沟通协商。在办理第56号建议、第102号提案等重点件过程中,主动上门走访代表委员,面对面听取意见。
                """, """
                关于加快县域医共体建设的建议
                领衔代表:罗志强
                建议:
                一、完善医共体管理体制。
                """, """
                市政协召开重点提案督办推进会
                会上,市经信局、市科技局等主办单位分别汇报了《关于加快建设绍兴集成电路产业创新中心的提案》等重点提案的办理进展。
                """))
            assertEquals(DocType.OTHER, read(text).letter().type(), text);
    }

    /**
     * A writer that never names itself is at the level it calls itself (我市), not at the session's: a city's undertaking office
     * answering a provincial deputy (real letter r197) writes the city's letter; a letter that only says 我局 gets no level from it.
     */
    @Test
    void anUnnamedWriterIsAtTheLevelItCallsItself() {
        Letter city = read("""
                对河北省第十三届人民代表大会第二次会议第1834号建议的答复
                保承办字〔2019〕第27号
                石柱代表:
                您提出的关于“借势科技服务业推动保定高质量发展”的建议收悉,现答复如下:
                面对两大国家战略带来的重大历史机遇,我市立足特殊区位优势,全力服务保障雄安新区建设。河北省高度重视。
                一是加强组织机构建设。我市专门研究出台了《保定市战略性新兴产业发展三年行动计划》。河北省将继续支持。
                """).letter();
        assertNull(city.issuer());
        assertEquals("保定市", city.jurisdiction());
        assertEquals(new Assembly(AssemblyKind.PEOPLES_CONGRESS, "河北省"), city.proposal().session().assembly());
        // the level rule itself is tabled in JurisdictionFinderTest (the one jurisdiction finder)
    }

    /**
     * Published dates in more page layouts (real letters r182, r192, r215, r183): a 发布时间 with spaces inside, a written date
     * with its time on a bullet, the second of two bulleted dates under an unlabelled list; 发文日期 is the letter's own date.
     */
    @Test
    void publishedDatesInMorePageLayouts() {
        Letter spaced = read("""
                龙游县农业农村局关于对龙游县十四届人大四次会议第31号代表建议答复的函
                发布时间: 2025- 08- 11 21: 38
                姜xx代表:
                您在县十四届人大四次会议上提出的《关于建设横路祝村高标准农田整治项目的建议》已转至我局办理,现将有关情况答复如下:
                特此答复。
                龙游县农业农村局
                2025年6月19日
                """).letter();
        assertEquals(LocalDate.of(2025, 8, 11), spaced.published().value());
        assertEquals(LocalDate.of(2025, 6, 19), spaced.date().value());
        // the name the site masked (姜xx代表:) names no one: no proposer, the role stays (convention of r182/r240, SCORES.md)
        assertEquals(List.of(), spaced.proposal().proposers().stream().map(PersonRef::name).toList());
        assertEquals("代表", spaced.proposal().proposerRole());
        Letter bullet = read("""
                四川省科学技术厅对省政协十二届二次会议第0663号提案答复的函
                • 2019年07月17日 14时55分
                • 来源: 科学技术厅
                • 李云军委员:
                您提出的《关于进一步完善创新体系的提案》(第0663号提案)收悉,我厅高度重视,认真研究,现答复如下:
                """).letter();
        assertEquals(LocalDate.of(2019, 7, 17), bullet.published().value());
        assertEquals(List.of("李云军"), bullet.proposal().proposers().stream().map(PersonRef::name).toList());
        Letter twoDates = read("""
                • 416049270/2016-00278
                  • 郑州市科学技术局
                  • 提案
                  • 2016-06-06
                  • 2016-06-07
                关于市政协十四届三次会议第201600200号提案的答复
                尊敬的张三委员:
                您提出的“关于建设第六产业科学院的提案”收悉。现答复如下:
                """).letter();
        assertEquals(LocalDate.of(2016, 6, 7), twoDates.published().value());
        Letter issued = read("""
                索 引 号:014150122/2017-00132
                发文日期:2017年6月16日
                对市政协十四届一次会议第344号提案的答复
                周黎敏代表:
                您提出的《关于我市创新驱动发展的几点建议》已收悉,现答复如下:
                """).letter();
        assertNull(issued.published());
        assertEquals(LocalDate.of(2017, 6, 16), issued.date().value());
    }

    /** A long co-handler list in a metadata line, party offices and a list tail among them. */
    @Test
    void coHandlersListedInAMetadataLineAreRead() {
        Letter l = read("""
                主办单位:浙江省科学技术厅 会办单位:省委组织部、省委金融办(省地方金融局)、省发展改革委、省经信厅、省教育厅、省财政厅、省人力社保厅、省国资委、省市场监管局等单位
                浙江省科学技术厅关于省政协十三届三次会议第1号提案的答复
                民建省委会:
                贵单位提出的第1号提案《打通科技创新和产业创新融合路径》收悉。现答复如下:
                """).letter();
        assertEquals(List.of("省委组织部", "省委金融办", "省发展改革委", "省经信厅", "省教育厅", "省财政厅", "省人力社保厅", "省国资委",
                "省市场监管局"), l.coHandlers().stream().map(AgencyRef::surface).toList());
    }

    /** Co-handlers listed by their role in a closing paragraph, far below the answering sentence. */
    @Test
    void coHandlersListedInAClosingParagraphAreRead() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 40; i++) body.append("我局将继续加大工作力度,推动产业高质量发展。");
        Letter l = read("""
                张三代表:
                您提出的《关于加快发展的建议》收悉,现答复如下:
                """ + body + """

                本建议由市科技局主办,市发改委、市财政局、市委组织部会办。
                市科学技术局
                2024年5月6日
                """).letter();
        assertEquals(List.of("市发改委", "市财政局", "市委组织部"), l.coHandlers().stream().map(AgencyRef::surface).toList());
    }

    /** 生成日期 is when a page was generated, not its publication; a source line's time stamp is (real letters r145, r166). */
    @Test
    void aGenerationStampIsNoPublishedDateButASourceStampIs() {
        Letter generated = read("""
                索引号 000014349640000023/2025-00189 生成日期 2025-08-26
                张三代表:
                您提出的《关于发展枸杞产业的建议》收悉。现答复如下:
                """).letter();
        assertNull(generated.published());
        Letter stamped = read("""
                云南省农业厅对云南省第十二届人大五次会议第0165号建议的答复
                来源:农业厅办公室 2017-09-09 16:24:21
                李明峰代表:
                您提出的《关于将永仁县列为现代畜牧业重点县的建议》已交我厅研究办理,具体答复如下:
                感谢您的关心。
                云南省农业厅
                2017年6月16日
                (联系人及电话:云南省农业厅畜牧处 王瑞欣 65749510)
                """).letter();
        assertEquals(LocalDate.of(2017, 9, 9), stamped.published().value());
        assertEquals("王瑞欣", stamped.contact().name());
        assertEquals("65749510", stamped.contactPhone().value().number());
    }

    /**
     * A session naming only its level (市政协) in a letter whose jurisdiction the tables do not know: the place its own
     * sign-off writes (real letter r167's shape); a body named in passing is no place, and none is invented.
     */
    @Test
    void aSessionNamingOnlyItsLevelTakesThePlaceTheWriterWrites() {
        Letter signed = read("""
                对市政协十一届一次会议第112号提案的答复
                张伟鹏委员:
                您提出的“关于教育基础设施亟待提升”的提案收悉。现答复如下:
                近年来不断加大教育投入。
                2022年7月26日
                舞钢市教育体育局 联系电话:3303606 联系人:刘熠
                """).letter();
        assertEquals(new Assembly(AssemblyKind.CPPCC, "舞钢市"), signed.proposal().session().assembly());
        assertEquals("舞钢市教育体育局", signed.issuer().name());
        LetterExtractor.Result passing = read("""
                对区人大九届三次会议第24号建议的答复
                王五代表:
                您提出的建议收悉。现答复如下:
                近日区人民政府召开会议,研究部署社区服务中心建设。
                """);
        assertEquals(new Assembly(AssemblyKind.PEOPLES_CONGRESS, "区"), passing.letter().proposal().session().assembly());
        assertTrue(passing.diagnostics().stream().anyMatch(d -> d.code().equals("session-place")));
    }

    /**
     * A page that put its whole letter in one table cell (real letter r171's shape): 文号, signer, salutation, body, date and
     * contact on one line; the writer as the subject of the answer's first sentence.
     */
    @Test
    void aLetterFlattenedIntoOneLineKeepsItsParts() {
        Letter l = read("""
                对《加大对青云镇工业园区基础配套设施建设扶持力度的建议》的答复
                2022-07-01
                沭财复字〔2022〕4号 签发人:庞佃宝 尊敬的李晓林、周志勋等代表: 您提出的加大对青云镇工业园区基础配套设施建设扶持力度的建议已收悉,现答复如下: 财政局对青云工业园区基础配套设施建设发展高度重视,近年来先后投入资金。 感谢您对财政工作的关心和支持! 2022年7月1日 联系科室、人员及电话:经建科6211754 抄送:县政府办公室 |
                """).letter();
        assertEquals(List.of("李晓林", "周志勋"), l.proposal().proposers().stream().map(PersonRef::name).toList());
        assertEquals("代表", l.proposal().proposerRole());
        assertEquals("沭财复字〔2022〕4号", l.docNumber().value());
        assertEquals(LocalDate.of(2022, 7, 1), l.date().value());
        assertEquals("财政局", l.issuer().surface());
    }

    /**
     * The writer where batches 21-25 put it (real letters r164, r170, r226, r248, r262): acting in the third person, taking up
     * the proposal in the acknowledgement over a portal label naming the city government, a sign-off cut short completed only
     * by the name the letter writes whole; co-handlers listed in the opening act in the third person too and are no writer.
     */
    @Test
    void theWriterInTheThirdPersonAndCutShort() {
        Letter acting = read("""
                对市十六届人大三次会议第0629号代表建议的答复
                发布日期:2025-11-18
                谢吉华代表:
                您提出的“关于建设未来谷科技服务业集聚区的建议”收悉,经研究,现将办理情况答复如下:
                一、工作进展情况
                围绕科技服务业发展需求,市科委积极推进功能型平台建设。
                """).letter();
        assertEquals("市科委", acting.issuer().surface());
        assertEquals(LocalDate.of(2025, 11, 18), acting.published().value());
        Letter overPortal = read("""
                发文机关: | 盘锦市政府 | 成文日期: | |
                发文字号: | 发布日期: | 2020-10-30 | |
                对市政协八届三次会议《关于加大对国家级研发平台扶持力度的提案》第015号提案的答复
                尊敬的龚姚进委员:
                您提出的《关于加大对国家级研发平台扶持力度的提案》己收悉,非常感谢您的关心和支持,市科技局非常重视您提出的提案,现答复如下:
                多年来,市科技局高度重视重点试验室的建设。
                """).letter();
        assertEquals("市科技局", overPortal.issuer().surface());
        assertEquals(LocalDate.of(2020, 10, 30), overPortal.published().value());
        Letter portalGovernment = read("""
                发文机关: | 盘锦市政府 | 成文日期: | |
                对市政协八届三次会议第015号提案的答复
                尊敬的龚姚进委员:
                您提出的《关于加大对国家级研发平台扶持力度的提案》收悉,现答复如下:
                市科技局将在市政府的统筹下开展工作。
                """).letter();
        assertEquals("盘锦市政府", portalGovernment.issuer().surface(), "a body acting in the body does not outrank the page's label");
        Letter cut = read("""
                陕西省发展和改革委员会
                对省十二届人大六次会议第283号建议的答复函
                朱忠孝代表:
                您提出的《关于支持渭南新能源汽车产业加快发展的建议》(第283号)收悉。现答复如下:
                欢迎多联系、多提宝贵意见。
                陕西省发展和改革委
                """).letter();
        assertEquals("陕西省发展和改革委员会", cut.issuer().surface());
        Letter notWhole = read("""
                对省十二届人大六次会议第283号建议的答复函
                朱忠孝代表:
                您提出的《关于支持渭南新能源汽车产业加快发展的建议》(第283号)收悉。现答复如下:
                欢迎多联系、多提宝贵意见。
                陕西省发展和改革委
                """).letter();
        assertEquals("陕西省发展和改革委", notWhole.issuer().surface(), "a cut name is reported as it is when the letter writes no whole one");
        Letter coHandlers = read("""
                关于市政协十七届二次会议第0566号提案的答复
                张三委员:
                您提出的《关于推进再生资源回收利用的提案》收悉。经商市生态环境局、市商务局、市工信局,现答复如下:
                近年来,市工信局积极推动工业领域再生资源利用。
                """).letter();
        assertNull(coHandlers.issuer(), "a co-handler listed in the opening is no writer");
    }

    /** Published dates batches 21-25 missed (r217, r225, r232): a stamp line before 来源, a search form's empty date, font controls. */
    @Test
    void publishedDatesOfBatches21To25() {
        Letter searchForm = read("""
                发布日期:   至
                  • 发布机关 :国家新闻出版广电总局
                  • 发布日期 :2017-10-30
                对十二届全国人大五次会议第1085号建议的答复
                姚晓英代表:
                您提出的《关于精准扶持乡土传统文化业态,加大文化扶贫力度的建议》收悉。现答复如下:
                """).letter();
        assertEquals(LocalDate.of(2017, 10, 30), searchForm.published().value());
        assertEquals("国家新闻出版广电总局", searchForm.issuer().surface());
        Letter controls = read("""
                深圳市科技创新委员会关于市人大六届三次会议第20170275号建议答复的函
                信息来源:深圳市科技创新委员会 发布时间:2017-10-31 A-A+ 视力保护色:
                尊敬的张伟等六位代表:
                深圳市第六届人民代表大会第三次会议第20170275号建议《关于打造深圳的亚洲硅谷中心的建议》收悉。
                """).letter();
        assertEquals(LocalDate.of(2017, 10, 31), controls.published().value());
        Letter range = read("""
                发布日期: 2017-10-31 至 2018-01-01
                姚晓英代表:
                您提出的《关于精准扶持乡土传统文化业态的建议》收悉。现答复如下:
                """).letter();
        assertNull(range.published(), "a search form's range is no page date");
    }
}
