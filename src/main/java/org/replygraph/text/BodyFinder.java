package org.replygraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the document in a saved page: from the metadata block and heading above the salutation to the
 * last line of the sign-off (agency, date, contact, 抄送, attachments), and drops every line outside it,
 * e.g. in
 * <pre>
 * 欢迎访问马关县人民政府门户网          ← dropped (before the document)
 * 马关县交通运输局关于…第124号建议的答复函   ← heading: the body starts here
 * 李四代表:
 * …感谢你对交通运输工作的关心和支持…
 * 马关县交通运输局
 * 2023年8月8日
 * 联系人及电话:王五,…                ← the sign-off ends here
 * 责任编辑:张三                      ← dropped (after the document)
 * </pre>
 * It reads tidied, simplified text (one line per paragraph, ASCII colons). When neither a salutation nor
 * a reply heading is found, nothing is dropped and {@link Result#found()} is false.
 */
final class BodyFinder {
    /** Lines above the anchor searched for a metadata block, and unknown lines tolerated inside one. */
    private static final int META_WINDOW = 14;
    private static final int META_GAP = 3;
    /** Lines from the salutation back to its heading. */
    private static final int HEADING_WINDOW = 12;

    /** A salutation: a person, deputies or a group addressed, e.g. 李四代表:, 尊敬的赵六区人大代表:, 县政协社会和法制委员会:. */
    static final Pattern SALUTATION = Pattern.compile(
            "(?:尊敬的)?[\\p{IsHan}\\d·、() ]{1,80}?(?:代表|委员|同志|先生|女士|代表团|代表组|委员组|联络组|小组|委员会|组|党派|支部|界别|民盟|民建|民进|农工党|致公党|九三学社|工商联|主委|主任|局长|政协|人大常委会)(?:们)? ?:");
    /** A salutation without its colon, read only when the next line opens the letter, e.g. 孙七 委员. */
    static final Pattern SALUTATION_NO_COLON = Pattern.compile(
            "(?:尊敬的)?[\\p{IsHan}\\d·、 ]{2,80}(?:代表|委员)(?:们)?");
    static final Pattern LETTER_OPENING = Pattern.compile("(?:您|你|贵|首先|感谢|现将|关于|对于|在).*");
    /**
     * A reply heading, e.g. 关于政协…第12号提案的答复, 对县十六届人大一次会议第3号建议的答复(水利局), or a co-handler's
     * opinion: 嘉嘉办理〔2024〕2号关于对区七届人大四次会议 第T014号代表建议的会办意见.
     */
    static final Pattern HEADING = Pattern.compile(
            ".{0,120}?(?:建议|提案|议案|意见|提议)(?:的|办理|办复|处理)?.{0,30}?(?:答复|回复|复函|办理情况|办理结果|办复|答覆|回覆).{0,40}"
                    + "|.{0,120}?(?:建议|提案|议案)的?(?:会办|协办)意见.{0,20}");
    /** A metadata label opening a line or a table cell, e.g. 索引号:, 发 布 机 构, 文号 |. */
    static final Pattern META = Pattern.compile(
            "(?:[-•·*|\\[【(] ?)?(?:索 ?引 ?号|发 ?布 ?机 ?构|信息所属单位|所属单位|信息名称|生效日期|失效日期|废止日期|发文机关|发文单位|发布单位|成文日期|发布日期|发布时间|公开日期|生成日期|更新时间|文 ?号|发文字号|"
                    + "主题分类|主题词|公开目录|公开方式|公开范围|公开时限|公开属性|信息分类|信息类别|所属机构|所属主题|有效性|是否有效|标 ?题|名 ?称|"
                    + "来 ?源|信息来源|作者|体裁分类|题裁分类|组配分类|分类|时间|日期|办理单位|承办单位|主办单位|答复单位|办复类别|答复类别|"
                    + "提案号|建议号|编号|类别|内容概述|摘要|关键词|文种|统一编号|登记号).{0,200}");
    /**
     * A label of the page's own classification that no list can hold, its kind after one to four chars: 机构分类, 行业分类,
     * 公文类型, 信息类别 (the values on the next line are kept as the label's, see {@link #isBareLabel}).
     */
    static final Pattern CLASS_LABEL = Pattern.compile("\\p{IsHan}{1,4}(?:分类|类型|类别)(?: ?[:|].{0,40})?");
    /**
     * The page's stamp of date, time and source or counter above the heading, e.g. 2020-12-09 18:49来源:救援协调局 or
     * 2024-04-23 点击数:; a date with a time and nothing after it is a stamp too.
     */
    static final Pattern STAMP = Pattern.compile(
            "(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2} ?\\d{1,2}:\\d{2}(?::\\d{2})? ?(?:(?:信息|文章)?来源 ?:.{0,40}|(?:点击|浏览|阅读|访问)(?:数|量|次数) ?:.{0,20})?");
    /** The reply's class alone on a line above the heading, e.g. A or B类 (the class of a letter, not a list item). */
    static final Pattern CLASS_LINE = Pattern.compile("[(]?[ABC]类?[)]?");
    /** A document number line, e.g. 某交复〔2023〕12号 or 某縣教體字﹝2022﹞8號 A類 after simplification. */
    static final Pattern DOC_NUMBER = Pattern.compile(".{0,20}[〔\\[(【﹝(]\\d{4}[〕\\])】﹞)] ?第?\\d{1,5}号.{0,80}");
    /**
     * A heading broken over lines, e.g. 关于对市七届人大五次会议第71号建议的 / 答 复, or broken after its session:
     * 教育部对十二届全国人大五次会议 / 第7508号建议的答复.
     */
    static final Pattern HEADING_PART = Pattern.compile(
            ".{0,80}(?:关于|答 ?复|回 ?复|复 ?函|建议|提案|议案|会办意见|办理意见|届.{0,12}?次(?:全体)?会议).{0,80}");
    /** An unlabelled metadata value in a bullet list, e.g. • AB0C12345/2024-00001 or • 2024-06-14. */
    static final Pattern BULLET = Pattern.compile("[•·*-] ?.{1,80}");
    /** A salutation of any addressee: a short name alone before its colon, e.g. 区经委:, 甸沙代委员组:. */
    static final Pattern ADDRESSEE = Pattern.compile("(?:尊敬的)?[\\p{IsHan}·、() ]{2,25}:");
    /** A date in digits whose 年月日 a page lost, signing a letter: 2022711, 2022.7.11, 2022-07-11. */
    static final Pattern DIGIT_DATE = Pattern.compile("(?:19|20)\\d{2}(?:[-./]?\\d{1,2}){2}");
    /**
     * A date line that signs a letter, e.g. 2023年8月8日, 二〇二三年八月八日, 马关县交通运输局 2023年8月8日; a table's border may
     * close it (2018年6月28日 |).
     */
    static final Pattern DATE = Pattern.compile(
            "[\\p{IsHan}() ]{0,30}?(?:\\d{4}|[〇○零0一二三四五六七八九]{4}) ?年 ?(?:[\\d〇○零一二三四五六七八九十]{1,2}|元) ?月 ?[\\d〇○零一二三四五六七八九十]{1,3} ?[日号][)]?(?: ?\\|)?");
    /** A sign-off line: contact, copy list, attachments, publication note, signer. */
    static final Pattern SIGN_OFF = Pattern.compile(
            "(?:\\(?(?:联 ?系 ?人|联系单位|答复单位|答复日期|回复单位|回复日期|办理单位|承办负责人|负责人|分管领导|承办科室|承办股室|联系电话|联系方式|联系地址|单位联系电话|承 ?办 ?人|承办单位|经 ?办 ?人|办 ?理 ?人|签发人|签发|审核人|核稿人|拟稿人|"
                    + "电 ?话|办公电话|手机|传真|邮 ?编|邮政编码|通讯地址|抄 ?送|抄 ?报|附 ?件|此件|本件|公开方式|公开属性|是否公开|办复类别|答复类别|"
                    + "办理结果|类别|领导签发|主要负责人)).{0,160}");
    /** A table's caption on its own line: 县内主要科创平台一览表, 2023年新认定平台统计表. */
    static final Pattern TABLE_CAPTION = Pattern.compile("[^。，；！？,;:：]{2,40}(?:一览表|统计表|情况表|名单|清单)");
    /** A line announcing attachments, e.g. 附件:会办意见, 附 件 1. */
    static final Pattern ATTACHMENT = Pattern.compile("附 ?件");
    /** A short sign-off agency line, e.g. 马关县交通运输局, 嘉定区国资委 (盖章), 中华人民共和国工业和信息化部. */
    static final Pattern SIGNER = Pattern.compile(
            "[\\p{IsHan}()、 ]{2,40}(?:局|委|委员会|办公室|办|政府|厅|部|中心|站|所|队|院|会|处|公司|集团|署|室)(?: ?\\(?(?:盖章|章)\\)?)?");
    /** A line that is a category or a parenthesised note, e.g. (A类), (此件公开发布), 此复. */
    static final Pattern NOTE = Pattern.compile("\\(.{1,30}\\)|[A-D]类?|此复。?|特此答复。?|特此函复。?|[一二三四五六七八九十\\d]{1,2}[.、].{0,80}");

    record Result(MappedText text, boolean found) {
    }

    Result apply(MappedText in) {
        String t = in.text();
        List<int[]> lines = lines(t);
        int anchor = anchor(t, lines);
        if (anchor < 0) return new Result(in, false);
        int first = start(t, lines, anchor);
        int last = end(t, lines, anchor);
        if (first == 0 && last == lines.size() - 1) return new Result(in, true);
        int from = lines.get(first)[0];
        int to = lines.get(last)[1];
        MappedText.Builder out = new MappedText.Builder(to - from);
        out.copy(in, from, to);
        return new Result(out.build(), true);
    }

    /** The salutation's line, else the first reply heading's; -1 when the page shows neither. */
    private static int anchor(String t, List<int[]> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = line(t, lines, i);
            Matcher m = SALUTATION.matcher(line);
            if (m.lookingAt() && !META.matcher(line).matches()
                    && (m.end() == line.length() || line.length() - m.end() <= 60 || opensLetter(line.substring(m.end()).strip())))
                return i;
            if (line.length() <= 90 && SALUTATION_NO_COLON.matcher(line).matches() && i + 1 < lines.size()
                    && LETTER_OPENING.matcher(line(t, lines, i + 1)).matches()) return i;
            if (ADDRESSEE.matcher(line).matches() && !META.matcher(line).matches() && i + 1 < lines.size()
                    && opensLetter(line(t, lines, i + 1))) return i;
        }
        int heading = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = line(t, lines, i);
            if (isHeading(line)) heading = i;
            else if (heading >= 0 && isProse(t, lines, i)) return heading;
        }
        return heading;
    }

    /** The letter's first words after its salutation: prose, or the acknowledgement of the proposal. */
    private static boolean opensLetter(String line) {
        return isProse(line) || LETTER_OPENING.matcher(line).matches() || line.contains("收悉") || line.contains("提出的");
    }

    /** A heading is no sentence: 以上意见供你单位统一答复代表时参考。 closes a co-handler's opinion. */
    private static boolean isHeading(String line) {
        return line.length() <= 160 && HEADING.matcher(line).matches() && !line.startsWith("您") && !line.startsWith("你")
                && !line.endsWith("。");
    }

    /** The first line of the document: the heading above the anchor and the metadata block above that. */
    private static int start(String t, List<int[]> lines, int anchor) {
        int first = anchor;
        for (int i = anchor - 1; i >= 0 && anchor - i <= HEADING_WINDOW; i--) {
            if (isHeading(line(t, lines, i))) {
                first = i;
                break;
            }
        }
        int gap = 0;
        for (int i = first - 1; i >= 0 && first - i <= META_WINDOW + META_GAP; i--) {
            String line = line(t, lines, i);
            boolean header = META.matcher(line).matches() || isHeading(line) || DOC_NUMBER.matcher(line).matches()
                    || (line.length() <= 80 && HEADING_PART.matcher(line).matches() && !endsSentence(line))
                    || isSigners(line) || BULLET.matcher(line).matches()
                    || CLASS_LABEL.matcher(line).matches() || STAMP.matcher(line).matches() || CLASS_LINE.matcher(line).matches()
                    || (i > 0 && isBareLabel(line(t, lines, i - 1)));
            if (header) {
                first = i;
                gap = 0;
            } else if (++gap > META_GAP) {
                break;
            }
        }
        return first;
    }

    /** A metadata label alone on its line, its value on the next, e.g. 索引号 or 发布机构:. */
    private static boolean isBareLabel(String line) {
        return line.length() <= 8 && (META.matcher(line).matches() || CLASS_LABEL.matcher(line).matches())
                && !line.matches(".*[\\d].*");
    }

    /**
     * The last line of the document: the end of the sign-off after the anchor (signer, date, contact, copy
     * list, attachments), else the last line of prose (a letter cut short on the page still ends there); the
     * page's last line when there is neither.
     */
    private static int end(String t, List<int[]> lines, int anchor) {
        int n = lines.size();
        boolean prose = false;
        for (int i = anchor + 1; i < n; i++) {
            String line = line(t, lines, i);
            if (!prose) {
                prose = isProse(t, lines, i);
                continue;
            }
            // The signer before a date, before a contact line, or last on the page (the date stood at the top).
            boolean signer = isSigners(line)
                    && (i + 1 == n || isDate(line(t, lines, i + 1)) || isContact(line(t, lines, i + 1)));
            if (!(DATE.matcher(line).matches() || signer || isContact(line))) continue;
            int last = i;
            for (int j = i + 1; j < n; j++) {
                String next = line(t, lines, j);
                if (isSignOff(next)) last = j;
                else break;
            }
            // A date or contact the text goes on after (2021年3月5日 on its own line, then a paragraph) signs nothing;
            // a signer over its date does: what follows it is the page's (原文链接:…, a disclaimer, related articles),
            // unless the sign-off announces attachments (附件:会办意见), which are the document's.
            if (last + 1 < n && isProse(line(t, lines, last + 1))
                    && !(signer && isDate(line(t, lines, i + 1)) && !announcesAttachment(t, lines, i, last))) {
                i = last;
                continue;
            }
            return last;
        }
        for (int i = n - 1; i > anchor; i--) if (isProse(line(t, lines, i))) return withTable(t, lines, i);
        return n - 1;
    }

    /**
     * A letter cut short without a sign-off ends at its last prose line, or after the table that prose announces:
     * a caption (县内主要科创平台一览表) right after it opens a table flattened one cell per line, which runs to the
     * last line of short cells (the page's end on a cut page).
     */
    private static int withTable(String t, List<int[]> lines, int last) {
        int n = lines.size();
        if (last + 1 >= n || !TABLE_CAPTION.matcher(line(t, lines, last + 1)).matches()) return last;
        int end = last + 1;
        while (end + 1 < n && !isProse(line(t, lines, end + 1))) end++;
        return end;
    }

    private static boolean announcesAttachment(String t, List<int[]> lines, int from, int to) {
        for (int k = from; k <= to; k++) if (ATTACHMENT.matcher(line(t, lines, k)).lookingAt()) return true;
        return false;
    }

    private static boolean isContact(String line) {
        return line.length() <= 160 && SIGN_OFF.matcher(line).matches()
                && (line.startsWith("联") || line.startsWith("(联") || line.startsWith("承办人") || line.startsWith("经办人")
                || line.startsWith("抄") || line.startsWith("答复") || line.startsWith("回复") || line.startsWith("经 办"));
    }

    /** One signer, or joint signers side by side: 上海市徐汇区科学技术委员会 上海市徐汇区财政局 (not 网站首页 新闻中心). */
    private static boolean isSigners(String line) {
        for (String part : line.split(" ")) if (!SIGNER.matcher(part).matches()) return false;
        return true;
    }

    private static boolean isDate(String line) {
        return DATE.matcher(line).matches() || DIGIT_DATE.matcher(line).matches();
    }

    private static boolean isSignOff(String line) {
        return line.length() <= 160 && (DATE.matcher(line).matches() || DIGIT_DATE.matcher(line).matches()
                || SIGN_OFF.matcher(line).matches()
                || isSigners(line) || NOTE.matcher(line).matches());
    }

    /** A line of the letter's text, not of its header: long, or ending a sentence. */
    private static boolean isProse(String line) {
        return line.length() >= 40 || endsSentence(line);
    }

    /** Line {@code i} is prose and not the value of a metadata label above it (内容概述 / …的答复。). */
    private static boolean isProse(String t, List<int[]> lines, int i) {
        return isProse(line(t, lines, i)) && !(i > 0 && isBareLabel(line(t, lines, i - 1)));
    }

    private static boolean endsSentence(String line) {
        char c = line.charAt(line.length() - 1);
        return c == '。' || c == '!' || c == ';' || c == '?' || c == '”' || c == '…';
    }

    private static List<int[]> lines(String t) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (start <= t.length()) {
            int nl = t.indexOf('\n', start);
            int end = nl < 0 ? t.length() : nl;
            if (end > start) out.add(new int[] {start, end});
            if (nl < 0) break;
            start = nl + 1;
        }
        return out;
    }

    private static String line(String t, List<int[]> lines, int i) {
        int[] l = lines.get(i);
        return t.substring(l[0], l[1]);
    }
}
