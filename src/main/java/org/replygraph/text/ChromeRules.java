package org.replygraph.text;

import static org.replygraph.text.AnchoredChromeRule.anywhere;
import static org.replygraph.text.AnchoredChromeRule.atLineStart;

import java.util.List;
import java.util.stream.Stream;

/**
 * The site chrome the cleaner removes: one explicit list, each rule with a real example. Rules
 * see simplified, width-folded, tidied text (single spaces, ASCII colons, trimmed lines), so
 * 訪問次數： on a traditional page is matched as 访问次数:. Each rule removes the smallest span
 * that is chrome: in {@code 发布日期:2023-08-04 10:28 访问次数: 信息来源:市科技局} only
 * {@code 访问次数: } goes. Metadata (索引号, 发布机构, 发布日期, 文号 …) is never chrome.
 */
final class ChromeRules {
    private ChromeRules() {
    }

    /** A photographer's credit: 记者 张三 摄, 本报记者李四摄, 王五 摄 (a name and a space before 摄). */
    private static final String CREDIT = "(?:(?:本报|新华社)?(?:摄影记者|记者|通讯员) ?[\\p{IsHan}·、 ]{2,16}? ?摄|[\\p{IsHan}·]{2,4} 摄)";

    /** An HTML start, end or empty tag: <dfn id="x1">, </dfn>, <br/>. */
    private static final String HTML_TAG = "</?[a-zA-Z][a-zA-Z0-9]{0,10}(?: [a-zA-Z-]{1,20}=\"[^\"\\n<>]{0,60}\")* ?/?>";
    /** A tag only markup has: an end tag or one with a quoted attribute (<b> alone may be a<b>c in a formula). */
    private static final String HTML_MARKUP = "(?:</[a-zA-Z][a-zA-Z0-9]{0,10}>|<[a-zA-Z][a-zA-Z0-9]{0,10}(?: [a-zA-Z-]{1,20}=\"[^\"\\n<>]{0,60}\")+ ?/?>)";

    /** A colour button of a reading-comfort control: 杏仁黄, 银河白(默认色), 灰. */
    private static final String COLOUR_BUTTON = "\\p{IsHan}{0,3}[黄褐红绿蓝青灰白黑紫粉橙](?:色|\\(默认色?\\))?";

    /** Share and social sites named after a share label. */
    private static final String SHARE_TARGETS = "(?: ?(?:微信|微博|QQ空间|QQ|朋友圈|新浪微博|腾讯微博|手机端|手机))*";

    /** Every rule: the spam pass, then the page's chrome (for the rules' examples). */
    static List<ChromeRule> all() {
        return Stream.concat(spam().stream(), page().stream()).toList();
    }

    /**
     * Gambling and lottery spam spliced into the letter by mirror sites: a detector over a class vocabulary. It runs as a
     * pass of its own before the page rules, since spam may stand where the page's chrome begins
     * ({@code UU快3> 建议提案 > > 人大代表建议} is a breadcrumb once {@code UU快3} is gone).
     */
    static List<ChromeRule> spam() {
        return List.of(new GamblingSpamRule("我局已将该项目列入《手游365_365平台赌博_365平台被黑不给出款怎么办交通运输十四五规划》",
                "我局已将该项目列入《交通运输十四五规划》"));
    }

