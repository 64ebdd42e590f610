package org.replygraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.agency.AgencyResolver;
import org.replygraph.extract.agency.JurisdictionFinder;
import org.replygraph.extract.fact.AgencyRef;
import org.replygraph.extract.fact.Diagnostic;
import org.replygraph.extract.fact.DocType;
import org.replygraph.extract.fact.Letter;
import org.replygraph.extract.fact.Located;
import org.replygraph.extract.fact.Proposal;
import org.replygraph.extract.letter.CategoryParser;
import org.replygraph.extract.letter.ChineseDateParser;
import org.replygraph.extract.letter.CoHandlerParser;
import org.replygraph.extract.letter.ContactParser;
import org.replygraph.extract.letter.DocNumberParser;
import org.replygraph.extract.letter.IssuerFinder;
import org.replygraph.extract.letter.LetterLayout;
import org.replygraph.extract.letter.Metadata;
import org.replygraph.extract.letter.MetadataParser;
import org.replygraph.extract.letter.ProposalReader;
import org.replygraph.extract.letter.SalutationParser;
import org.replygraph.extract.letter.SessionParser;
import org.replygraph.extract.letter.SignOff;
import org.replygraph.extract.letter.SignOffParser;
import org.replygraph.extract.letter.SignerParser;
import org.replygraph.lexicon.Example;
import org.replygraph.lexicon.Fragments;
import org.replygraph.text.CleanText;

/**
 * Reads the letter structure of one cleaned document: type, proposal, issuer, co-handlers, signer,
 * category, 文号, 索引号, dates, contact and jurisdiction.
 *
 * <pre>{@code
 * LetterExtractor.Result r = new LetterExtractor().extract(cleanText);
 * r.letter().issuer().name();                        // 陕西省工业和信息化厅
 * r.letter().proposal().session().assembly().place(); // 陕西省
 * }</pre>
 */
public final class LetterExtractor {
    private static final Pattern SPACES = Pattern.compile("[\\s\\h]");
    /** The letter and any diagnostics found while reading it. */
    public record Result(Letter letter, List<Diagnostic> diagnostics) { }

