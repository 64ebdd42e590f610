package org.replygraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.replygraph.extract.fact.CentreMention;
import org.replygraph.lexicon.WordList;

/**
 * Which named centre a clause is about, so a stated date or figure is given only to the centre the
 * sentence is clearly about: the centre (or list of centres) opening the clause
 * (中信科公司牵头建设的信息光电子、…创新中心分别于…), a short word standing for the centre just named
 * (…组建。中心吸引了…), or, for a clause without a subject (…创新中心,于2018年6月获批筹建), the
 * subject of the clause before it in the same sentence. Anything else (我省已建成…, 公司现有…) is no centre.
 *
 * <pre>{@code
 * CentreSubject s = new CentreSubject(text, centres);
 * s.of(clauseStart, factStart);   // [国家增材制造创新中心], or [] when the clause is about something else
 * }</pre>
 */
final class CentreSubject {
    private static final String SENTENCE_END = "。！？；!?;\n";
    private static final String CLAUSE_END = "，,：:" + SENTENCE_END;
    /** Words that may stand between a subject and what is said of it: dates, 于, 正式, 分别, 已 … */
    static final Pattern ADVERBIALS = Pattern.compile("(?:于|已|已经|正式|先后|分别|并|均|共|累计|目前|现|还|又|成功|被|首批|当年|同年"
            + "|\\d{4}年?(?:\\d{1,2}月(?:\\d{1,2}日)?)?|\\d{1,2}月(?:\\d{1,2}日)?|[、和及]){0,12}");
    /** Before the first centre of a subject: 其中, a builder (华中科技大学牵头建设的). */
    private static final Pattern LEAD_IN = Pattern.compile("(?:其中)?(?:[^，。；、]{1,20}?(?:牵头)?(?:建设|组建|共建|筹建)的)?");
    /** Between centres of a listed subject: 、 and the next item's builder. */
    private static final Pattern BETWEEN = Pattern.compile("[、和与及](?:[^，。；、]{1,20}?(?:牵头)?(?:建设|组建|共建|筹建)的)?");
    /** Words that stand for a centre just named, longest first. */
    private static final List<String> ANAPHORS = WordList.words("centre-anaphors");

    private final String text;
    private final List<CentreMention> centres;

    CentreSubject(String text, List<CentreMention> centres) {
        this.text = text;
        this.centres = centres;
    }

    /** Where the clause holding {@code at} starts. */
    int clauseStart(int at) {
        int i = at;
        while (i > 0 && CLAUSE_END.indexOf(text.charAt(i - 1)) < 0) i--;
        return i;
    }

    /** The centres the clause starting at {@code clauseStart} is about, when the words up to {@code factStart} allow no other subject. */
    List<CentreMention> of(int clauseStart, int factStart) {
        String lead = text.substring(clauseStart, factStart);
        List<CentreMention> named = opening(clauseStart, factStart);
        if (!named.isEmpty()) {
            int after = named.get(named.size() - 1).span().end();
            return ADVERBIALS.matcher(text.substring(after, factStart)).matches() ? named : List.of();
        }
        for (String a : ANAPHORS)
            if (lead.startsWith(a) && ADVERBIALS.matcher(lead.substring(a.length())).matches())
                return antecedent(clauseStart, a.replace("该", ""));
        if (!ADVERBIALS.matcher(lead).matches()) return List.of();
        return inherited(clauseStart);
    }

    /** The subject of the clauses before, back to the sentence start, for a clause that has none. */
    private List<CentreMention> inherited(int clauseStart) {
        int end = clauseStart - 1;
        if (end < 0 || SENTENCE_END.indexOf(text.charAt(end)) >= 0) return List.of();
        int start = clauseStart(end);
        List<CentreMention> named = opening(start, end);
        if (!named.isEmpty()) return named;
        String clause = text.substring(start, end);
        for (String a : ANAPHORS)
            if (clause.startsWith(a)) return antecedent(start, a.replace("该", ""));
        // A clause opening with a date or 于, 已 … has no subject of its own either: look further back.
        return startsWithAdverbial(clause) ? inherited(start) : List.of();
    }

    private static boolean startsWithAdverbial(String clause) {
        var m = ADVERBIALS.matcher(clause);
        return m.lookingAt() && m.end() > 0;
    }

    /** The centres that open [from, to): a lead-in, then centres separated by 、 and builders. */
    private List<CentreMention> opening(int from, int to) {
        List<CentreMention> out = new ArrayList<>();
        int at = from;
        for (CentreMention c : centres) {
            if (c.span().start() < at || c.span().end() > to) continue;
            Pattern gap = out.isEmpty() ? LEAD_IN : BETWEEN;
            if (!gap.matcher(text.substring(at, c.span().start())).matches()) break;
            out.add(c);
            at = c.span().end();
        }
        return out;
    }

    /** The one centre named in this sentence before {@code at} or in the sentence before, whose name ends with {@code word}. */
    private List<CentreMention> antecedent(int at, String word) {
        int s = sentenceStart(at);
        int from = s > 0 ? sentenceStart(s - 1) : 0;
        List<CentreMention> near = centres.stream()
                .filter(c -> c.span().start() >= from && c.span().end() <= at).toList();
        if (near.isEmpty() || near.stream().map(CentreMention::name).distinct().count() != 1) return List.of();
        CentreMention c = near.get(near.size() - 1);
        return c.name().endsWith(word) ? List.of(c) : List.of();
    }

    private int sentenceStart(int at) {
        int i = at;
        while (i > 0 && SENTENCE_END.indexOf(text.charAt(i - 1)) < 0) i--;
        return i;
    }
}