    /** The page's own chrome, found on text the spam pass has cleaned. */
    static List<ChromeRule> page() {
        return List.of(
                // Where-am-I breadcrumb; the rest of the line is the path. 当前位置 alone opens a page too.
                atLineStart("breadcrumb-position", "(?:您当前所在的位置|您当前所在位置|当前所在位置|您现在所在的位置|您现在所在位置|您当前的位置|您现在的位置|您当前位置|您所在的位置|您所在位置|您的位置|当前位置|现在位置|当前所在(?= ?:))[^\\n]{0,300}",
                        "您当前的位置:首页 >政务公开 >政府信息公开目录 >建议提案办理 >政协委员提案办理", "",
                        "您当前所在的位置", "您当前所在位置", "当前所在位置", "您现在所在的位置", "您现在所在位置", "您当前的位置", "您现在的位置",
                        "您当前位置", "您所在的位置", "您所在位置", "您的位置", "当前位置", "现在位置", "当前所在"),
                // A news mirror's welcome banner, with the site's name on the line above it.
                new WelcomeBannerRule("政讯通中心\n欢迎访问土地时评网!\n对十四届全国人大二次会议第2664号建议的答复摘要",
                        "对十四届全国人大二次会议第2664号建议的答复摘要"),
                // Browser advice: 建议使用1024x768分辨率, 建议使用IE8以上浏览器.
                anywhere("browser-advice", "建议使用[^\\n。,]{0,30}?(?:分辨率|浏览器)(?:浏览|访问)?(?:本站|本网站)?",
                        "建议使用1024x768分辨率", "", "建议使用"),
                // A path from the home page, without a label.
                atLineStart("breadcrumb-home", "(?:网站)?首页 ?(?:>{1,2}|»|›|/)[^\\n]{0,300}",
                        "首页 > 建议提案 > 人大建议 > 正文", "", "首页", "网站首页"),
                // The second line of a breadcrumb that wrapped: only path segments after ">", e.g. under 当前位置: 首页.
                atLineStart("breadcrumb-wrapped", "(?:[>»›] ?[^>»›\\n]{1,16}){2,}\\z",
                        "> 政府信息公开 > 行政权力运行公开 > 建议提案办理结果 > 人大建议办理结果", "", ">", "»", "›"),
                new MenuBarRule("湖北政府网 ||邮箱|计划管理|工作后台 |登录|注册", ""),
                // Lines known by their shape: > paths, empty fields of a form, a sharing site's notices, a law
                // database's attributes, a news page's update time and headline.
                new PageLineShapeRule("您的当前位置: 首页 > 新闻通报 > 行政公文\n信息名称:\n信息类别:\n发布机构: 市科技局\n"
                        + "•【效力等级】部门规范性文件\n- 2、\"仅部分预览\"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款",
                        "发布机构: 市科技局"),
                // Lines of nothing but page controls, and record labels left without a value (word lists in data files).
                new PageControlRule("字体:[ | | ] 分享到:", ""),
                // A source that names the page's own site (this site, its original copy): no source at all.
                anywhere("source-this-site", "(?:信息|文章)?来源 ?: ?本(?:网|站)(?:原创稿?|编辑|讯)?", "来源:本网原创稿发布时间: 2020-06-05 22:15:39",
                        "发布时间: 2020-06-05 22:15:39", "来源", "信息来源", "文章来源"),
                // A source that names a website (a mirror's or the portal's, 来源:昌吉州政府网, 来源:新华网): the page's, not the
                // letter's; a source naming a body (来源:市科学技术局) stays, it may be the letter's issuer.
                anywhere("source-website", "(?:信息|文章)?来源 ?: ?[\\p{IsHan}A-Za-z]{1,16}?(?<!电)(?:网站|网)(?=[ \\n]|\\z)",
                        "发布时间:2017.06.05 来源:昌吉州政府网", "发布时间:2017.06.05", "来源", "信息来源", "文章来源").atWordStart(),
                // A comment counter whose number a mirror lost, on a date line: 2020/6/22 10:10:00 人评论.
                anywhere("comment-count", "[人条]评论(?= |\\z)", "2020/6/22 10:10:00 人评论", "2020/6/22 10:10:00",
                        "人评论", "条评论"),
                // QR-code prompts run to the next space.
                anywhere("scan-qr", "扫一扫[^\\s]{0,20}", "隆尧县科工局 扫一扫分享到手机端", "隆尧县科工局", "扫一扫"),
                anywhere("captcha", "验证码(?: ?:)?(?: ?看不清[^\\s]{0,10})?", "验证码: 看不清?换一张", "", "验证码"),
                // 【打印】【关闭】 style buttons, and 【大】【中】【小】 font buttons.
                anywhere("bracket-button", "[【\\[] ?(?:打印(?:本页|此页|文章|正文)?|关闭(?:窗口|本页)?|收藏(?:本页)?|返回顶部|纠错|大|中|小) ?[】\\]]",
                        "【打印本页】 【关闭窗口】", "", "【", "["),
                anywhere("print-close", "打印(?:本页|此页)? ?关闭(?:窗口|本页)?", "已阅 0 打印 关闭", "", "打印"),
                anywhere("page-buttons", "(?:返回顶部|关闭窗口|加入收藏|设为首页|收藏本页|我要纠错)", "返回顶部", "",
                        "返回顶部", "关闭窗口", "加入收藏", "设为首页", "收藏本页", "我要纠错"),
                anywhere("share-to", "分享(?:到|至) ?:?(?:好友和朋友圈)?" + SHARE_TARGETS, "分享到: 微信 微博", "", "分享到", "分享至"),
                // Prompts to follow the site's account or open the page on a phone.
                anywhere("follow-prompt", "(?:扫码关注|用微信扫描二维码|扫描二维码|保存为word|保存为WORD|导出PDF)[^\\s]{0,20}",
                        "用微信扫描二维码 分享至好友和朋友圈", "", "扫码关注", "用微信扫描二维码", "扫描二维码", "保存为word",
                        "保存为WORD", "导出PDF"),
                // Display modes of government sites, as buttons outside a menu bar.
                anywhere("display-mode", "(?:无障碍浏览|长者模式|关怀模式|适老模式|关怀版|无障碍阅读)", "无障碍浏览 长者模式", "",
                        "无障碍浏览", "长者模式", "关怀模式", "适老模式", "关怀版", "无障碍阅读"),
                // Empty HTML elements a mirror let through to hide its links, with their ids: <dfn id="x1"></dfn>, <center id="x1">
                // <source id="x1"></source></center>. A tag is a Latin name right after <, its attributes quoted, nothing else
                // (PM2.5<35 has no tag name; a run needs a closing tag or a quoted attribute, so a<b>c stays).
                anywhere("html-tags", "(?:" + HTML_TAG + " ?)*?" + HTML_MARKUP + "(?: ?" + HTML_TAG + ")* ?",
                        "• <dfn id=\"x1a\"></dfn> <center id=\"x1a\"><source id=\"x1a\"></source></center>", "", "<"),
                // HTML comments a converter let through, e.g. <!--EndFragment-->.
                anywhere("html-comment", "<!--[^\\n]{0,200}?-->", "<!--EndFragment-->", "", "<!--"),
                // The page's editor, to the end of the line: 责任编辑:张三.
                anywhere("editor", "责任编辑 ?:[^\\n]{0,40}", "责任编辑:张三", "", "责任编辑"),
                // A bare share label opening its line; 经验分享: inside a sentence stays.
                atLineStart("share-label", "分享 ?:" + SHARE_TARGETS + "(?=[ \\n]|\\z)", "分享:", "", "分享"),
                anywhere("read-count", "已阅 ?\\d{1,9}次?", "已阅 0 打印 关闭", "", "已阅"),
                // Visit counters, e.g. 訪問次數: on a traditional page, with or without the number.
                anywhere("visit-count", "(?:访问|浏览|阅读|点击|查看)(?:次数 ?:?|数 ?:|量 ?:|量(?= ?\\||\\z)| ?:) ?\\d{0,12}次?",
                        "发布日期:2023-08-04 10:28 访问次数: 信息来源:市科技局", "发布日期:2023-08-04 10:28 信息来源:市科技局",
                        "访问", "浏览", "阅读", "点击", "查看"),
                anywhere("font-size", "(?:[【\\[] ?)?(?:字体|字号|文字)(?:大小 ?:? ?(?:[【\\[]? ?[大中小] ?[】\\]]? ?){0,3}| ?:? ?(?:[【\\[]? ?[大中小] ?[】\\]]? ?){1,3})(?:背景色 ?:?)?",
                        "来源:科技和工业信息化局 时间:2023-07-06 字体:【大 中 小】", "来源:科技和工业信息化局 时间:2023-07-06",
                        "【字体", "[字体", "【 字体", "字体", "字号", "文字大小"),
                // Bare font buttons after a date: 时间:2017-08-20 大 中 小 来源:长治日报.
                anywhere("font-buttons", "大 中 小(?= |\\z)", "时间:2017-08-20 大 中 小", "时间:2017-08-20", "大 中 小"),
                // Reading-comfort colour controls, with the colour buttons after the label's colon: 保护视力色: 杏仁黄 秋叶褐
                // 银河白(默认色). A colour button is a short Han word ending in a colour (杏仁黄, 天蓝, 灰), once marked as default.
                anywhere("colour", "(?:背景色|视力保护色|保护视力色|护眼模式|护眼色)(?: ?:(?: ?" + COLOUR_BUTTON + "(?= |\\z))*| ?:?)",
                        "发布时间: 2021-11-08 保护视力色: 杏仁黄 秋叶褐 胭脂红 芥末绿 天蓝 雪青 灰 银河白(默认色)", "发布时间: 2021-11-08",
                        "背景色", "视力保护色", "保护视力色", "护眼模式", "护眼色"),
                // Font buttons written with Latin letters: A-A+, A+ A-, beside the page's date and source.
                anywhere("font-latin", "A ?[-+] ?A ?[-+](?= |\\z)", "发布时间:2017-10-31 A-A+ 视力保护色:", "发布时间:2017-10-31",
                        "A-", "A+", "A -", "A +").atWordStart(),
                // Markdown image placeholders a converter left for pictures.
                anywhere("image-placeholder", "!\\[[^\\]\\n]{0,200}\\]\\([^)\\n]{0,500}\\)", "![]() ![]() |", "", "!["),
                anywhere("copyright", "(?:[Cc]opyright|COPYRIGHT|©)[^\\n]{0,300}", "Copyright @ 版权所有:", "",
                        "Copyright", "copyright", "COPYRIGHT", "©"),
                // 版权所有 followed by a colon, ©, a space or the line end; 版权所有人 in prose stays.
                anywhere("all-rights", "版权所有(?=[ :©]|\\z)[^\\n]{0,300}", "版权所有:示例市人民政府办公室", "", "版权所有"),
                // Licence numbers: 京ICP备05070218号-1, or labelled ICP备案号:豫ICP备12345678号.
                anywhere("icp", "ICP(?:备案号 ?:? ?\\p{IsHan}?ICP备|备|证) ?:? ?\\d{4,12}号?(?:-\\d{1,4})?", "京ICP备05070218号-1", "",
                        "ICP").withBackHan(1),
                anywhere("police-record", "公网安备 ?\\d{6,20}号?", "京公网安备 11010502030143号", "", "公网安备")
                        .withBackHan(1),
                anywhere("site-id", "网站标识码 ?:? ?[0-9A-Za-z]{0,20}", "网站标识码:4101840001", "", "网站标识码"),
                new SiteFooterRule("主办单位:新郑市人民政府办公室 地址:新郑市人民路186号 邮编:451100", ""),
                // A placeholder author or a site account, never a person: 作者:佚名 on news mirrors, 作者:xksh; 作者:张三 stays.
                anywhere("author-placeholder", "作者 ?: ?(?:佚名|未知|匿名|不详|本站|本网|管理员|[A-Za-z][A-Za-z0-9_]{1,19})(?= |\\z)",
                        "作者:佚名 来源:中华人民共和国农业农村部 发布时间: 2024-08-05 19:24:07",
                        "来源:中华人民共和国农业农村部 发布时间: 2024-08-05 19:24:07", "作者").atWordStart(),
                // A site account as publisher, with its label: 发布机构: 铁岭县管理员 (the site's user, not an agency).
                anywhere("site-account", "(?:发布机构|发布人|发布者|信息来源|来源|录入|编辑) ?: ?\\p{IsHan}{0,12}管理员(?= |\\z)",
                        "发布机构: 铁岭县管理员 成文日期: 2021-11-01", "成文日期: 2021-11-01",
                        "发布机构", "发布人", "发布者", "信息来源", "来源", "录入", "编辑").atWordStart(),
                // A newspaper or broadcaster as the page's source: the article the page reposted, not the letter's writer.
                anywhere("media-source", "(?:信息|文章)?来源 ?: ?\\p{IsHan}{2,12}?(?:日报|晚报|早报|商报|时报|都市报|新闻网|电视台|广播电视台|融媒体中心|报社)(?= |\\z)",
                        "时间:2017-08-20 来源:长治日报", "时间:2017-08-20", "信息来源", "文章来源", "来源").atWordStart(),
                // Font controls whose buttons a mirror lost: 字体:【, 【字体:, 字体: [ ], 【 字体: 】 beside other page data,
                // or glued to the next control (字体:[ ]我要纠错) once closed (never 字号 inside a label: 发文字号: stays).
                anywhere("font-remains", "(?:[【\\[] ?)?(?:(?:选择)?阅读)?(?:字体|字号) ?: ?(?:(?:[【\\[] ?)?[】\\]](?=[ \\p{IsHan}]|\\z)|(?:[【\\[] ?)?(?= |\\z))", "浏览:301次 字体:【", "",
                        "【字体", "【字号", "[字体", "[字号", "【 字体", "[ 字体", "字体", "字号", "选择阅读", "阅读字").atWordStart(),
                // The site's own catalogue column, with its value in a table cell or after a colon: 公开目录 | 人大建议办理结果 |.
                anywhere("site-catalogue", "公开目录(?: ?\\| ?[^|\\n]{0,30}? ?\\||(?: ?:) ?[^ |\\n]{0,30}|(?=\\z))",
                        "公开目录 | 人大建议办理结果 | 发布日期 | 2021-07-02 |", "发布日期 | 2021-07-02 |", "公开目录").atWordStart(),
                // A catalogue column as a bullet value above a metadata block: - 人大建议和政协提案, - 政协提案办理结果.
                atLineStart("catalogue-value", "[-•·*] ?" + CatalogueHeadingRule.CATALOGUE + "(?=\\z)",
                        "• 人大建议和政协提案", "", "-", "•", "·", "*"),
                // The same column as a heading over the metadata block: 人大代表建议办理答复 above - 索引号:.
                new CatalogueHeadingRule("人大代表建议办理答复\n- 索引号: 20240913-222742-414", "- 索引号: 20240913-222742-414"),
                // The disclosure record's publication fields, label and value (word list in a data file).
                new DisclosureFieldRule("发布日期 2020-10-29 公开时限 长期公开\n所属分类 建议提案办理 效力状态 有效",
                        "发布日期 2020-10-29\n所属分类 建议提案办理"),
                // A mirror's link to the page it copied and its disclaimer, after the letter's sign-off.
                atLineStart("source-link", "(?:原文(?:链接|地址|网址)|原网址|原始网址|来源网址|来源链接) ?:[^\\n]{0,300}",
                        "原文链接:http://www.moa.gov.cn/govpublic/ZZYGLS/202407/t20240718_6459303.htm", "", "原文", "原网址", "原始网址",
                        "来源网址", "来源链接"),
                // A mirror's copy of the original site's address: a bare host opening its line, alone or before the page's
                // date and source (www.example.gov.cn 发布时间:2021-12-17); an address inside a sentence (请登录www.… 查询) stays.
                atLineStart("source-host", "(?:https?://)?www\\.[A-Za-z0-9-]{1,40}(?:\\.[A-Za-z0-9-]{1,40}){1,4}/?(?=\\z| (?:"
                        + "发布时间|发布日期|时间|日期|来源|信息来源|作者|阅读|浏览))",
                        "www.example.gov.cn 发布时间:2021-12-17 来源:市目标绩效办", "发布时间:2021-12-17 来源:市目标绩效办",
                        "www.", "http://www.", "https://www."),
                atLineStart("disclaimer", "[【\\[]? ?免责声明 ?[】\\]]?[^\\n]{0,600}",
                        "[免责声明] 本文来源于网络转载,仅供学习交流使用,不构成商业目的。", "", "[", "【", "免责声明"),
                // Pipes of a table whose cells a converter emptied: || and ||||… (one | stays between two cells).
                new TablePipesRule("对《关于解决商业步行街上下学时段交通拥堵的提案》的答复 | ||||||||||||",
                        "对《关于解决商业步行街上下学时段交通拥堵的提案》的答复"),
                // Captions of the page's own pictures: (资料图片), (图片来源:新华社), (记者 张三 摄), and lines that only
                // caption a picture (图为…, 图片来源:…, 记者 张三 摄); (拍摄) and 记者从市科技局了解到 stay.
                anywhere("caption-note", "[((] ?(?:资料图片?|图片来源 ?:?[^()()\\n]{0,40}|摄影 ?:[^()()\\n]{0,30}|图为[^()()\\n]{1,80}|"
                        + CREDIT + ")[))]", "(资料图片)", "", "("),
                atLineStart("caption-line", "(?:[▲△] ?)?(?:[上下左右]?图为[^\\n]{1,150}\\z|图片来源 ?:[^\\n]{0,80}\\z|资料图片?\\z|"
                        + CREDIT + "\\z)", "图为市科技局工作人员在企业调研。", "", "▲", "△", "图为", "上图为", "下图为", "左图为", "右图为",
                        "图片来源", "资料图", "本报", "新华社", "记者", "通讯员", "摄影记者"),
                anywhere("caption-source", "图片来源 ?: ?[^ \\n]{0,40}", "发布时间:2021-06-01 图片来源:网络", "发布时间:2021-06-01",
                        "图片来源").atWordStart(),
                // A mirror's keyword placeholder standing where its template put a word: 感谢您对关键词3工作的支持. A keyword
                // label (关键词:科技) and a count (关键词2个) stay.
                anywhere("keyword-placeholder", "关键词\\d{1,2}(?![\\d个项条组类:])", "感谢您对关键词3工作的支持",
                        "感谢您对工作的支持", "关键词"),
                // A comment counter with its brackets, empty or counted: 评论(), 评论(3); 发表评论(见附件) stays.
                anywhere("comment-brackets", "评论 ?\\( ?\\d{0,6} ?\\)", "2015-03-02 09:15:40 评论()",
                        "2015-03-02 09:15:40", "评论").atWordStart(),
                // Font buttons whose letters a mirror lost, only their brackets left: 文字:【】【】【, 字体:[][]; 说明文字:【注】 stays.
                anywhere("font-empty-buttons", "(?:字体|字号|文字) ?: ?(?:[【\\[] ?[】\\]] ?)+[【\\[]?(?= |\\z)",
                        "发布于:2021-04-02 10:31 文字:【】【】【", "发布于:2021-04-02 10:31", "字体", "字号", "文字").atWordStart(),
                // A repost's credit in brackets, a website's name and a dash: (示例食品网-), (某某新闻网-记者); (城市物联网) stays.
                anywhere("repost-credit", "\\( ?[\\p{IsHan}A-Za-z]{2,12}网 ?[-—–][^()\\n]{0,20}\\)", "现答复如下。(示例食品网-)",
                        "现答复如下。", "("),
                // A site account and a view count before the page's date: admin 12 2021-05-06 keeps only its date.
                atLineStart("poster-account", "(?:admin|Admin|ADMIN|administrator|webmaster|管理员)(?: \\d{1,7})? (?=\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?: \\d{1,2}:\\d{2}(?::\\d{2})?)?\\z)",
                        "admin 12 2021-05-06", "2021-05-06", "admin", "Admin", "ADMIN", "administrator", "webmaster", "管理员"),
                // A website's name and a placeholder author, the header of a reposted article: 示例法规网 佚名.
                anywhere("site-anonymous", "网 ?(?:佚名|未知|匿名)(?= |\\z)", "示例法规网 佚名", "", "网 佚名", "网佚名", "网 未知", "网 匿名")
                        .withBackHan(10),
                // A sidebar's section heading alone on its line: 访谈解读:, 相关文章:; 政策解读工作… in a sentence stays.
                atLineStart("sidebar-heading", "(?:访谈|政策|图片|图文|视频|文字|专家|媒体)?解读 ?:?\\z|相关(?:文章|阅读|新闻|链接|专题|推荐) ?:?\\z",
                        "访谈解读:", "", "访谈解读", "政策解读", "图片解读", "图文解读", "视频解读", "文字解读", "专家解读", "媒体解读", "解读",
                        "相关文章", "相关阅读", "相关新闻", "相关链接", "相关专题", "相关推荐"),
                // Links to the neighbouring articles.
                atLineStart("prev-next", "[上下]一[篇条] ?:?[^\\n]{0,300}", "下一篇:关于市政协十届五次会议第15226号提案的答复", "",
                        "上一篇", "下一篇", "上一条", "下一条"));
    }
}
