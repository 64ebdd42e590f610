package org.replygraph.extract.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.agency.AgencyResolver;
import org.replygraph.extract.agency.Places;
import org.replygraph.extract.fact.Assembly;
import org.replygraph.extract.fact.AssemblyKind;
import org.replygraph.extract.fact.Diagnostic;
import org.replygraph.extract.fact.Located;
import org.replygraph.extract.fact.PersonRef;
import org.replygraph.extract.fact.Proposal;
import org.replygraph.extract.fact.ProposalKind;
import org.replygraph.extract.fact.Session;
import org.replygraph.lexicon.Example;
import org.replygraph.lexicon.Fragments;
import org.replygraph.lexicon.WordList;

/**
 * Reads the proposal a letter answers: number, title, proposers, session and kind. The kind follows
 * the assembly when a session is given (a 政协 proposal stays a proposal even when its author is
 * addressed as 代表), else the heading (第N号提案/建议), the salutation (委员/代表), the title.
 */
public final class ProposalReader {
    private final ProposalNumberParser numbers = new ProposalNumberParser();
    private final TitleParser titles = new TitleParser();
    private final ProposerParser labelled = new ProposerParser();
    private final SessionParser sessions;
    private final AgencyResolver resolver;
    private final Places places;

    /** A salutation to the proposers as a group: "各位委员:", "各位代表:". */
    @Example(text = "各位委员:", read = "委员")
    @Example(text = "尊敬的各位代表:", read = "代表")
    @Example(text = "各位领导:", read = Example.NOTHING)
    private static final Pattern GROUP_SALUTATION =
            Pattern.compile("(?m)^\\h{0,8}(?:尊敬的)?各位(委员|代表)\\h{0,4}[::]");

    /** The acknowledgement's own noun right before 收悉 (just before {@code ackEnd}): "…的建议”的提案收悉", "议案已收悉". */
    @Example(text = "贵组提出的关于“我区智能制造业集群发展的建议”的提案", read = "提案")
    @Example(text = "您提出的关于加强泥河镇交通疏导的建议已", read = "建议")
    @Example(text = "您提出的《关于加强交通疏导的提案》", read = Example.NOTHING)
    private static final Pattern ACK_NOUN = Pattern.compile("(提案|建议|议案)\\h{0,2}已?\\h{0,2}$");
    /** A unit addressed by the letter: CPPCC groups (讨论组, 界别, 委员会, 党派) or a congress delegation (代表团, 代表组). */
    @Example(text = "第十二讨论组", read = "讨论组")
    @Example(text = "郭里代表团", read = "代表团", group = 2)
    @Example(text = "民革市委会办公室", read = Example.NOTHING)
    private static final Pattern UNIT_KIND = Pattern.compile("(讨论组|界别|委员会|委会|党派|支部|总支|工商联)$|(代表团|代表组)$");

    /** How far after the acknowledgement a co-handler's opinion is looked at for "X等代表": its first paragraphs. */
    private static final int GROUP_WINDOW = 300;
    /** How far after the salutation a motion quoted without 收悉 is looked for: the body's first sentence. */
    private static final int PROPOSED_WINDOW = 200;

    public ProposalReader(AgencyResolver resolver) {
        this.resolver = resolver;
        this.places = resolver.places();
        this.sessions = new SessionParser(places);
    }

    /** The session as written, before its place is resolved (the jurisdiction may need its level). */
    public Optional<SessionParser.WrittenSession> writtenSession(String text, LetterLayout layout) {
        Optional<SessionParser.WrittenSession> s = sessions.find(text, 0, layout.headerEnd());
        if (s.isEmpty() && layout.ackEnd() > layout.ackStart())
            s = sessions.find(text, layout.ackStart(), layout.ackEnd());
        return s;
    }