    /**
     * A heading line opening with the page's date: "2024-09-02 10:33 湖北省科学技术厅", or the date before the page's
     * source or counter ("2021-08-17 来源:生态环境部", "2024-04-23 点击数:").
     */
    @Example(text = "2024-09-02 10:33 湖北省科学技术厅", read = "2024-09-02")
    @Example(text = "2021-08-17 来源:生态环境部", read = "2021-08-17")
    @Example(text = "2024-04-23 点击数: | ||||", read = "2024-04-23")
    @Example(text = "2021-08-17 召开会议", read = Example.NOTHING)
    private static final Pattern STAMPED_LINE = Pattern.compile("(?m)^\\h{0,4}((?:19|20)\\d{2}-\\d{1,2}-\\d{1,2})\\h{1,3}"
            + "(?:\\d{1,2}:\\d{2}|(?:信息|文章)?来源\\h{0,2}[:：]|(?:点击|浏览|阅读|访问)(?:数|量|次数)\\h{0,2}[:：])");
    /** The page's source with its time stamp after it on the line: "来源:农业厅办公室 2017-09-09 16:24:21". */
    @Example(text = "来源:农业厅办公室 2017-09-09 16:24:21", read = "2017-09-09")
    @Example(text = "来源:农业厅办公室 2017-09-09", read = Example.NOTHING)
    private static final Pattern SOURCE_STAMP = Pattern.compile("(?m)^\\h{0,4}(?:信息|文章)?来源\\h{0,2}[:：][^\\n]{1,30}?\\h"
            + "((?:19|20)\\d{2}-\\d{1,2}-\\d{1,2})\\h{1,3}\\d{1,2}:\\d{2}");
    /** A page's written date with its time on a line of its own, perhaps a bullet: "• 2019年07月17日 14时55分". */
    @Example(text = "• 2019年07月17日 14时55分\n• 来源: 科学技术厅", read = "2019年07月17日")
    @Example(text = "2019年07月17日 14:55", read = "2019年07月17日")
    @Example(text = "2019年07月17日", read = Example.NOTHING)
    @Example(text = "2019年07月17日 14时召开会议", read = Example.NOTHING)
    private static final Pattern WRITTEN_STAMP = Pattern.compile("(?m)^\\h{0,4}(?:[•●▪◆■]\\h{0,3})?((?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日)"
            + "\\h{1,3}\\d{1,2}(?:时\\d{1,2}分|:\\d{2})(?:\\d{1,2}秒|:\\d{2})?\\h*$");
    /**
     * Two dates on consecutive bullets of an unlabelled metadata list (index number, writer, genre, then the document's
     * date and the page's): "• 2016-06-06\n• 2016-06-07"; the second is the page's.
     */
    @Example(text = "  • 提案\n  • 2016-06-06\n  • 2016-06-07\n", read = "2016-06-07", group = 2)
    @Example(text = "  • 2016-06-06\n  • 郑州市科学技术局\n", read = Example.NOTHING)
    private static final Pattern BULLET_DATES = Pattern.compile("(?m)^\\h{0,4}[•●▪◆■]\\h{0,3}((?:19|20)\\d{2}-\\d{1,2}-\\d{1,2})\\h*\\n"
            + "\\h{0,4}[•●▪◆■]\\h{0,3}((?:19|20)\\d{2}-\\d{1,2}-\\d{1,2})\\h*$");
    /**
     * The page's heading, then a line with its date alone, perhaps between a table's pipes (its 点击数 label gone as chrome):
     * "对《关于…的提案》的答复 | ||||\n2024-04-23 | ||||". Only right under the first line: a date alone further down is a
     * table's cell (答复日期 of a record table), not the page's.
     */
    @Example(text = "对《关于解决交通拥堵的提案》的答复 | ||||\n2024-04-23 | ||||||||||||", read = "2024-04-23")
    @Example(text = "对《关于解决交通拥堵的提案》的答复\n2024-04-23 召开会议", read = Example.NOTHING)
    @Example(text = "承办单位答复 答复日期\n省工业和信息化厅\n2023-08-30", read = Example.NOTHING)
    private static final Pattern DATE_UNDER_HEADING = Pattern.compile(
            "^\\s*[^\\n]+\\n\\s*((?:19|20)\\d{2}-\\d{1,2}-\\d{1,2})[\\h|]*(?:\\n|$)");
    private static final Pattern HEADER_DATE = Pattern.compile(
            "(?m)^\\h{0,20}([" + Fragments.CN_ZEROS + Fragments.CN_NUMERALS + "0-9]{4}\\h{0,2}年[^\\n]{1,12}?[日号])\\h*$");
    /** A last line that is only a written date, perhaps between pipes, spaces or mirror debris (?). */
    private static final Pattern CLOSING_DATE = Pattern.compile(
            "[\\h|??\\u00a0]*([" + Fragments.CN_ZEROS + Fragments.CN_NUMERALS + "0-9]{4}\\h{0,2}年\\h{0,2}[" + Fragments.CN_ZEROS + Fragments.CN_NUMERALS + "0-9]{1,2}\\h{0,2}月\\h{0,2}[" + Fragments.CN_ZEROS + Fragments.CN_NUMERALS + "0-9]{1,3}\\h{0,2}[日号])[\\h|\\u00a0]*");
    /** A co-handler's opinion to the lead body: 会办意见, 协办意见的函, 会办工作的意见, 会办单位意见. */
    private static final Pattern CO_HANDLING = Pattern.compile("(?:会办|协办)(?:工作|单位)?的?意见");
    /** How far into the body co-handlers are looked for: they are named in the opening paragraphs. */
    private static final int CO_HANDLER_WINDOW = 700;
    /** Where a news report names the body whose document it reports. */
    private static final int REPORT_OPENING = 400;

    private final AgencyResolver resolver;
    private final SalutationParser salutations = new SalutationParser();
    private final MetadataParser metadata = new MetadataParser();
    private final SignOffParser signOffs = new SignOffParser();
    private final IssuerFinder issuers = new IssuerFinder();
    private final DocNumberParser docNumbers = new DocNumberParser();
    private final CategoryParser categories = new CategoryParser();
    private final SignerParser signers = new SignerParser();
    private final ContactParser contacts = new ContactParser();
    private final CoHandlerParser coHandlers = new CoHandlerParser();
    private final ChineseDateParser dates = new ChineseDateParser();
    private final JurisdictionFinder jurisdictions;
    private final ProposalReader proposals;

