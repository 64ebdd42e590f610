package org.replygraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pages shaped like the real letters (src/test/resources/real): what the cleaner keeps as the document. */
class BodyFinderTest {
    private final TextCleaner cleaner = new TextCleaner();

    static Stream<Arguments> pages() {
        return Stream.of(
                // news mirror of a ministry reply (batch 14): site name and welcome banner, breadcrumb, author placeholder
                // above the salutation; source link, disclaimer and related articles after the sign-off and date
                Arguments.of("news mirror", """
                        政讯通中心
                        欢迎访问土地时评网!
                        当前所在:首页 > 通知公告 > 正文
                        对十四届全国人大二次会议第2664号建议的答复摘要
                        发布时间:2024-07-20 来源: 中华人民共和国农业农村部 作者:佚名
                        贾晓东代表:
                        我部高度重视东北地区粮食生产工作,持续加大东北地区良种创制应用、重点品牌推广、粮食生产绿色发展等工作支持力度。
                        农业农村部
                        2024年7月12日
                        原文链接:http://www.moa.gov.cn/govpublic/ZZYGLS/202407/t20240718_6459303.htm
                        [免责声明] 本文来源于网络转载,仅供学习交流使用,不构成商业目的。版权归原作者所有,如涉及作品内容、版权和其它问题,请在30日内与本网联系。
                        """, """
                        对十四届全国人大二次会议第2664号建议的答复摘要
                        发布时间:2024-07-20 来源: 中华人民共和国农业农村部
                        贾晓东代表:
                        我部高度重视东北地区粮食生产工作,持续加大东北地区良种创制应用、重点品牌推广、粮食生产绿色发展等工作支持力度。
                        农业农村部
                        2024年7月12日"""),
                // a ministry's heading broken after its session (batch 17): both lines are the heading, the breadcrumb is not
                Arguments.of("heading broken after the session", """
                        当前位置:首页 > 公开
                        教育部对十二届全国人大五次会议
                        第7508号建议的答复
                        教建议〔2017〕第39号
                        你们提出的《关于深化教育供给侧结构性改革的建议》收悉,经研究,现答复如下:
                        我部高度重视教育领域供给侧结构性改革,切实加强相关重大理论和实践问题研究。
                        """, """
                        教育部对十二届全国人大五次会议
                        第7508号建议的答复
                        教建议〔2017〕第39号
                        你们提出的《关于深化教育供给侧结构性改革的建议》收悉,经研究,现答复如下:
                        我部高度重视教育领域供给侧结构性改革,切实加强相关重大理论和实践问题研究。"""),
                // the letter ends at its signer over its date: prose after it is the page's, whatever it says
                Arguments.of("prose after the sign-off", """
                        李四代表:
                        您提出的关于修建乡村道路的建议收悉,现答复如下:我局已将该路纳入明年计划,感谢您对交通运输工作的关心和支持。
                        示例县交通运输局
                        2023年8月8日
                        本网转载的文章仅代表作者观点,与本站立场无关。如有侵权,请联系本站删除,我们将在第一时间处理。
                        """, """
                        李四代表:
                        您提出的关于修建乡村道路的建议收悉,现答复如下:我局已将该路纳入明年计划,感谢您对交通运输工作的关心和支持。
                        示例县交通运输局
                        2023年8月8日"""),
                // not cut: attachments the sign-off announces are the document's (a co-handler's opinion, signed itself)
                Arguments.of("attachments after the sign-off", """
                        杨丽萍代表:
                        您提出的《关于做强永宁县酿酒葡萄产业的建议》收悉,现答复如下:我局将加强与县财政局的沟通,争取更多项目资金。
                        永宁县农业农村局
                        2024年6月12日
                        附件:会办意见
                        县财政局会办意见:我局将积极统筹涉农资金,支持酿酒葡萄基地建设。
                        县财政局
                        2024年6月5日
                        网站地图
                        """, """
                        杨丽萍代表:
                        您提出的《关于做强永宁县酿酒葡萄产业的建议》收悉,现答复如下:我局将加强与县财政局的沟通,争取更多项目资金。
                        永宁县农业农村局
                        2024年6月12日
                        附件:会办意见
                        县财政局会办意见:我局将积极统筹涉农资金,支持酿酒葡萄基地建设。
                        县财政局
                        2024年6月5日"""),
                // county site: welcome line before the heading, editor and prev/next after the contact line
                Arguments.of("heading to contact", """
                        今天是:
                        欢迎访问马关县人民政府门户网
                        马关县交通运输局关于马关县第十八届人大二次会议第124号建议的答复函
                        杨开顺代表:
                        你提出的“关于解决八寨镇道路硬化的建议”收悉,现答复如下:感谢你对交通运输工作的关心和支持。
                        马关县交通运输局
                        2023年8月8日
                        联系人及电话:杨谦堂,0876-1234567
                        责任编辑:周永瑞
                        网站地图 关于我们
                        """, """
                        马关县交通运输局关于马关县第十八届人大二次会议第124号建议的答复函
                        杨开顺代表:
                        你提出的“关于解决八寨镇道路硬化的建议”收悉,现答复如下:感谢你对交通运输工作的关心和支持。
                        马关县交通运输局
                        2023年8月8日
                        联系人及电话:杨谦堂,0876-1234567"""),
                // metadata with labels and values on separate lines stays, the search box above it goes
                Arguments.of("metadata on separate lines", """
                        高级检索
                        索 引 号
                        07B060305201800815
                        文 号
                        农办议[2018]200号
                        对十三届全国人大一次会议第3134号建议的答复
                        你们提出的关于加大对水源地深度贫困地区支持力度的建议收悉,经商国家发展改革委,答复如下。
                        农业农村部
                        2018年9月26日
                        抄送:国家发展改革委
                        相关文章
                        """, """
                        索 引 号
                        07B060305201800815
                        文 号
                        农办议[2018]200号
                        对十三届全国人大一次会议第3134号建议的答复
                        你们提出的关于加大对水源地深度贫困地区支持力度的建议收悉,经商国家发展改革委,答复如下。
                        农业农村部
                        2018年9月26日
                        抄送:国家发展改革委"""),
                // a heading broken over lines with the issuer above it, a date whose 年月日 the page lost
                Arguments.of("broken heading, digit date", """
                        2023年11月5日 星期天
                        高平市卫生健康和体育局
                        关于对市七届人大五次会议第71号建议的
                        答 复
                        尊敬的王爱珍代表:
                        您好!您所提的“关于改善神农卫生院就医环境的建议”收悉,现答复如下。
                        城口县发展和改革委员会
                        2022711
                        扫码查看更多
                        """, """
                        高平市卫生健康和体育局
                        关于对市七届人大五次会议第71号建议的
                        答 复
                        尊敬的王爱珍代表:
                        您好!您所提的“关于改善神农卫生院就医环境的建议”收悉,现答复如下。
                        城口县发展和改革委员会
                        2022711"""),
                // an agency addressed (会办意见), unlabelled bullet metadata above
                Arguments.of("agency addressed, bullets", """
                        网站首页 新闻中心 政务公开
                        • MB0Q15011/2024-00027
                        • 2024-06-14
                        区经委:
                        提案人常洁提出的关于工业设计的提案收悉,经研究,现将会办意见函告如下,以上意见供你单位统一答复时参考。
                        联系人姓名:阮 钢 联系电话:59103175
                        上海市嘉定区国有资产监督管理委员会
                        2020年4月8日
                        """, """
                        • MB0Q15011/2024-00027
                        • 2024-06-14
                        区经委:
                        提案人常洁提出的关于工业设计的提案收悉,经研究,现将会办意见函告如下,以上意见供你单位统一答复时参考。
                        联系人姓名:阮 钢 联系电话:59103175
                        上海市嘉定区国有资产监督管理委员会
                        2020年4月8日"""),
                // joint signers on one line, a date in digits, the date at the top and the signer last, 元月, 号
                Arguments.of("joint signers", """
                        关于区政协十五届三次会议第0067号提案的联合答复
                        民进徐汇区委:
                        你们提出的《关于打造人工智能创新策源高地的提案》收悉,现答复如下,感谢你们对科技创新工作的关心和支持。
                        上海市徐汇区科学技术委员会 上海市徐汇区财政局
                        2024/5/10
                        网站首页 新闻中心
                        """, """
                        关于区政协十五届三次会议第0067号提案的联合答复
                        民进徐汇区委:
                        你们提出的《关于打造人工智能创新策源高地的提案》收悉,现答复如下,感谢你们对科技创新工作的关心和支持。
                        上海市徐汇区科学技术委员会 上海市徐汇区财政局
                        2024/5/10"""),
                Arguments.of("signer last", """
                        舟山市海洋与渔业局
                        2024年5月29日
                        王海东代表:
                        您提出的关于远洋渔业发展的建议收悉,现答复如下:全市现有远洋渔船600余艘,感谢您的关心和支持
                        舟山市海洋与渔业局
                        """, """
                        舟山市海洋与渔业局
                        2024年5月29日
                        王海东代表:
                        您提出的关于远洋渔业发展的建议收悉,现答复如下:全市现有远洋渔船600余艘,感谢您的关心和支持
                        舟山市海洋与渔业局"""),
                Arguments.of("labelled closing", """
                        周建军代表:
                        您提出的关于数字经济发展的建议收悉,现答复如下:感谢您对全市经济和信息化工作的关心和支持。
                        答复单位:嘉兴市经济和信息化局
                        答复日期:2024年6月15日
                        上一条:关于第0087号建议的答复
                        """, """
                        周建军代表:
                        您提出的关于数字经济发展的建议收悉,现答复如下:感谢您对全市经济和信息化工作的关心和支持。
                        答复单位:嘉兴市经济和信息化局
                        答复日期:2024年6月15日"""),
                Arguments.of("元月 and 号", """
                        罗明亮代表:
                        您提出的关于科技创新的建议收悉,现答复如下:感谢您对贵阳科技创新工作的关心和支持。
                        贵阳市科学技术局
                        二〇二四年元月八日
                        湖州市科学技术局
                        2024年6月5号
                        扫描二维码
                        """, """
                        罗明亮代表:
                        您提出的关于科技创新的建议收悉,现答复如下:感谢您对贵阳科技创新工作的关心和支持。
                        贵阳市科学技术局
                        二〇二四年元月八日
                        湖州市科学技术局
                        2024年6月5号"""),
                // no sign-off: the letter ends at its last paragraph, a page cut short mid-sentence included
                Arguments.of("no sign-off", """
                        县政协社会和法制委员会:
                        您提出的“关于将西安闸改扩建为小(二)型水库的提案”收悉,现答复如下:近年来国家对小型水库建设高度重视,
                        感谢您对我县水利事业的关心和支持
                        相关链接
                        """, """
                        县政协社会和法制委员会:
                        您提出的“关于将西安闸改扩建为小(二)型水库的提案”收悉,现答复如下:近年来国家对小型水库建设高度重视,"""),
                // no sign-off, a table after the last paragraph (batch 21): the caption and its cells are the letter's, one
                // cell per line to the page's end; without a caption the short lines after the prose are the page's
                Arguments.of("no sign-off, a table", """
                        丹西街道:
                        现将我局协办意见答复如下:目前,我县的主要科创服务平台包括三块,主要为科技型初创企业提供办公场地、项目申报等服务。
                        县内主要科创平台一览表
                        序号
                        平台名称
                        1
                        象山半岛农业星创天地
                        """, """
                        丹西街道:
                        现将我局协办意见答复如下:目前,我县的主要科创服务平台包括三块,主要为科技型初创企业提供办公场地、项目申报等服务。
                        县内主要科创平台一览表
                        序号
                        平台名称
                        1
                        象山半岛农业星创天地"""),
                Arguments.of("no sign-off, no caption", """
                        丹西街道:
                        现将我局协办意见答复如下:目前,我县的主要科创服务平台包括三块,主要为科技型初创企业提供办公场地、项目申报等服务。
                        相关链接
                        网站地图
                        """, """
                        丹西街道:
                        现将我局协办意见答复如下:目前,我县的主要科创服务平台包括三块,主要为科技型初创企业提供办公场地、项目申报等服务。"""),
                // a date inside the text is not a sign-off; the sign-off after it is
                Arguments.of("dates in the text", """
                        王立超 委员
                        您提出的关于学校门口交通秩序的提案收悉。现答复如下:
                        2021年3月5日
                        我局在学校周边设置了护学岗,今后将继续加强管理,感谢您对公安交通管理工作的关心。
                        盘锦市公安局交通警察支队
                        2021年6月1日
                        上一条:关于第53号提案的答复
                        """, """
                        王立超 委员
                        您提出的关于学校门口交通秩序的提案收悉。现答复如下:
                        2021年3月5日
                        我局在学校周边设置了护学岗,今后将继续加强管理,感谢您对公安交通管理工作的关心。
                        盘锦市公安局交通警察支队
                        2021年6月1日"""),
                // batches 21-25 (r217): the ministry page's stamp of date, time and source above a heading broken after its
                // session is the document's; a news line with a time above the breadcrumb is not
                Arguments.of("stamp line above the heading", """
                        2020-12-08 10:00 应急管理部召开新闻发布会
                        首页>公开>建议提案办理>人大代表建议答复摘要
                        2020-12-09 18:49来源:救援协调局
                        对十三届全国人大三次会议
                        3385号建议的答复
                        应急建函〔2020〕102号
                        田春艳代表:
                        您提出的关于健全城市交通基础设施突发灾害应急管理体系的建议收悉,经商交通运输部,现答复如下:
                        """, """
                        2020-12-09 18:49来源:救援协调局
                        对十三届全国人大三次会议
                        3385号建议的答复
                        应急建函〔2020〕102号
                        田春艳代表:
                        您提出的关于健全城市交通基础设施突发灾害应急管理体系的建议收悉,经商交通运输部,现答复如下:"""),
                // r224: labels on lines of their own, values below, some labels no list holds (机构分类, 行业分类, 公文类型)
                Arguments.of("labels of the page's own classification", """
                        关于十三届全国人大四次会议第3902号建议的答复函
                        文号
                        交水建字〔2021〕1号
                        公开日期
                        2022年01月19日
                        机构分类
                        水运局
                        主题分类
                        建议提案复文公开
                        行业分类
                        水上货物运输
                        公文类型
                        其他
                        徐珏慧代表:
                        您提出的《关于推动政策协同,支持上海打造世界一流航运枢纽的建议》收悉。现将我部的分办意见答复如下:
                        """, """
                        关于十三届全国人大四次会议第3902号建议的答复函
                        文号
                        交水建字〔2021〕1号
                        公开日期
                        2022年01月19日
                        机构分类
                        水运局
                        主题分类
                        建议提案复文公开
                        行业分类
                        水上货物运输
                        公文类型
                        其他
                        徐珏慧代表:
                        您提出的《关于推动政策协同,支持上海打造世界一流航运枢纽的建议》收悉。现将我部的分办意见答复如下:"""),
                // r267: the reply's class alone on the first line; r256: a spaced 经 办 人 line closes the sign-off
                Arguments.of("class line and spaced contact label", """
                        A
                        旺苍县教育局
                        关于对县政协十届六次会议第11号提案
                        答复的函
                        民盟旺苍县基层委员会:
                        贵党派提出的《关于构建特色职业教育产教融合体系的建议》(第11号提案)已收悉,现答复如下:我局将认真研究落实。
                        旺苍县教育局
                        2021年4月20日
                        抄 报:县政府办 县政协提案委 联系单位: 县教育局
                        经 办 人: 王石罗 联系电话: 2261277
                        相关链接
                        """, """
                        A
                        旺苍县教育局
                        关于对县政协十届六次会议第11号提案
                        答复的函
                        民盟旺苍县基层委员会:
                        贵党派提出的《关于构建特色职业教育产教融合体系的建议》(第11号提案)已收悉,现答复如下:我局将认真研究落实。
                        旺苍县教育局
                        2021年4月20日
                        抄 报:县政府办 县政协提案委 联系单位: 县教育局
                        经办人: 王石罗 联系电话: 2261277"""),
                // r295: a co-handler's opinion headed "…建议的会办意见" behind its glued 文号, the addressee without colon,
                // and a closing sentence that names 答复 (以上意见供…答复代表时参考。) but is no heading
                Arguments.of("co-handling opinion, closing sentence no heading", """
                        发布时间:2024-08-27 浏览次数: 【字体:
                        示例办理〔2024〕3号关于对区七届人大四次会议 第T021号代表建议的会办意见
                        区交通委
                        王五代表提出的关于改造背街小巷的代表建议收悉,经研究,现将会办意见函告如下
                        一、街道将配合做好施工期间的交通组织和居民沟通工作。
                        以上意见供你单位统一答复代表时参考。
                        示例区某某街道办事处
                        2024年3月22日
                        网站地图
                        """, """
                        发布时间:2024-08-27
                        示例办理〔2024〕3号关于对区七届人大四次会议 第T021号代表建议的会办意见
                        区交通委
                        王五代表提出的关于改造背街小巷的代表建议收悉,经研究,现将会办意见函告如下
                        一、街道将配合做好施工期间的交通组织和居民沟通工作。
                        以上意见供你单位统一答复代表时参考。
                        示例区某某街道办事处
                        2024年3月22日"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void keepsTheDocumentAndDropsThePageAroundIt(String name, String page, String document) {
        CleanText ct = cleaner.clean(page);
        assertTrue(ct.bodyFound(), name);
        assertEquals(document, ct.text());
    }

    static Stream<Arguments> salutations() {
        return Stream.of(
                Arguments.of("赵治海等6名代表:", true),
                Arguments.of("席文、胡季强、郑亚莉、林天干、陈玮、郑裕财代表: 你们在十三届全国人大三次会议上提出的建议收悉。", true),
                Arguments.of("毛红波、高大军、陈亚徽、何泽辉、陈秋兰、邹飞燕、林春、刘小华、许冬霞、戴伟荣、周波、周六平、刘爱兵代表:", true),
                Arguments.of("尊敬的王亚春区人大代表:", true),
                Arguments.of("瓦渡乡政协联络组:", true),
                Arguments.of("区林业局:", true),
                Arguments.of("王立超 委员", true),
                // not a salutation: a metadata label, a nav item, a sentence ending in a colon
                Arguments.of("发布机构:", false),
                Arguments.of("人大代表建议", false),
                Arguments.of("经研究,我局现就有关情况答复如下:", false));
    }

    /** The line opening the letter is found in the forms real pages use; labels and prose are not taken for it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("salutations")
    void findsTheSalutation(String line, boolean salutation) {
        String page = "网站首页 新闻中心\n" + line + "\n您提出的关于修建乡村道路的建议收悉,我局高度重视,现将办理情况答复如下。\n网站地图";
        CleanText ct = cleaner.clean(page);
        assertEquals(salutation, ct.bodyFound(), ct.text());
        if (salutation) assertTrue(ct.text().startsWith(line.strip()), ct.text());
    }

    @Test
    void offsetsStillPointIntoTheOriginalPage() {
        String page = "欢迎访问示例县人民政府门户网\n张三代表:\n您提出的关于修路的建议收悉,现答复如下:我局已将该路纳入计划,感谢您的关心。\n示例县交通运输局\n2023年8月8日\n网站地图";
        CleanText ct = cleaner.clean(page);
        int s = ct.text().indexOf("示例县交通运输局");
        assertEquals("示例县交通运输局", ct.originalSlice(s, s + 8));
        assertEquals(page.indexOf("示例县交通运输局"), ct.originalStart(s));
    }

    /** A signing date closed by a table's border (2023年8月8日 |) still signs the letter after its closing line. */
    @Test
    void aDateWithATableBorderSignsTheLetter() {
        String page = "关于县九届人大二次会议第46号建议的答复\n张三代表:\n您提出的关于修路的建议收悉,现答复如下:我局已将该路纳入计划。\n"
                + "感谢您对我们工作的关心和支持。\n2023年8月8日 |";
        CleanText ct = cleaner.clean(page);
        assertTrue(ct.text().endsWith("2023年8月8日 |"), ct.text());
    }

    static Stream<Arguments> noBody() {
        return Stream.of(
                Arguments.of("发布日期:2023-08-04 10:28 信息来源:市科技局"),
                Arguments.of("网站首页 新闻中心 政务公开\n示例市人民政府\n联系我们"),
                Arguments.of("市科技局召开2023年度工作会议。会议总结了过去一年的工作,部署了下一步任务。"));
    }

    /** Pages with neither a salutation nor a reply heading keep all their text and say so. */
    @ParameterizedTest
    @MethodSource("noBody")
    void aPageWithoutALetterKeepsItsTextAndIsFlagged(String page) {
        CleanText ct = cleaner.clean(page);
        assertFalse(ct.bodyFound());
        assertEquals(new LineTidier().apply(MappedText.identity(page)).text(), ct.text());
    }
}