    public Proposal read(String text, LetterLayout layout, Metadata meta, String jurisdiction,
                         Optional<SessionParser.WrittenSession> written, List<Diagnostic> diagnostics) {
        Session session = written.map(w -> resolve(w, text, jurisdiction, diagnostics)).orElse(null);
        int ackLimit = Math.min(text.length(), layout.ackEnd() + 40);
        Optional<Located<String>> headingNumber = numbers.inHeading(text, 0, layout.headerEnd());
        Optional<Located<String>> number = headingNumber
                .or(() -> numbers.inParentheses(text, layout.ackStart(), ackLimit))
                .or(() -> numbers.beforeTitle(text, layout.ackStart(), ackLimit))
                .or(() -> meta.get("编号").flatMap(numbers::alone))
                // "关于《关于…的建议》(第0012号)的答复": the heading brackets the number after the title.
                .or(() -> numbers.inParentheses(text, 0, layout.headerEnd()))
                // "关于…第16号“关于…的建议”的答复", "…第二次会议\n24\n建议人:…": the header numbers the quoted title.
                .or(() -> numbers.beforeTitle(text, 0, layout.headerEnd()))
                .or(() -> numbers.underSession(text, 0, layout.headerEnd()))
                // "第15号" on a heading line of its own; "…的建议》21号提案" after the title
                .or(() -> numbers.aloneOrAfterTitle(text, 0, layout.headerEnd()))
                .or(() -> numbers.aloneOrAfterTitle(text, layout.ackStart(), ackLimit))
                // No one addressed, a closing line naming the motion as a heading would: "以上是我局对…会议012号建议的解答"
                // (an opening to the proposers may name the numbers a merged proposal was made of: no number then).
                .or(() -> layout.salutation() == null ? numbers.inHeading(text, layout.ackStart(), layout.ackEnd()) : Optional.empty());
        Optional<Located<String>> title = layout.ackEnd() > layout.ackStart()
                ? titles.find(text, layout.ackStart(), layout.ackEnd()) : Optional.empty();
        if (title.isEmpty()) title = titles.inHeading(text, 0, layout.headerEnd());
        // No 收悉: the motion quoted after 您提出的 in the body's first sentence.
        if (title.isEmpty() && layout.salutation() != null)
            title = titles.proposed(text, layout.ackStart(), Math.min(text.length(), layout.ackStart() + PROPOSED_WINDOW));
        // Nor a proposer's 提出的: the first line under the salutation opens with the title (关于…的建议,我局高度重视…).
        if (title.isEmpty() && layout.salutation() != null) {
            int line = text.indexOf('\n', layout.salutation().end());
            if (line >= 0 && line - layout.salutation().end() <= 2) title = titles.opening(text, line + 1, Math.min(text.length(), line + 1 + PROPOSED_WINDOW));
        }
        if (title.isEmpty()) diagnostics.add(new Diagnostic("no-title", "no proposal title before 收悉", null));
        Salutation sal = layout.salutation();
        String role = sal == null ? null : sal.role();
        // A name the site masked (许**委员:) greets a member but names no one: the role stays, the person does not.
        List<PersonRef> proposers = sal == null ? List.of() : named(sal.proposers());
        Located<String> unit = sal == null ? null : sal.unit();
        if (proposers.isEmpty()) {
            // A co-handling opinion addresses the lead agency, a handling report the proposals committee,
            // a table gives 领衔代表: the proposers are named by label, and an addressed unit is no proposer.
            Optional<ProposerParser.Named> named = labelled.find(text, 0, ackLimit);
            if (named.isPresent()) {
                proposers = named.get().proposers();
                role = named.get().role();
                unit = null;
            }
            // No salutation or label: a co-handler's letter names them in its opening sentence ("陈宝国等代表在…提出的").
            if (proposers.isEmpty() && role == null) {
                Optional<ProposerParser.Named> said = labelled.inSentence(text, layout.ackStart(), ackLimit);
                if (said.isPresent()) {
                    proposers = said.get().proposers();
                    role = said.get().role();
                    if (!proposers.isEmpty()) unit = null;
                }
            }
            // Named in the forwarding clause the title is quoted in: "关于李小明在…期间提出的《…》和梁大伟提出的《…》收悉".
            if (proposers.isEmpty() && role == null) {
                Optional<ProposerParser.Named> said = labelled.forwarded(text, layout.ackStart(), ackLimit);
                if (said.isPresent()) {
                    proposers = said.get().proposers();
                    role = said.get().role();
                    unit = null;
                }
            }
            // A co-handler to the lead body names them as "X等代表" in its first paragraphs ("方葳等代表经深入调研").
            if (proposers.isEmpty() && role == null) {
                Optional<ProposerParser.Named> said = labelled.groupInBody(text, layout.ackStart(),
                        Math.min(text.length(), layout.ackEnd() + GROUP_WINDOW));
                if (said.isPresent()) {
                    proposers = said.get().proposers();
                    role = said.get().role();
                    unit = null;
                }
            }
            // "提案者:梁志坚、区美玲" gives no role, "各位委员:" does.
            if (role == null && !proposers.isEmpty()) {
                Matcher group = GROUP_SALUTATION.matcher(text).region(0, ackLimit);
                if (group.find()) role = group.group(1);
            }
        } else {
            // The salutation may greet only the lead deputy while labelled lines list the seconders too
            // (领衔代表：郑海波 / 附议代表：高明远、宋佳 above "郑海波代表："): all of them proposed it.
            List<PersonRef> greeted = proposers;
            Optional<List<PersonRef>> fuller = labelled.find(text, 0, ackLimit).map(ProposerParser.Named::proposers)
                    .filter(l -> l.size() > greeted.size() && l.stream().map(PersonRef::name).toList()
                            .containsAll(greeted.stream().map(PersonRef::name).toList()));
            if (fuller.isPresent()) proposers = fuller.get();
        }
        proposers = named(proposers);
        ProposalKind kind = session != null ? session.assembly().kind().motionKind()
                : kindFromWords(text, headingNumber, role, title, layout);
        return new Proposal(kind, number.orElse(null), title.orElse(null),
                proposers, role, unit, session);
    }