    public LetterExtractor() {
        this(AgencyResolver.standard());
    }

    public LetterExtractor(AgencyResolver resolver) {
        this.resolver = resolver;
        this.jurisdictions = new JurisdictionFinder(resolver.places());
        this.proposals = new ProposalReader(resolver);
    }

    public Result extract(CleanText clean) {
        String text = clean.text();
        List<Diagnostic> diagnostics = new ArrayList<>();
        LetterLayout layout = LetterLayout.of(text, salutations);
        Metadata meta = metadata.parse(text, 0, layout.headerEnd());
        DocType type = !layout.isLetter() ? DocType.OTHER
                : CO_HANDLING.matcher(text).region(0, layout.headerEnd()).find() ? DocType.CO_HANDLING_OPINION
                : DocType.REPLY_LETTER;
        SignOff signOff = type == DocType.OTHER ? closingOfOther(text)
                : signOffs.find(text, layout.ackStart(), text.length());
        // Any document may carry its own 文号; a text that is no letter only in labelled metadata, since
        // a news item's opening cites other documents' numbers.
        Optional<Located<String>> ownNumber = meta.get("文号").flatMap(docNumbers::parse);
        Optional<Located<String>> docNumber = type == DocType.OTHER ? ownNumber
                : ownNumber.or(() -> docNumbers.find(text, 0, layout.headerEnd()));
        if (docNumber.isEmpty() && type != DocType.OTHER)
            docNumbers.damaged(text, 0, layout.headerEnd()).ifPresent(d -> diagnostics.add(new Diagnostic("doc-number-damaged",
                    "文号 " + d.value() + " lost its year brackets; not read", d.span())));
        List<Located<String>> issuerNames = type == DocType.OTHER
                ? issuers.ofReport(text, Math.min(text.length(), REPORT_OPENING), meta).stream().toList()
                : issuers.candidates(text, layout, signOff, meta);
        Optional<Located<String>> issuerSurface = issuerNames.stream().findFirst();
        Optional<SessionParser.WrittenSession> written = type == DocType.OTHER ? Optional.empty()
                : proposals.writtenSession(text, layout);
        // A ministry writing its state's name before its own (中华人民共和国农业农村部) is national, whatever province its text
        // is about: the writer's own level, never a place the text mentions. Else the jurisdiction finder decides from the
        // writer's names, its 文号, the session's level and the level the letter calls itself (我市).
        String found = issuerNames.stream().findFirst().filter(n -> nationalFullName(n.value()) != null).isPresent()
                ? AgencyResolver.NATIONAL
                : jurisdictions.ofLetter(text, issuerNames.stream().map(Located::value).toList(),
                        docNumber.map(Located::value).orElse(null), written.map(SessionParser.WrittenSession::place).orElse(null))
                        .orElse(null);
        AgencyRef issuer = issuerSurface.map(s -> agency(s, found)).orElse(null);
        // A national body's letter is national, whatever places its text names (四川 in a letter of
        // 工业和信息化部): its bare 发展改革委 is the national commission, not a province's.
        String jurisdiction = issuer != null && resolver.isNational(issuer.name()) ? AgencyResolver.NATIONAL : found;
        if (issuer == null) diagnostics.add(new Diagnostic("no-issuer", "no sign-off, heading or metadata names the issuer", null));
        Proposal proposal = type == DocType.OTHER ? null
                : proposals.read(text, layout, meta, jurisdiction, written, diagnostics);

        Located<LocalDate> published = published(text, meta, layout);
        Located<LocalDate> date = letterDate(signOff, meta, published, diagnostics);
        if (date == null && type != DocType.OTHER) date = headerDate(text, layout.headerEnd());
        if (date == null && type != DocType.OTHER) date = closingDate(text, layout.ackStart());
        if (date == null && type != DocType.OTHER) date = inlineClosingDate(text, layout.ackStart());
        ContactParser.Contact contact = type == DocType.OTHER ? null
                : contacts.find(text, layout.ackStart(), text.length()).orElse(null);
        Letter letter = new Letter(type, proposal, issuer,
                type == DocType.OTHER ? List.of() : coHandlers(text, layout, meta, jurisdiction, issuer, signOff),
                type == DocType.OTHER ? null : signers.find(text, 0, text.length()).orElse(null),
                type == DocType.OTHER ? null : categories.find(text, 0, layout.headerEnd()).orElse(null),
                docNumber.orElse(null), meta.get("索引号").orElse(null), date, published,
                contact == null ? null : contact.person(), contact == null ? null : contact.phone(), jurisdiction);
        return new Result(letter, diagnostics);
    }

