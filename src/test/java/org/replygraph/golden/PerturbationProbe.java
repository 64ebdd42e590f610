package org.replygraph.golden;

import com.hankcs.hanlp.HanLP;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.evaluate.DocumentScore;
import org.replygraph.evaluate.Evaluation;
import org.replygraph.evaluate.FieldResult;
import org.replygraph.evaluate.GoldDocument;
import org.replygraph.evaluate.GoldReader;
import org.replygraph.evaluate.ListKind;
import org.replygraph.evaluate.NameNormaliser;
import org.replygraph.evaluate.Scorer;
import org.replygraph.extract.Extractor;
import org.replygraph.extract.fact.DocumentFacts;
import org.replygraph.extract.fact.Letter;
import org.replygraph.extract.fact.Span;
import org.replygraph.ingest.DocumentReader;
import org.replygraph.ingest.SourceDocument;

/**
 * IN-SAMPLE robustness probe: applies one layout perturbation at a time to every training letter (real r001-r268 and
 * dev), extracts the perturbed text and scores it against the SAME gold through the evaluate code. Prints one row per
 * perturbation (letter fields, policy F1, centre F1) and the fields that were right on the page as published and are
 * wrong once perturbed, grouped by field.
 * <p>
 * Run (after {@code mvn -o -q test-compile}):
 * {@code java -cp target/classes:target/test-classes:$(cat target/bench-classpath.txt) org.replygraph.golden.PerturbationProbe [names…]}
 * <p>
 * Labels are a run of 2-8 Han chars at a line's start or after a space, before a colon with a value after it on the
 * same line (so a salutation, whose colon ends its line, is no label).
 * Perturbation {@code no-metadata} keeps the page from its heading (or, without one before the salutation, its
 * salutation) on; the fields
 * whose value the unperturbed extraction read from the removed part (span starting before the cut) are not scored,
 * in either run, since the perturbed page no longer holds them. Every other perturbation keeps all the information,
 * so every field is scored.
 */
public final class PerturbationProbe {
    private static final Path REAL_LETTERS = Path.of("src/test/resources/real/letters");
    private static final Path REAL_GOLD = Path.of("src/test/resources/real/gold");

    /** A perturbation of a page's text; {@code cut} gives the offset before which the page's text was removed (or 0). */
    record Perturbation(String name, UnaryOperator<String> apply) { }

    static final Map<String, Perturbation> ALL = new LinkedHashMap<>();

    private static final Pattern LABEL = Pattern.compile("(?m)(^|[ \\t\\u3000])(\\p{IsHan}{2,8})[ \\t]*([：:])(?=[ \\t\\u3000]*\\S)");
    private static final Pattern HEADING = Pattern.compile(
            "(?m)^[^\\n]{0,60}(关于|關於|关於|对|對)[^\\n]{2,120}(建议|建議|提案|议案|議案|意见|意見)[^\\n]{0,30}"
                    + "(答复|答復|复函|復函|回复|回復|办理|辦理)[^\\n]*$");
    private static final Pattern SALUTATION = Pattern.compile("(?m)^[^\\n]{1,80}(代表|委员|委員|同志|先生|女士|单位|單位|小组|小組)[:：]\\s*$");