    /** The proposers whose names the letter gives, masked ones (姜xx) left out. */
    private static List<PersonRef> named(List<PersonRef> people) {
        return people.stream().noneMatch(p -> PersonName.isMasked(p.name())) ? people
                : people.stream().filter(p -> !PersonName.isMasked(p.name())).toList();
    }

    private Session resolve(SessionParser.WrittenSession w, String text, String jurisdiction, List<Diagnostic> diagnostics) {
        String place = w.place();
        // No place written and none known: the level the letter calls its own (我市, 我县) stands for it, when the session
        // was written without a place ("我局对第二届政协委员会…"), not when debris took the place's spot (…】第十七届…).
        if (place.isEmpty() && jurisdiction == null && unplaced(text, w.span().start())) {
            Matcher own = OWN_LEVEL.matcher(text);
            if (own.find()) place = own.group(1);
        }
        if (place.length() == 1) {
            String p = resolver.placeAtLevel(place.charAt(0), jurisdiction);
            // The letter's jurisdiction unknown: the place the writer's own name or the body gives at that level.
            if (p == null) p = writtenPlace(text, place.charAt(0)).orElse(null);
            if (p == null)
                diagnostics.add(new Diagnostic("session-place", "session names only " + place
                        + " and the letter gives no place at that level", w.span()));
            else place = p;
        } else if (place.isEmpty()) {
            if (jurisdiction == null) {
                diagnostics.add(new Diagnostic("session-place", "session names no place", w.span()));
                return null;
            }
            place = jurisdiction;
        } else if (place.equals(AUTONOMOUS_REGION)) {
            // 自治区人大 names only the level: the letter's own region, else no place (no assembly node is written).
            String region = jurisdiction == null ? null : places.provinceOf(jurisdiction).filter(r -> r.endsWith(AUTONOMOUS_REGION)).orElse(null);
            if (region == null)
                diagnostics.add(new Diagnostic("session-place", "session names only " + place
                        + " and the letter gives no region", w.span()));
            else place = region;
        } else if (!place.equals("中国")) {
            place = jurisdiction != null && jurisdiction.endsWith(place) ? jurisdiction : places.fullPlaceIn(place, text);
        }
        return new Session(new Assembly(w.kind(), place), w.term(), w.meeting(), w.span());
    }