    /**
     * The closing of a text that is no letter, kept only when an agency line and a written date end it
     * ("成都市科学技术局 / 2023年4月14日" under a notice): a news item's last dated line is no sign-off.
     */
    private SignOff closingOfOther(String text) {
        SignOff s = signOffs.find(text, 0, text.length());
        return s.agency() != null && s.date() != null ? new SignOff(s.agency(), s.date(), null) : new SignOff(null, null, null);
    }

    private AgencyRef agency(Located<String> surface, String jurisdiction) {
        String written = SPACES.matcher(surface.value()).replaceAll("");
        String national = nationalFullName(written);
        return new AgencyRef(national != null ? national : resolver.resolve(written, jurisdiction), written, surface.span());
    }

    /**
     * The national body a name written with the state's full name before it stands for (中华人民共和国农业农村部 is
     * 农业农村部), or null when the name has no such prefix or the rest is no national body.
     */
    @Example(text = "中华人民共和国农业农村部", read = "农业农村部")
    @Example(text = "农业农村部", read = Example.NOTHING)
    private static final Pattern STATE_PREFIX = Pattern.compile("^\\h*中华人民共和国\\h*(\\S+)$");

    private String nationalFullName(String written) {
        Matcher m = STATE_PREFIX.matcher(SPACES.matcher(written).replaceAll(""));
        if (!m.matches()) return null;
        String rest = resolver.resolve(m.group(1), AgencyResolver.NATIONAL);
        return resolver.isNational(rest) ? rest : null;
    }

    private List<AgencyRef> coHandlers(String text, LetterLayout layout, Metadata meta, String jurisdiction, AgencyRef issuer,
            SignOff signOff) {
        List<Located<String>> found = meta.get("协办单位").map(coHandlers::split).orElse(List.of());
        if (found.isEmpty())
            found = coHandlers.find(text, layout.ackStart(), Math.min(text.length(), layout.ackStart() + CO_HANDLER_WINDOW));
        if (found.isEmpty()) found = coHandlers.acknowledged(text, layout.ackStart(), text.length());
        // Named by their role word outside the answering sentence: a closing paragraph, a note under the sign-off.
        if (found.isEmpty()) found = coHandlers.labelled(text, layout.ackStart(), text.length());
        // A joint reply's other signers co-handle it, whatever the body says.
        found = new ArrayList<>(found);
        found.addAll(signOff.jointAgencies());
        Map<String, AgencyRef> byName = new LinkedHashMap<>();
        for (Located<String> s : found) {
            AgencyRef a = agency(s, jurisdiction);
            if (issuer == null || !a.name().equals(issuer.name())) byName.putIfAbsent(a.name(), a);
        }
        return List.copyOf(byName.values());
    }

    /**
     * The page's publication date: 发布日期, 日期, 时间, else a stamped header line, a written date with its time on a line
     * of its own, or the second of two bulleted dates. 发文日期 is the letter's own date (its sign-off date), not the page's,
     * and 生成日期 is when a page was generated (printed): neither is read.
     */
    private Located<LocalDate> published(String text, Metadata meta, LetterLayout layout) {
        // A label given twice: the first value that reads as a date (a search form's "发布日期: 至" stands above the page's own).
        for (String label : new String[] {"发布日期", "日期", "时间"})
            for (Located<String> v : meta.values(label)) {
                Optional<LocalDate> d = dates.parseLeading(v.value());
                if (d.isPresent()) return new Located<>(d.get(), v.span());
            }
        // Unlabelled layouts in the page's header, in this order; the first that matches decides (a date it cannot
        // read gives none, rather than a date further down).
        for (var layoutDate : PUBLISHED_LAYOUTS) {
            Matcher m = layoutDate.getKey().matcher(text).region(0, layout.headerEnd());
            if (!m.find()) continue;
            int g = layoutDate.getValue();
            return dates.parse(m.group(g)).map(d -> Located.at(d, m.start(g), m.end(g))).orElse(null);
        }
        return null;
    }

