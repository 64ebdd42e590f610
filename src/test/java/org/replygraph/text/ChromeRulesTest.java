package org.replygraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChromeRulesTest {
    private final TextCleaner cleaner = new TextCleaner();

    static Stream<Arguments> rules() {
        return ChromeRules.all().stream().map(r -> Arguments.of(r.name(), r.example(), r.exampleRest()));
    }

    /** Every rule's own real example cleans to what the rule says is left of it. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rules")
    void eachRuleRemovesItsExample(String name, String example, String rest) {
        assertEquals(rest, cleaner.clean(example).text());
    }

    static Stream<Arguments> lines() {
        return Stream.of(
                // chrome amid data: only the chrome goes (seed 003, traditional)
                Arguments.of("發布日期:2023-08-04 10:28 訪問次數: 信息來源:市科技局", "发布日期:2023-08-04 10:28 信息来源:市科技局"),
                Arguments.of("當前位置 :", ""),
                Arguments.of("分享:", ""),
                // seed 004's last line and header
                Arguments.of(" 已阅 0  打印   关闭", ""),
                Arguments.of("湖北政府网 ||邮箱|计划管理|工作后台 |登录|注册", ""),
                Arguments.of("首页 >  建议提案 >  人大建议 >  正文", ""),
                Arguments.of("您当前的位置: 首页>>政务公开>>政府信息公开目录>>人大代表建议办理情况公开", ""),
                Arguments.of("扫一扫在手机打开当前页", ""),
                Arguments.of("![]() ![]() |", ""),
                Arguments.of("Copyright @ 版权所有:", ""),
                Arguments.of("主办单位:新郑市人民政府办公室 地址:新郑市人民路186号 邮编:451100", ""),
                Arguments.of("版权所有:示例市人民政府 京ICP备12345678号-1 网站标识码:1234000001", ""),
                Arguments.of("【打印】【关闭】", ""),
                Arguments.of("ICP备案号:豫ICP备12345678号-2", ""),
                // real pages (batches 12-13): a wrapped breadcrumb, lines of controls, empty record labels, counters
                Arguments.of(">政府信息公开 >法定主动公开内容 >建议提案 >政协委员提案", ""),
                Arguments.of("字体:[ | | ] 分享到:", ""),
                Arguments.of("打印本页", ""),
                Arguments.of("回首页>>", ""),
                Arguments.of("【字体:大 中 小】【打印】【关闭窗口】", ""),
                Arguments.of("2024-07-31 15:27 市文化旅游局 审核人:", "2024-07-31 15:27 市文化旅游局"),
                Arguments.of("作者: 来源: 发布时间:2021-10-28 11:10", "发布时间:2021-10-28 11:10"),
                Arguments.of("2020/6/22 10:10:00 人评论 内蒙古自治区人民政府门户网站", "2020/6/22 10:10:00 内蒙古自治区人民政府门户网站"),
                // real pages (batch 14 and the older chrome list): news-mirror frames, site accounts and catalogues,
                // media sources, lost font controls, tab and link labels, record-table heads, emptied table pipes
                Arguments.of("当前所在:首页 > 通知公告 > 正文", ""),
                Arguments.of("您现在所在的位置: 网站首页> 政府信息公开首页 > 市教体局 > 建议提案办理 > 政协委员提案办理", ""),
                Arguments.of("政讯通中心\n欢迎访问土地时评网!\n当前所在:首页 > 通知公告 > 正文\n对十四届全国人大二次会议第2664号建议的答复摘要",
                        "对十四届全国人大二次会议第2664号建议的答复摘要"),
                Arguments.of("发布时间:2024-08-20 来源: 中华人民共和国农业农村部 作者:佚名", "发布时间:2024-08-20 来源: 中华人民共和国农业农村部"),
                Arguments.of("发布日期:2012-06-18 0:0    作者:xksh     来源:人大办公室", "发布日期:2012-06-18 0:0 来源:人大办公室"),
                Arguments.of("原文链接:http://www.moa.gov.cn/govpublic/ZZYGLS/202408/t20240819_6460947.htm", ""),
                Arguments.of("[免责声明] 本文来源于网络转载,仅供学习交流使用,不构成商业目的。版权归原作者所有,如涉及作品内容、版权和其它问题,请在30日内与本网联系。", ""),
                Arguments.of("发布机构: 铁岭县管理员 成文日期: 2023-02-21", "成文日期: 2023-02-21"),
                Arguments.of("- 公开目录\n- 政协提案办理结果\n- 文 号", "- 文 号"),
                Arguments.of("公开目录 | 人大建议办理结果 | 发布日期 | 2021-07-02 |", "发布日期 | 2021-07-02 |"),
                Arguments.of("• 人大建议和政协提案\n• 索引号", "• 索引号"),
                Arguments.of("- 题裁分类:\n- 发布机构: 省水利厅", "- 发布机构: 省水利厅"),
                Arguments.of("时间:2017-08-20 来源:长治日报", "时间:2017-08-20"),
                Arguments.of("浏览:301次 字体:【", ""),
                Arguments.of("时间 : 2021-06-21 18:07:24 来源 : 广东省科学技术厅 【字体: 【打印】", "时间: 2021-06-21 18:07:24 来源: 广东省科学技术厅"), // spaces before colons dropped (LabelLayout)
                Arguments.of("发布机构: 苍溪县交通运输局 发布时间: 2024-09-10 字体: [ ]", "发布机构: 苍溪县交通运输局 发布时间: 2024-09-10"),
                Arguments.of("附件下载:", ""),
                Arguments.of("• 答复内容\n• 建议内容", ""),
                Arguments.of("• 无障碍\n• 长辈版", ""),
                Arguments.of("承办单位及答复\n主办 会办 分办 交办日期\n省工业和信息化厅省营商环境建设厅2023-01-15\n承办单位答复 答复日期 答复内容\n详细查看",
                        "省工业和信息化厅省营商环境建设厅2023-01-15"),
                Arguments.of("对《关于解决商业步行街上下学时段交通拥堵的提案》的答复 | ||||||||||||\n|\n||||||||",
                        "对《关于解决商业步行街上下学时段交通拥堵的提案》的答复"),
                Arguments.of("[ 发布机构 ] | 市科技局 | ||", "[ 发布机构 ] | 市科技局"),
                Arguments.of("市科技局||2023-07-26", "市科技局|2023-07-26"),
                Arguments.of("发布时间:2023-07-21    来源:交通局 打印", "发布时间:2023-07-21 来源:交通局"),
                // Spaced empty labels, record-table heads, disclosure questions and website sources (batches 18-20).
                Arguments.of("主 题 词:\n内容概述:对市政协十四届一次会议第344号提案的答复",
                        "内容概述:对市政协十四届一次会议第344号提案的答复"),
                Arguments.of("2024-07-31 市文化旅游局 审 核 人:", "2024-07-31 市文化旅游局"),
                Arguments.of("主 题 词:科技 创新", "主题词:科技 创新"), // spaced label joined (LabelLayout)
                Arguments.of("领衔代表: 东方代表团;\n主办单位 会办 交办日期\n省发展和改革委员会; 2016-03-01",
                        "领衔代表: 东方代表团;\n省发展和改革委员会; 2016-03-01"),
                Arguments.of("主办单位:惠济区人民政府办公室", "主办单位:惠济区人民政府办公室"),
                Arguments.of("对河北省第十三届人民代表大会第二次会议第1834号建议的答复\n是否同意公开:是\n办理结果:A",
                        "对河北省第十三届人民代表大会第二次会议第1834号建议的答复\n办理结果:A"),
                Arguments.of("发布时间:2017.06.05 来源:昌吉州政府网 浏览次数:", "发布时间:2017.06.05"),
                Arguments.of("时间:2020-06-05 来源:新华网", "时间:2020-06-05"),
                Arguments.of("来源:市科学技术局 发布时间: 2017-06-26 08:40:10", "来源:市科学技术局 发布时间: 2017-06-26 08:40:10"),
                Arguments.of("资金来源:中央预算内投资和省级补助", "资金来源:中央预算内投资和省级补助"),
                Arguments.of("发布时间：2024-05-16 09:30 来源：绍兴市政协办公室 【字体：大 中 小】", "发布时间:2024-05-16 09:30 来源:绍兴市政协办公室"),
                Arguments.of("您所在的位置:首页 > 信息公开 > 建议提案", ""),
                // batches 21-25 (r216-r268): lines known by their shape (PageLineShapeRule), with the letter's lines that stay
                Arguments.of("菜单\n主页 > 政务公开 > 建议提案 >\n对政协河北省第十三届委员会第二次会议第0575号提案的答复",
                        "对政协河北省第十三届委员会第二次会议第0575号提案的答复"),
                Arguments.of("您的当前位置: 首页 > 新闻通报 > 行政公文", ""),
                Arguments.of("政府信息公开>建议答复\n建议答复", "建议答复"),
                Arguments.of("全市PM2.5浓度>75微克的天数减少", "全市PM2.5浓度>75微克的天数减少"),
                Arguments.of("研发投入增速>营业收入增速,企业创新能力提升", "研发投入增速>营业收入增速,企业创新能力提升"),
                Arguments.of("信息编码:\n信息名称:\n信息类别:\n发布机构:\n发布日期: 2017-06-26", "发布日期: 2017-06-26"),
                Arguments.of("索引号:\n11341703003249426F/202003-00055", "索引号:11341703003249426F/202003-00055"), // label and value joined (LabelLayout)
                Arguments.of("建议答复:\n温政敏代表:\n您好!", "建议答复:\n温政敏代表:\n您好!"),
                Arguments.of("王捍国代表:\n您提出的建议收悉:\n现答复如下:", "王捍国代表:\n您提出的建议收悉:\n现答复如下:"),
                Arguments.of("- 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。\n"
                        + "- 3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理(人工客服工作时间:9:00-18:30)。\n建议的答复", "建议的答复"),
                Arguments.of("请于5月底前将相关文档报送市科技局", "请于5月底前将相关文档报送市科技局"),
                Arguments.of("文章属性\n•【制定机关】国家发展和改革委员会\n•【文号】\n•【效力等级】部门规范性文件\n•【时效性】现行有效\n•【主题分类】自然生态保护",
                        "•【制定机关】国家发展和改革委员会\n•【文号】"),
                Arguments.of("政协委员建议鼓励引导家庭物资储备,应急管理部答复\n最后更新: 2023-01-18 07:41:11应急管理部网站1月17日消息",
                        "应急管理部网站1月17日消息"),
                Arguments.of("关于第03503号提案答复的函\n最后更新: 2023-01-18 07:41:11", "关于第03503号提案答复的函"),
                Arguments.of("信息来源:深圳市科技创新委员会 发布时间:2017-10-31 A-A+ 视力保护色:", "信息来源:深圳市科技创新委员会 发布时间:2017-10-31"),
                Arguments.of("发布时间:2016-12-02 00:00 信息来源:舒城县人民政府 阅读次数: 字体:[    ]我要纠错",
                        "发布时间:2016-12-02 00:00 信息来源:舒城县人民政府"),
                Arguments.of("个人中心\n省大数据局关于省十四届人大三次会议第30号建议办理落实情况报告",
                        "省大数据局关于省十四届人大三次会议第30号建议办理落实情况报告"),
                Arguments.of("索引号: 113417007690286780/202110-00062 组配分类: 政协委员提案办理", "索引号: 113417007690286780/202110-00062"),
                Arguments.of("学生成绩按A+、A、B评定", "学生成绩按A+、A、B评定"),
                // batches 26-28 (r269-r304): a keyword placeholder, comment brackets, lost font buttons, a repost's credit, a
                // poster account, a site's anonymous author, sidebar headings, empty law-database fields; with the lines that stay
                Arguments.of("感谢您对关键词2工作的关心,请继续给关键词2提出意见。", "感谢您对工作的关心,请继续给提出意见。"),
                Arguments.of("关键词:科技 创新", "关键词:科技 创新"),
                Arguments.of("每篇报告提取关键词2个以上", "每篇报告提取关键词2个以上"),
                Arguments.of("示例法规网 2015-03-02 09:15:40 评论(3)", "示例法规网 2015-03-02 09:15:40"),
                Arguments.of("请在网上发表评论(见附件)", "请在网上发表评论(见附件)"),
                Arguments.of("作者:管理员 发布于:2021-04-02 10:31 文字:【】【】【", "发布于:2021-04-02 10:31"),
                Arguments.of("附图说明文字:【注】为新增站点", "附图说明文字:【注】为新增站点"),
                Arguments.of("核心提示:张三委员的提案收悉,现答复如下。……(示例新闻网-)", "核心提示:张三委员的提案收悉,现答复如下。……"),
                Arguments.of("加快建设城市大脑(城市物联网)平台", "加快建设城市大脑(城市物联网)平台"),
                Arguments.of("示例部对第1234号建议的答复\nadmin 484 2021-05-06\n示例部对第1234号建议的答复",
                        "示例部对第1234号建议的答复\n2021-05-06\n示例部对第1234号建议的答复"),
                Arguments.of("admin账号由管理员 3 人轮值", "admin账号由管理员 3 人轮值"),
                Arguments.of("示例法规网 佚名\n李四代表:", "李四代表:"),
                Arguments.of("该诗作者佚名,流传至今", "该诗作者佚名,流传至今"),
                Arguments.of("相关文章:\n访谈解读:\n示农函〔2024〕8号", "示农函〔2024〕8号"),
                Arguments.of("政策解读工作由我局负责", "政策解读工作由我局负责"),
                Arguments.of("文件名称:示例厅关于第12号建议的答复\n发布时间:实施时间:\n李四代表:",
                        "文件名称:示例厅关于第12号建议的答复\n发布时间:\n李四代表:"), // 发布时间 is metadata, never chrome
                Arguments.of("实施时间:2016-05-16", "实施时间:2016-05-16"),
                Arguments.of("文号: 关键字:\n示例县卫生健康局关于第37号建议的答复", "文号:\n示例县卫生健康局关于第37号建议的答复"),
                // batches 15-17 (r141-r169): view counters, print and phone links, disclosure-record fields with their values,
                // empty record labels in table rows, a catalogue heading over bullet metadata, captions of the page's pictures
                Arguments.of("发布日期:2023-01-06\n查看次数:", "发布日期:2023-01-06"),
                Arguments.of("【打印正文】", ""),
                Arguments.of("2020年10月27日\n手机浏览", "2020年10月27日"),
                Arguments.of("发布日期 2020-10-29 公开时限 长期公开", "发布日期 2020-10-29"),
                Arguments.of("所属分类 建议提案办理 效力状态 有效", "所属分类 建议提案办理"),
                Arguments.of("责任部门 西夏区贺兰山西路街道办事处 公开方式 主动公开", "责任部门 西夏区贺兰山西路街道办事处"),
                Arguments.of("发文字号 宁林函〔2025〕559号 公开形式 主动公开", "发文字号 宁林函〔2025〕559号"),
                Arguments.of("所属机构 自治区林业和草原局 责任部门", "所属机构 自治区林业和草原局"),
                Arguments.of("发文字号: 宁农〔2020〕110号\n责任部门:\n公开方式: 主动公开", "发文字号: 宁农〔2020〕110号"),
                Arguments.of("责任部门: 生成日期: 2020年09月30日", "生成日期: 2020年09月30日"),
                Arguments.of("公开方式: 主动公开 有效性: 有效", ""),
                Arguments.of("索 引 号 1778711277/A083/2025-00076 公开方式 公开日期 2025-09-09",
                        "索 引 号 1778711277/A083/2025-00076 公开日期 2025-09-09"),
                Arguments.of("- 发布日期: 2022-09-15\n- 时效性: 有效", "- 发布日期: 2022-09-15"),
                Arguments.of("文 号 有 效 性 有效", "文 号"),
                Arguments.of("发布日期2019-12-26\n时效性有效", "发布日期2019-12-26"),
                Arguments.of("• 兴庆区住房和城乡建设局\n• 有效\n• 2019年07月26日", "• 兴庆区住房和城乡建设局\n• 2019年07月26日"),
                Arguments.of("• 发布日期\n2018-09-30\n• 时效性\n有效", "• 发布日期\n2018-09-30"),
                Arguments.of("2023-08-30\nA\n依申请公开", "2023-08-30\nA"),
                Arguments.of("成文日期 2025-10-21 公文时效", "成文日期 2025-10-21"),
                Arguments.of("发文字号: 青发改办函〔2016〕82号 是否有效:", "发文字号: 青发改办函〔2016〕82号"),
                Arguments.of("分类:(A1)\n公开情况:(公开)", "分类:(A1)"),
                Arguments.of("| 公开方式 | 主动公开 | 发布日期 | 2021-07-02 |", "| 发布日期 | 2021-07-02 |"),
                Arguments.of("人大代表建议办理答复\n- 索引号: 20240913-222742-414", "- 索引号: 20240913-222742-414"),
                Arguments.of("政协委员提案办理结果\n发布机构: 市科技局", "发布机构: 市科技局"),
                Arguments.of("(资料图片)\n张永强委员:", "张永强委员:"),
                Arguments.of("(图片来源:新华社)", ""),
                Arguments.of("项目现场(记者 张三 摄)", "项目现场"),
                Arguments.of("图为市科技局工作人员在企业调研。", ""),
                Arguments.of("▲图为新建成的农村公路", ""),
                Arguments.of("记者 张三 摄", ""),
                Arguments.of("新华社记者 李四 摄", ""),
                Arguments.of("发布时间:2021-06-01 图片来源:网络", "发布时间:2021-06-01"),
                // not chrome: the same words in the letter's sentences or as its own record's data
                Arguments.of("推进政府信息公开方式创新,提高政策有效性。", "推进政府信息公开方式创新,提高政策有效性。"),
                Arguments.of("依法主动公开政府信息,有效性得到提升。", "依法主动公开政府信息,有效性得到提升。"),
                Arguments.of("以上意见可主动公开。", "以上意见可主动公开。"),
                Arguments.of("(此件主动公开)", "(此件主动公开)"),
                Arguments.of("措施有效", "措施有效"),
                Arguments.of("人大代表建议办理答复工作会议召开。", "人大代表建议办理答复工作会议召开。"),
                Arguments.of("人大代表建议办理答复\n您提出的建议收悉。", "人大代表建议办理答复\n您提出的建议收悉。"),
                Arguments.of("记者从市科技局了解到,全市已建成孵化器12家。", "记者从市科技局了解到,全市已建成孵化器12家。"),
                Arguments.of("组织专业团队开展航拍(拍摄)工作", "组织专业团队开展航拍(拍摄)工作"),
                Arguments.of("力图为企业减负。", "力图为企业减负。"),
                Arguments.of("支持手机浏览器适配政务服务", "支持手机浏览器适配政务服务"),
                Arguments.of("责任部门 西夏区贺兰山西路街道办事处", "责任部门 西夏区贺兰山西路街道办事处"),
                Arguments.of("责任部门:\n西夏区贺兰山西路街道办事处", "责任部门:\n西夏区贺兰山西路街道办事处"),
                Arguments.of("索引号 000014349640000023/2025-00189 生成日期 2025-08-26", "索引号 000014349640000023/2025-00189 生成日期 2025-08-26"),
                // not chrome: lines that look like it but are the letter's or its record's
                Arguments.of("相关表格请自行下载打印", "相关表格请自行下载打印"),
                Arguments.of("采购清单 打印设备 返回式卫星", "采购清单 打印设备 返回式卫星"),
                Arguments.of("欢迎社会资本参与乡村道路建设。", "欢迎社会资本参与乡村道路建设。"),
                Arguments.of("作者:张三 来源:市科技局", "作者:张三 来源:市科技局"),
                Arguments.of("发文字号: 青发改办函〔2016〕82号", "发文字号: 青发改办函〔2016〕82号"),
                Arguments.of("本文字体:宋体", "本文字体:宋体"),
                Arguments.of("已在政府信息公开目录", "已在政府信息公开目录"),
                Arguments.of("资金来源:长治日报社", "资金来源:长治日报社"),
                Arguments.of("来源:长治市科技局", "来源:长治市科技局"),
                Arguments.of("护林员、管理员队伍不断壮大。", "护林员、管理员队伍不断壮大。"),
                Arguments.of("关于市人大十五届一次会议第123号\n建议答复", "关于市人大十五届一次会议第123号\n建议答复"),
                Arguments.of("答复日期\n2023-08-30", "答复日期\n2023-08-30"),
                Arguments.of("主办单位: 淄川区自然资源局", "主办单位: 淄川区自然资源局"),
                Arguments.of("发布机构 | | 文号 | 渝科局函〔2023〕281号", "发布机构 | | 文号 | 渝科局函〔2023〕281号"),
                Arguments.of("原文件已转发。", "原文件已转发。"),
                // not chrome: a control word inside a sentence or a name, a label with its value or alone on its line
                Arguments.of("返回家乡创业的青年", "返回家乡创业的青年"),
                Arguments.of("中小企业", "中小企业"),
                Arguments.of("发布时间:2021-10-28 来源:市科技局", "发布时间:2021-10-28 来源:市科技局"),
                Arguments.of("资金来源:", "资金来源:"),
                Arguments.of("发布时间:2025-08-25 14:15 来源:本网字体: [大 中 小]", "发布时间:2025-08-25 14:15"),
                Arguments.of("来源:本市科技局", "来源:本市科技局"),
                Arguments.of("资金来源:本级财政", "资金来源:本级财政"),
                Arguments.of("项目资金 资金来源:", "项目资金 资金来源:"),
                Arguments.of("来源:", "来源:"),
                Arguments.of("本项目收益率>8% >行业均值", "本项目收益率>8% >行业均值"),
                Arguments.of("群众有人评论说好", "群众有人评论说好"),
                // not chrome: metadata and prose stay whole
                Arguments.of("建议公开范围: | 仅公开标题 | 主办单位(分办单位): | 科技厅 | 协办单位: | 省发展改革委 |",
                        "建议公开范围: | 仅公开标题 | 主办单位(分办单位): | 科技厅 | 协办单位: | 省发展改革委 |"),
                Arguments.of("發布機構: 杭州市科學技術局 生成日期: 2023-08-04", "发布机构: 杭州市科学技术局 生成日期: 2023-08-04"),
                // traditional forms of the date labels (issue 9 §2) fold to the labels MetadataParser reads
                Arguments.of("發布時間:2023-07-21 來源:某縣交通局", "发布时间:2023-07-21 来源:某县交通局"),
                Arguments.of("公開日期:2022-04-02", "公开日期:2022-04-02"),
                Arguments.of("索 引 号 011043145/2024-37154 分    类 科技", "索 引 号 011043145/2024-37154 分 类 科技"),
                Arguments.of("2024-09-02 10:33 湖北省科学技术厅", "2024-09-02 10:33 湖北省科学技术厅"),
                Arguments.of("依法保护版权所有人的合法权益。", "依法保护版权所有人的合法权益。"),
                Arguments.of("组织开展经验分享:一是", "组织开展经验分享:一是"),
                Arguments.of("网站首页改版后阅读量大幅提升", "网站首页改版后阅读量大幅提升"),
                Arguments.of("打印设备采购项目", "打印设备采购项目"),
                Arguments.of("联系地址:新郑市人民路186号 邮编:451100", "联系地址:新郑市人民路186号 邮编:451100"),
                // batches 30-32 (r315-r348): a breadcrumb opened by 您当前位置 with / between its segments, a mirror's empty
                // HTML elements and their ids, a gambling brand glued to the page title by a site word
                Arguments.of("您当前位置: 首页/政务公开/建议提案办理/人大代表建议", ""),
                Arguments.of("• <dfn id=\"q7x\"></dfn>\n<dl id=\"q7x\"><abbr id=\"q7x\"></abbr></dl>\n示例局关于第5号提案的答复",
                        "示例局关于第5号提案的答复"),
                Arguments.of("关于市政协第16号提案的答复函-凯发网站\n发布日期:2023-09-27", "关于市政协第16号提案的答复函-\n发布日期:2023-09-27"),
                // batch 33: furniture inside the body lines: a colour control with its buttons, share buttons on lines of
                // their own, a font-size control with empty brackets, a mirror's copy of the original site's address
                Arguments.of("打印 分享到:\n保护视力色: 杏仁黄 秋叶褐 胭脂红 芥末绿 天蓝 雪青 灰 银河白(默认色)", ""),
                Arguments.of("发布时间: 2021-11-08 视力保护色: 杏仁黄 银河白(默认色)", "发布时间: 2021-11-08"),
                Arguments.of("分享 微信\n头条\n微博 空间 qq", ""),
                Arguments.of("www.example.org     发布时间:2021-12-17     来源:市目标绩效办      选择阅读字号:[ ]     阅读次数:",
                        "发布时间:2021-12-17 来源:市目标绩效办"),
                Arguments.of("www.example.gov.cn     發布時間:2021-12-20     來源:市目標績效辦      選擇閱讀字號:[ ]     閱讀次數:",
                        "发布时间:2021-12-20 来源:市目标绩效办"),
                Arguments.of("http://www.example.gov.cn", ""),
                Arguments.of("原网址:http://www.example.gov.cn/art/2021/12/20/art_1.html", ""),
                Arguments.of("来源网址: www.example.gov.cn/art/1.html", ""),
                // comment and message widgets, shop buttons on a mirror (issue 9 §1), on lines of their own
                Arguments.of("我要留言 | 发表评论\n网友评论 点赞", ""),
                Arguments.of("立即购买 加入购物车\n进入店铺 | 在线客服", ""),
                Arguments.of("留言板\n示例局关于第5号提案的答复", "示例局关于第5号提案的答复"),
                // not chrome: a letter's own sentence naming a website or a share platform, colours and 空间 in prose
                Arguments.of("请登录www.example.gov.cn查询", "请登录www.example.gov.cn查询"),
                Arguments.of("www.example.gov.cn查询办理进度", "www.example.gov.cn查询办理进度"),
                Arguments.of("网址:www.example.gov.cn 电话:0812-1234567", "网址:www.example.gov.cn 电话:0812-1234567"),
                Arguments.of("通过微信 微博 发布政策解读", "通过微信 微博 发布政策解读"),
                Arguments.of("群众可通过市长信箱留言反映,网友评论较多", "群众可通过市长信箱留言反映,网友评论较多"),
                Arguments.of("立即购买农机具可享受补贴", "立即购买农机具可享受补贴"),
                Arguments.of("空间布局", "空间布局"),
                Arguments.of("园区外墙统一为杏仁黄 秋叶褐两色", "园区外墙统一为杏仁黄 秋叶褐两色"),
                Arguments.of("开展阅读字画展活动", "开展阅读字画展活动"),
                // not chrome: 位置 in a sentence, < and > in figures, 网站 after a body's name, a brand word as a place
                Arguments.of("项目位置:示例村/示例组", "项目位置:示例村/示例组"),
                Arguments.of("PM2.5<35微克,人数<100人,a<b>c", "PM2.5<35微克,人数<100人,a<b>c"),
                Arguments.of("请登录示例市人民政府网站查询", "请登录示例市人民政府网站查询"),
                Arguments.of("银河路网点改造,群众可拨打12365平台热线", "银河路网点改造,群众可拨打12365平台热线"),
                Arguments.of("金沙县在线政务平台已开通,金沙县居民可登录", "金沙县在线政务平台已开通,金沙县居民可登录"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void removesTheSmallestChromeSpanAndKeepsData(String line, String expected) {
        assertEquals(expected, cleaner.clean(line).text());
    }

    /**
     * Chrome removed between two runs of spaces stays out of what each cleaned char maps back to (the evidence sentence
     * the graph quotes from the original): the one space left stands for the first run only.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dropped")
    void theOriginalBehindTheCleanedTextHoldsNoRemovedChrome(String page, String chrome) {
        CleanText ct = cleaner.clean(page);
        StringBuilder behind = new StringBuilder();
        int last = -1;
        for (int i = 0; i < ct.text().length(); i++) {
            if (ct.starts()[i] >= last) behind.append(page, ct.starts()[i], ct.ends()[i]);
            last = ct.ends()[i];
        }
        assertFalse(behind.toString().contains(chrome), behind.toString());
        int s = ct.text().indexOf("来源");
        assertEquals(page.indexOf("来源"), ct.originalStart(s));
    }

    static Stream<Arguments> dropped() {
        return Stream.of(
                Arguments.of("发布日期:2012-06-18 0:0    作者:xksh     来源:人大办公室", "xksh"),
                Arguments.of("发布时间:2023-05-15 17:12 来源:宁国市文旅局 浏览次数: 字体:[ ]", "浏览次数"));
    }
}