    /**
     * The place at a session's bare level (市 of 市人大) as the letter writes it: a line that is only an agency's name opening
     * with a place of that level (the sign-off "舞钢市教育体育局"), else a government, party committee or assembly of that level
     * named in the text ("二道区政府十分重视", "永仁县委县政府"). Never a place no line writes; empty when none.
     */
    Optional<String> writtenPlace(String text, char level) {
        for (Pattern p : List.of(SIGNING_PLACE, GOVERNING_PLACE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String place = m.group(1);
                if (place.charAt(place.length() - 1) != level || !plausiblePlace(place)) continue;
                // a body named in passing is no evidence: the letter's own place recurs
                if (p == GOVERNING_PLACE && occurrences(text, place) < RECURRING) continue;
                return Optional.of(places.fullPlaceIn(place, text));
            }
        }
        return Optional.empty();
    }

    private static int occurrences(String text, String s) {
        int n = 0;
        for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + s.length())) n++;
        return n;
    }

    private static final String AUTONOMOUS_REGION = "自治区";

    /**
     * Whether a session starting at {@code at} names the motion answered without a place, as a heading or closing does
     * ("…对第二届政协委员会第五次会议012号建议的解答", "关于第三届…"): it follows 对 or 关于 or opens a line. After 您在 a
     * place is written ("您在县十七届…"), so a session without one there may have lost it to debris: no guess.
     */
    private static boolean unplaced(String text, int at) {
        int i = at;
        while (i > 0 && Character.isSpaceChar(text.charAt(i - 1))) i--;
        return i == 0 || text.charAt(i - 1) == '\n' || UNPLACED_AFTER.matcher(text.substring(Math.max(0, i - 2), i)).find();
    }

    /** Words a session follows when it names no place: 对第二届…, 关于第三届…. */
    private static final Pattern UNPLACED_AFTER = Pattern.compile("(?:对|关于)$");

    /** The level a letter calls its own: 我市, 我县, 我区 (not 我局, 我委). */
    @Example(text = "我市现有公墓一处", read = "市")
    @Example(text = "我局高度重视", read = Example.NOTHING)
    private static final Pattern OWN_LEVEL = Pattern.compile("我([省市县区州旗])");

    /** How often a place the body names must recur to be the letter's own. */
    private static final int RECURRING = 3;

    private boolean plausiblePlace(String place) {
        String name = place.substring(0, place.length() - 1);
        for (char c : name.toCharArray())
            if (NOT_A_PLACE.indexOf(c) >= 0 || Fragments.ALL_LEVELS.indexOf(c) >= 0) return false;
        return place.charAt(place.length() - 1) != '省' || places.isProvince(place);
    }

    /** Chars no place name of two to four chars holds: pronouns, quantifiers, agency words. */
    private static final String NOT_A_PLACE = "我本该全各此每一某郊外邻的局厅委部办会中心院所司处科政府人大协对于并及时给近日在为与向从把将经据按照";
    /**
     * A line that is only an agency's name opening with its place: the sign-off "舞钢市教育体育局", or the lead body a
     * co-handling opinion addresses ("蒙城县科技局:" above a reply to 县政协: a body of the session's own level).
     */
    @Example(text = "感谢您的关心。\n舞钢市教育体育局\n", read = "舞钢市")
    @Example(text = "蒙农机函〔2021〕8号\n蒙城县科技局:\n关于李小明在县政协十届五次会议期间提出的", read = "蒙城县")
    @Example(text = "市教育体育局\n", read = Example.NOTHING)
    @Example(text = "市教育体育局:\n", read = Example.NOTHING)
    private static final Pattern SIGNING_PLACE = Pattern.compile(
            "(?m)^\\h{0,8}(\\p{IsHan}{2,4}?[" + Fragments.ALL_LEVELS + "])\\p{IsHan}{1,16}?(?:局|厅|委员会|委|办公室)\\h*[:：]?\\h*$");
    /** A government, party committee or assembly of a place the body names: 二道区政府, 永仁县委县政府, 临沭县人民政府. */
    @Example(text = "二道区政府十分重视国有企业的发展", read = "二道区")
    @Example(text = "在县政府的统筹下", read = Example.NOTHING)
    private static final Pattern GOVERNING_PLACE = Pattern.compile(
            "(\\p{IsHan}{2,4}?[" + Fragments.ALL_LEVELS + "])(?:人民政府|政府|委|人大|政协)");

    /** How a heading marks a motion between its number and its noun (motion-marks.tsv): 第20230153号重点提案, 第3号重点督办建议. */
    @Example(text = "重点提案办理意见的函", read = "重点")
    @Example(text = "代表建议的答复", read = "代表")
    @Example(text = "提案的答复", read = Example.NOTHING)
    private static final Pattern MOTION_MARKS = Pattern.compile("^(?:" + String.join("|", WordList.words("motion-marks")) + ")+");

    private static ProposalKind kindFromWords(String text, Optional<Located<String>> headingNumber, String role,
                                              Optional<Located<String>> title, LetterLayout layout) {
        if (headingNumber.isPresent()) {
            int after = text.indexOf('号', headingNumber.get().span().end());
            String word = after < 0 ? "" : MOTION_MARKS.matcher(text.substring(after + 1, Math.min(text.length(), after + 10)).strip())
                    .replaceFirst("");
            if (word.startsWith("提案")) return ProposalKind.CPPCC_PROPOSAL;
            if (word.startsWith("建议") || word.startsWith("议案")) return ProposalKind.NPC_SUGGESTION;
        }
        if ("委员".equals(role)) return AssemblyKind.CPPCC.motionKind();
        if ("代表".equals(role)) return AssemblyKind.PEOPLES_CONGRESS.motionKind();
        // The replying body's own noun before 收悉 (…“…的建议”的提案收悉) says what it answers, whatever the title ends with.
        Matcher noun = ACK_NOUN.matcher(text).region(Math.max(layout.ackStart(), layout.ackEnd() - 8), layout.ackEnd());
        if (layout.ackEnd() > layout.ackStart() && noun.find())
            return noun.group(1).equals("提案") ? ProposalKind.CPPCC_PROPOSAL : ProposalKind.NPC_SUGGESTION;
        // A group addressed: a CPPCC discussion group, sector or party committee proposes; a delegation suggests.
        Salutation sal = layout.salutation();
        if (sal != null && sal.unit() != null && sal.proposers().isEmpty()) {
            Matcher unit = UNIT_KIND.matcher(sal.unit().value());
            if (unit.find()) return unit.group(1) != null ? ProposalKind.CPPCC_PROPOSAL : ProposalKind.NPC_SUGGESTION;
        }
        String ack = text.substring(layout.ackStart(), layout.ackEnd());
        List<String> words = new ArrayList<>(List.of(ack));
        title.ifPresent(t -> words.add(0, t.value()));
        for (String w : words) {
            if (w.endsWith("提案") || w.contains("提案")) return ProposalKind.CPPCC_PROPOSAL;
            if (w.endsWith("建议") || w.contains("议案")) return ProposalKind.NPC_SUGGESTION;
        }
        return ProposalKind.NPC_SUGGESTION;
    }
}