    /** The published date's unlabelled layouts, each with the group holding the date. */
    private static final List<Map.Entry<Pattern, Integer>> PUBLISHED_LAYOUTS = List.of(
            Map.entry(STAMPED_LINE, 1), Map.entry(SOURCE_STAMP, 1), Map.entry(DATE_UNDER_HEADING, 1),
            Map.entry(WRITTEN_STAMP, 1), Map.entry(BULLET_DATES, 2));

    /**
     * A date written alone on a header line ("某海渔函〔2024〕9号 / 2024年5月29日"), for a letter whose
     * sign-off has none; only the written form with 年月日, since pages print their own ISO dates.
     */
    private Located<LocalDate> headerDate(String text, int headerEnd) {
        Matcher m = HEADER_DATE.matcher(text).region(0, headerEnd);
        if (!m.find()) return null;
        return dates.parse(m.group(1)).map(d -> Located.at(d, m.start(1), m.end(1))).orElse(null);
    }

    /**
     * A written date alone on the letter's last line, with no agency line above it (after 联系人 lines, a table's
     * pipe, or mirror debris: "联系人:胡晓炜\n2023年5月5日", "2018年6月28日 |", "????2023年4月27日").
     */
    private Located<LocalDate> closingDate(String text, int from) {
        int end = text.length();
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) end--;
        int lineStart = text.lastIndexOf('\n', end - 1) + 1;
        if (lineStart < from) return null;
        Matcher m = CLOSING_DATE.matcher(text).region(lineStart, end);
        if (!m.matches()) return null;
        return dates.parse(m.group(1)).map(d -> Located.at(d, m.start(1), m.end(1))).orElse(null);
    }

    /**
     * A letter flattened into one table cell closes on its line: the thanks, the written date, then the contact or copy list
     * ("感谢您对财政工作的关心和支持! 2022年7月1日 联系科室、人员及电话:…"). The last such date counts.
     */
    @Example(text = "感谢您对财政工作的关心和支持! 2022年7月1日 联系科室、人员及电话:经建科6211754", read = "2022年7月1日")
    @Example(text = "项目于2022年7月1日开工。联系人:张三", read = Example.NOTHING)
    private static final Pattern INLINE_CLOSING_DATE = Pattern.compile(
            "[。!!]\\h+([" + Fragments.CN_ZEROS + Fragments.CN_NUMERALS + "0-9]{4}年[" + Fragments.CN_ZEROS + Fragments.CN_NUMERALS
                    + "0-9]{1,2}月[" + Fragments.CN_ZEROS + Fragments.CN_NUMERALS + "0-9]{1,3}[日号])\\h+(?:联系|抄送|抄报|附件)");

    private Located<LocalDate> inlineClosingDate(String text, int from) {
        Matcher m = INLINE_CLOSING_DATE.matcher(text).region(from, text.length());
        Located<LocalDate> last = null;
        while (m.find()) {
            int s = m.start(1);
            int e = m.end(1);
            last = dates.parse(m.group(1)).map(d -> Located.at(d, s, e)).orElse(last);
        }
        return last;
    }

    /** The letter's own date: the sign-off's, else metadata 成文日期 or 发文日期. */
    private Located<LocalDate> letterDate(SignOff signOff, Metadata meta, Located<LocalDate> published, List<Diagnostic> diagnostics) {
        if (signOff.date() != null)
            return Located.at(signOff.date().date(), signOff.date().start(), signOff.date().end());
        if (signOff.compactDate() != null) {
            Located<String> raw = signOff.compactDate();
            Optional<LocalDate> d = dates.parseCompact(raw.value(), published == null ? null : published.value());
            if (d.isPresent()) return new Located<>(d.get(), raw.span());
            diagnostics.add(new Diagnostic("date-ambiguous", "sign-off date " + raw.value()
                    + " lost its 年月日 and cannot be read unambiguously", raw.span()));
        }
        for (String label : new String[] {"成文日期", "发文日期"}) {
            Optional<Located<String>> v = meta.get(label);
            if (v.isPresent()) {
                Optional<LocalDate> d = dates.parse(v.get().value());
                if (d.isPresent()) return new Located<>(d.get(), v.get().span());
            }
        }
        return null;
    }
}