    static {
        add("traditional", HanLP::convertToTraditionalChinese);
        add("one-line", t -> t.replaceAll("\\s*\\R\\s*", " ").strip());
        add("break-after-label", t -> LABEL.matcher(t).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + m.group(2) + m.group(3) + "\n")));
        add("spaced-labels", t -> LABEL.matcher(t).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + String.join(" ", m.group(2).split("")) + " " + m.group(3))));
        add("no-metadata", t -> t.substring(cut(t)));
        add("site-chrome", t -> "首页 | 政务公开 | 互动交流 | 办事服务\n当前位置:首页 > 政府信息公开 > 建议提案办理情况\n"
                + "【字体:大 中 小】 打印本页 关闭窗口\n\n" + t
                + "\n\n分享到:\n【打印本页】【关闭窗口】\n收藏本站| 设为首页| 网站地图 | 帮助说明| 联系我们\n"
                + "政府网站标识码5108240001 蜀ICP备11026878号-2\n");
        add("full-width", PerturbationProbe::toFullWidth);
        add("half-width", PerturbationProbe::toHalfWidth);
    }

    private static void add(String name, UnaryOperator<String> f) {
        ALL.put(name, new Perturbation(name, f));
    }

    /** Where the letter proper starts: its heading's line, else its salutation's line, else 0. */
    public static int cut(String text) {
        Matcher h = HEADING.matcher(text);
        Matcher s = SALUTATION.matcher(text);
        int salutation = s.find() ? s.start() : -1;
        if (h.find() && (salutation < 0 || h.start() < salutation)) return headingStart(text, h.start());
        return Math.max(salutation, 0);
    }

    /** A heading broken over lines (对十三届全国人大三次会议 / 3385号建议的答复) starts at its first part. */
    private static int headingStart(String text, int line) {
        int start = line;
        while (start > 0) {
            int end = start - 1;
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
            int from = text.lastIndexOf('\n', end - 1) + 1;
            String prev = text.substring(from, end).strip();
            if (prev.isEmpty() || prev.length() > 60 || !HEADING_PART.matcher(prev).matches()) break;
            start = from;
        }
        return start;
    }

    private static final Pattern HEADING_PART = Pattern.compile("(?:关于|關於|对|對).*|.*(?:会议|會議|的|第)");

    static String toFullWidth(String t) {
        StringBuilder b = new StringBuilder(t.length());
        for (char c : t.toCharArray()) b.append(c > ' ' && c < 0x7f && "0123456789:,;()!?".indexOf(c) >= 0 ? (char) (c + 0xFEE0) : c);
        return b.toString();
    }

    static String toHalfWidth(String t) {
        StringBuilder b = new StringBuilder(t.length());
        for (char c : t.toCharArray()) {
            if (c == '\u3000') b.append(' ');
            else if (c >= '\uFF01' && c <= '\uFF5E') b.append((char) (c - 0xFEE0));
            else b.append(c);
        }
        return b.toString();
    }

    private record Run(List<DocumentScore> scores) { }

    public static void main(String[] args) throws Exception {
        List<Path[]> cases = new ArrayList<>();
        for (GoldenCorpus.Case c : GoldenCorpus.cases(REAL_LETTERS, REAL_GOLD)) cases.add(new Path[] {c.letter(), c.gold()});
        for (GoldenCorpus.Case c : GoldenCorpus.cases(GoldenCorpus.DEV_LETTERS, GoldenCorpus.DEV_GOLD))
            cases.add(new Path[] {c.letter(), c.gold()});
        List<String> names = args.length == 0 ? List.copyOf(ALL.keySet()) : List.of(args);
        DocumentReader reader = new DocumentReader();
        Extractor extractor = new Extractor();
        Scorer scorer = new Scorer(new NameNormaliser());
        GoldReader goldReader = new GoldReader();
        List<SourceDocument> docs = new ArrayList<>();
        List<GoldDocument> golds = new ArrayList<>();
        List<DocumentFacts> baseFacts = new ArrayList<>();
        List<DocumentScore> base = new ArrayList<>();
        for (Path[] c : cases) {
            SourceDocument d = reader.read(c[0]);
            GoldDocument g = goldReader.read(c[1]);
            DocumentFacts f = extractor.extract(d);
            docs.add(d);
            golds.add(g);
            baseFacts.add(f);
            base.add(scorer.score(g, f));
        }
        StringBuilder table = new StringBuilder();
        StringBuilder misses = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%d letters (%d real, %d dev)%n", docs.size(), docs.size() - 12, 12));
        table.append("| perturbation | letter fields | policy F1 | centre F1 | fields lost |\n|---|---|---|---|---|\n");
        row(table, "none (as published)", base, base, 0);
        for (String name : names) {
            Perturbation p = ALL.get(name);
            if (p == null) throw new IllegalArgumentException("no perturbation " + name + "; known: " + ALL.keySet());
            List<DocumentScore> before = new ArrayList<>();
            List<DocumentScore> after = new ArrayList<>();
            Map<String, List<String>> lost = new TreeMap<>();
            int lostCount = 0;
            for (int i = 0; i < docs.size(); i++) {
                SourceDocument d = docs.get(i);
                String text = p.apply().apply(d.text());
                int cut = name.equals("no-metadata") ? cut(d.text()) : 0;
                DocumentFacts f = extractor.extract(new SourceDocument(d.fileName(), d.sha256(), d.charset(), text));
                DocumentScore s = scorer.score(golds.get(i), f);
                List<String> removed = cut == 0 ? List.of() : removedFields(baseFacts.get(i).letter(), cut);
                DocumentScore b = without(base.get(i), removed);
                s = without(s, removed);
                before.add(b);
                after.add(s);
                for (int k = 0; k < s.fields().size(); k++) {
                    FieldResult was = b.fields().get(k);
                    FieldResult now = s.fields().get(k);
                    if (was.right() && !now.right()) {
                        lostCount++;
                        lost.computeIfAbsent(now.field(), x -> new ArrayList<>()).add(
                                d.stem() + ": expected " + now.expected() + ", got " + now.got());
                    }
                }
            }
            row(table, name, before, after, lostCount);
            misses.append("\n## ").append(name).append(" (").append(lostCount).append(" fields lost)\n");
            lost.forEach((field, list) -> {
                misses.append("- ").append(field).append(" (").append(list.size()).append(")\n");
                list.forEach(x -> misses.append("    ").append(x).append('\n'));
            });
        }
        System.out.print(table);
        System.out.print(misses);
        Path out = Files.createDirectories(GoldenCorpus.OUT).resolve("perturbations.txt");
        Files.writeString(out, table + misses.toString());
    }

    private static void row(StringBuilder t, String name, List<DocumentScore> before, List<DocumentScore> after, int lost) {
        Evaluation b = new Evaluation(before, List.of(), List.of());
        Evaluation a = new Evaluation(after, List.of(), List.of());
        long right = after.stream().mapToLong(DocumentScore::fieldsRight).sum();
        long total = after.stream().mapToLong(s -> s.fields().size()).sum();
        long rightBefore = before.stream().mapToLong(DocumentScore::fieldsRight).sum();
        t.append(String.format(Locale.ROOT, "| %s | %.4f (%d/%d; as published %d) | %.3f | %.3f | %d |%n", name,
                a.letterFieldAccuracy(), right, total, rightBefore, a.micro(ListKind.POLICY_DOCUMENTS).f1(),
                a.micro(ListKind.INNOVATION_CENTRES).f1(), lost));
    }

    /** The letter fields the extraction read from before {@code cut} (the part a perturbation removed). */
    static List<String> removedFields(Letter l, int cut) {
        List<String> out = new ArrayList<>();
        if (l.issuer() != null && before(l.issuer().span(), cut)) out.add("agency");
        if (l.signer() != null && before(l.signer().span(), cut)) out.add("signer");
        if (l.category() != null && before(l.category().span(), cut)) out.add("category");
        if (l.docNumber() != null && before(l.docNumber().span(), cut)) out.add("doc_number");
        if (l.indexNumber() != null && before(l.indexNumber().span(), cut)) out.add("index_number");
        if (l.date() != null && before(l.date().span(), cut)) out.add("date");
        if (l.published() != null && before(l.published().span(), cut)) out.add("published");
        if (l.contact() != null && before(l.contact().span(), cut)) out.add("contact_person");
        if (l.contactPhone() != null && before(l.contactPhone().span(), cut)) out.add("contact_phone");
        if (l.proposal() != null) {
            if (l.proposal().number() != null && before(l.proposal().number().span(), cut)) out.add("proposal.number");
            if (l.proposal().title() != null && before(l.proposal().title().span(), cut)) out.add("proposal.title");
        }
        return out;
    }

    private static boolean before(Span s, int cut) {
        return s != null && s.start() < cut;
    }

    private static DocumentScore without(DocumentScore s, List<String> removed) {
        if (removed.isEmpty()) return s;
        List<FieldResult> kept = s.fields().stream()
                .filter(f -> removed.stream().noneMatch(r -> f.field().equals(r) || f.field().startsWith(r + " ")
                        || (r.equals("agency") && f.field().endsWith("agency")))).toList();
        return new DocumentScore(s.file(), kept, s.lists(), s.table(), s.forbiddenHits(), s.warnings());
    }
}
