package org.replygraph.extract.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The issuer of a text that is no letter (a news item, a notice). */
class IssuerFinderTest {
    private final IssuerFinder finder = new IssuerFinder();
    private final MetadataParser metadata = new MetadataParser();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', value = {
            "市政协召开重点提案督办推进会\\n发布时间:2024-05-16 09:30 来源:绍兴市政协办公室 【字体:大 中 小】\\n5月15日,市政协召开会议。#绍兴市政协办公室",
            "发布机构:嘉兴市经济和信息化局 发布日期:2023-03-02\\n近日,市经信局印发《实施方案》。#嘉兴市经济和信息化局",
            "来源:浙江日报\\n近日,省经信委出台了《关于开展省级制造业创新中心创建工作的实施方案》。#省经信委",
            "近日,省经信委出台了《关于开展省级制造业创新中心创建工作的实施方案》。#省经信委",
            "江西省科学技术厅关于2024年度江西省重点实验室拟认定名单的公示\\n根据《管理办法》,拟认定以下实验室。#江西省科学技术厅",
            // audit of issue 9, 2.5 (gap G1): a notice signed by its body, its name alone right above the closing date
            "关于印发《示例市科技创新券管理办法》的通知\\n各区科技主管部门:\\n现将《示例市科技创新券管理办法》印发给你们,请遵照执行。\\n示例市科学技术局\\n2023年4月14日#示例市科学技术局",
            "关于做好春季农田水利建设的通知\\n各乡镇:\\n根据省水利厅印发的《农田水利建设规划》,现就有关事项通知如下。\\n示例县人民政府办公室\\n二〇二三年三月二日\\n#示例县人民政府办公室",
    })
    void readsTheIssuerOfAReport(String text, String issuer) {
        text = text.replace("\\n", "\n");   // CSV rows write line breaks as \\n
        Metadata meta = metadata.parse(text, 0, text.length());
        assertEquals(issuer, finder.ofReport(text, text.length(), meta).orElseThrow().value());
    }

    /** Where real letters (r001, r068, r071, r076, r081) name their writer in the header (issue 9 §2). */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', value = {
            "工业和信息化部对十三届全国人大五次会议第3836号建议的答复\\n工信建议〔2022〕27号\\n闫丽娟代表:\\n您提出的建议收悉。#工业和信息化部",
            "南宫市交通运输局 对南宫市第九届人民代表大会第二次会议的第46号建议的答复\\n秦振兴代表: 您提出的建议收悉#南宫市交通运输局",
            "首页/ 正文\\n蓝田县教育局对县政协第十三届二次会议第008号提案的复函\\n尊敬的杨昭委员:\\n您提出的提案收悉。#蓝田县教育局",
            "唐山市丰南区农业农村局\\n对丰南区第七届人民代表大会\\n第三次会议第20号建议的答复\\n李任忠代表:\\n您提出的建议收悉#唐山市丰南区农业农村局",
            // a two-char body before 委 in the heading outranks the page's 来源 naming its office (real letter r107)
            "市科委关于对市政协十三届五次会议第0057号提案的答复\\n来源:科委办公室 发布时间:2017-11-14 04:15\\n中国民主同盟某市委员会:\\n贵党派提出的提案收悉#市科委",
            "王五委员:\\n你们提出的意见和建议收悉。我局领导班子非常重视。\\n联系单位:新密市住房和城乡建设局\\n联 系 人:张 雷 联系电话:56155520#新密市住房和城乡建设局",
            "李四代表:\\n您提出的建议收悉。我局将待方案拿出后实施。\\n联系单位及电话:郑州市上街区城市管理局 68118611\\n抄 报:区政协办公室#郑州市上街区城市管理局",
            "王俊波代表:\\n您提出的《关于新建城区绿色食品产业园的建议》已收悉。现根据建议,结合区发改局主要职能,我局将特色小镇重新调整。#区发改局",
            // the writer in parentheses after the heading outranks the page's source (real letter r021: 来源:人大办公室)
            "对县十六届人大一次会议第3号建议的答复(水利局)\\n发布日期:2012-06-18 0:0 作者:xksh 来源:人大办公室\\n王孝友代表:\\n你提出的建议收悉。#水利局",
            // the writer describing itself in the third person by its role, with no heading or sign-off (real letter r133)
            "第十二讨论组:\\n贵组提出的关于“我区智能制造业集群发展的建议”的提案收悉,现答复如下:\\n天桥区工信局作为行业管理部门,推动我区智能制造业集群发展#天桥区工信局",
            "张三委员:\\n您提出的提案收悉。现答复如下:\\n市住房城乡建设局作为行业主管部门,高度重视#市住房城乡建设局",
            "索引号: 1134/202305-00037\\n发布机构: 宁国市文旅局(市广电新闻出版局)\\n关于市政协第十一届第二次会议第38号提案的答复\\n张三委员:\\n您提出的提案收悉#宁国市文旅局(市广电新闻出版局)",
            // a heading broken after its session (real letter r165)
            "教育部对十二届全国人大五次会议\\n第7508号建议的答复\\n你们提出的《关于深化教育供给侧结构性改革的建议》收悉,经研究,现答复如下:#教育部",
            // the writer as the subject of the answer's first sentence, in the third person (real letters r171, r167)
            "尊敬的李晓林、周志勋等代表:\\n您提出的加大对青云镇工业园区基础配套设施建设扶持力度的建议已收悉,现答复如下: 财政局对青云工业园区基础配套设施建设发展高度重视,近年来#财政局",
            "张伟鹏、孙爱玲、杨巧云委员:\\n您们提出的“关于教育基础设施亟待提升”的提案收悉。现答复如下:\\n教育基础设施建设是重要的民生工程,教体局始终把它作为重中之重的工作来抓。#教体局",
            // a government's general office that published the page forwards a bureau's reply (real letter r170)
            "时间:2023-11-28 15:21 来源:区政府办\\n佟显涛代表:\\n您提出的建议收悉,现答复如下:\\n区工信局始终重视国有企业的发展。#区工信局",
            "时间:2023-11-28 15:21 来源:区政府办\\n佟显涛代表:\\n您提出的建议收悉,现答复如下:\\n国有企业在经济发展中扮演着重要角色。#区政府办",
            // batches 21-25: a body acting in the third person outranks a general office that published the page (r170)
            "时间:2023-11-28 15:21 来源:区政府办\\n佟显涛代表:\\n您提出的建议收悉,现答复如下:\\n二道区政府十分重视国有企业的发展。进一步加强合作,二道区工信局将在二道区委、区政府的高位统筹下开展工作。#二道区工信局",
            // the motion said to be led by a body further down (r260); a news item saying who published the reply (r220)
            "张三委员:\\n你们提出的提案收悉。现将办理结果答复如下:\\n一、办理过程\\n按照省政府、省政协的工作部署,提案由省农业农村厅主办,成立了办理工作专班。#省农业农村厅",
            "应急管理部网站1月17日消息,应急管理部发布《关于政协第十三届全国委员会第五次会议第03503号(工交邮电类388号)提案答复的函》,以下为全文:\\n汪利民委员:\\n您提出的《关于鼓励引导家庭物资储备的提案》收悉,经商国家发展改革委,现答复如下:#应急管理部",
            // a ministry department as the page's source (r218)
            "2020-12-09 18:47来源:救灾和物资保障司\\n对十三届全国人大三次会议\\n8718号建议的答复\\n丁烈云代表:\\n您提出的建议收悉,现答复如下:#救灾和物资保障司",
            // a page cut before its sign-off: the writer, a sub-unit, named right after the motion it answers (batch 29)
            "李小明代表您好:\\n关于增设路灯解决学校门口车辆违停的建议,某某交警大队高度重视,已与规划部门研究商讨。#某某交警大队",
    })
    void readsTheIssuerOfALetterFromItsHeader(String text, String issuer) {
        text = text.replace("\\n", "\n");
        LetterLayout layout = LetterLayout.of(text, new SalutationParser());
        Metadata meta = metadata.parse(text, 0, layout.headerEnd());
        SignOff none = new SignOff(null, null, null, java.util.List.of());
        assertEquals(issuer, finder.ofLetter(text, layout, none, meta).orElseThrow().value());
    }

    /** 对 opens an issuer's heading only when the line goes on to a proposal; a sentence or a title names none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "市教育局对学校周边环境开展专项整治\\n张三代表:\\n您提出的建议收悉。",
            "县人民政府对全县道路进行了排查,发现问题12处\\n李四委员:\\n您提出的提案收悉。",
            "我局关于第3号提案的答复\\n李四委员:\\n您提出的提案收悉。",
            // a contact unit that is no body, or a unit named in prose
            "李四委员:\\n您提出的提案收悉。\\n联系单位:城关镇幸福村\\n联系人:张三",
            "李四委员:\\n您提出的提案收悉。如有疑问请与联系单位:市财政局相关科室确认",
            // another body's functions, then the writer of another kind
            "李四委员:\\n您提出的提案收悉。结合市财政局职能,我委将积极争取资金。",
            "李四委员:\\n您提出的提案收悉。经与区财政局沟通,我局将积极争取资金。",
            // the issuer of a document the letter cites, on a line of its own above the salutation, is not the writer
            "省财政厅关于印发《专项资金管理办法》的通知\\n张三代表:\\n您提出的建议收悉。",
            // a body said to co-handle or take part is not the writer, nor a body of a document the letter cites
            "李四委员:\\n您提出的提案收悉。\\n市财政局作为协办单位,积极争取资金。",
            "李四委员:\\n您提出的提案收悉。\\n区教育局作为成员单位参与联席会议。",
            "李四委员:\\n您提出的提案收悉。\\n省发改委印发的《实施方案》作为指导文件,明确了部门分工。",
            "李四委员:\\n您提出的提案收悉。我们将把乡村旅游作为我县旅游产业的抓手。",
            // a body named in the answer's first sentence but not as its subject, or past its opening sentences
            "李四委员:\\n您提出的提案收悉,现答复如下:\\n根据市财政局的意见,我们将积极争取资金。",
            "李四委员:\\n您提出的提案收悉,现答复如下:\\n近年来,县委、县政府高度重视乡村道路建设。市交通局历来高度重视。",
            // a party committee is never the writer of a reply
            "李四委员:\\n您提出的提案收悉,现答复如下:\\n中共某某县委始终高度重视乡村道路建设。",
            // a body leading something other than the motion; a clause read as a name; a government acting
            "李四委员:\\n您提出的提案收悉,现答复如下:\\n全省高新区列入标准化建设试点园区,由省直部门分别挂钩联系,其中龙岩高新区由省人社厅牵头挂钩。",
            "李四委员:\\n您提出的提案收悉,现答复如下:\\n我局将继续加强沟通,市属道路建设施工时我局将积极配合市住建局。",
            "李四委员:\\n您提出的提案收悉,现答复如下:\\n二道区政府十分重视国有企业的发展,区政府将持续支持。",
    })
    void aBodyActingInTheHeaderIsNoIssuer(String text) {
        text = text.replace("\\n", "\n");
        LetterLayout layout = LetterLayout.of(text, new SalutationParser());
        Metadata meta = metadata.parse(text, 0, layout.headerEnd());
        assertTrue(finder.ofLetter(text, layout, new SignOff(null, null, null, java.util.List.of()), meta).isEmpty(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {"来源:新华社\\n5月15日,全国政协召开双周协商座谈会。", "本网讯 近日召开座谈会。",
            // audit of issue 9, 2.5/2.6: a person signing is no body; a body the text cites (…印发的《…》) issued another document
            "关于开展读书月活动的通知\\n各位同事:\\n现将有关事项通知如下。\\n李小明\\n2023年4月14日",
            "关于做好春季农田水利建设的通知\\n各乡镇:\\n根据省水利厅印发的《农田水利建设规划》,现就有关事项通知如下。\\n2023年3月2日",
            // a body signing above a date that is not the text's end (a link list follows) is no sign-off
            "关于开展读书月活动的通知\\n现将有关事项通知如下。\\n示例市图书馆办公室\\n2023年4月14日\\n相关链接:张三的读书笔记"})
    void aReportWithoutAnAgencyHasNoIssuer(String text) {
        text = text.replace("\\n", "\n");
        Metadata meta = metadata.parse(text, 0, text.length());
        assertTrue(finder.ofReport(text, text.length(), meta).isEmpty(), text);
    }
}
