package org.replygraph.graph;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.replygraph.extract.fact.Assembly;
import org.replygraph.extract.fact.EntityKind;
import org.replygraph.extract.fact.ProposalKind;
import org.replygraph.extract.fact.Session;

/**
 * The one place where entity IRIs are made: a readable pinyin slug plus a short hash of the identity
 * key, under a configurable base. The same key gives the same IRI on any machine and in any file order;
 * 陕西省 and 山西省 share their slug {@code shan-xi-sheng} but not their hash.
 *
 * <pre>{@code
 * IriMinter iri = new IriMinter(RG.DEFAULT_BASE);
 * iri.agency("陕西省工业和信息化厅");
 * //  https://w3id.org/replygraph/id/agency/shan-xi-sheng-gong-ye-he-xin-xi-hua-ting-3f0c1a9b2e
 * iri.member("王芳", IriMinter.scopeOf(new Assembly(AssemblyKind.CPPCC, "陕西省")));
 * }</pre>
 */
public final class IriMinter {
    private static final Pattern BASE = Pattern.compile("https?://[^\\s<>\"{}|\\\\^`]+[/#]");
    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9-]{1,40}");
    /** Spaces and quotation marks a title may be written with or without. */
    private static final Pattern TITLE_NOISE = Pattern.compile("[\\s\u3000\"'“”‘’「」『』《》〈〉]");
    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212\uFF0D~\u301C]");
    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]");

    private final String base;

    public IriMinter(String base) {
        Objects.requireNonNull(base, "base");
        if (!BASE.matcher(base).matches())
            throw new IllegalArgumentException("Illegal base IRI=" + base
                    + " : must be an http(s) IRI ending in / or #");
        this.base = base;
    }

    public String base() {
        return base;
    }

    /** A document, keyed by its file name. */
    public Node document(String fileName) {
        return mint("doc", fileName, "doc|" + fileName);
    }

    /** The named graph holding one document's triples. */
    public Node graph(String fileName) {
        return mint("graph", fileName, "doc|" + fileName);
    }

    /**
     * The named graph of a document minted by {@link #document}: both share the slug and hash of the
     * file name, so a reader holding only the document's IRI can read its graph's index range directly
     * instead of searching every graph. Empty for anything that is not a document of this base.
     */
    public java.util.Optional<Node> graphOfDocument(Node document) {
        String prefix = base + "doc/";
        if (!document.isURI() || !document.getURI().startsWith(prefix)) return java.util.Optional.empty();
        return java.util.Optional.of(NodeFactory.createURI(base + "graph/" + document.getURI().substring(prefix.length())));
    }

    /** An agency, keyed by its full name. */
    public Node agency(String fullName) {
        return entity(EntityKind.AGENCY, fullName, name(fullName));
    }

    /** A provincial-level division (陕西省), keyed by its full name: {@code <base>place/shan-xi-sheng-…}. */
    public Node jurisdiction(String fullName) {
        return mint("place", fullName, "place|" + name(fullName));
    }

    /** An assembly, keyed by kind and place. */
    public Node assembly(Assembly a) {
        return mint("assembly", a.fullName(), scopeOf(a));
    }

    /** A session, keyed by assembly, term and meeting. */
    public Node session(Session s) {
        return session(s, null);
    }

    /**
     * A session in a document: keyed by assembly, term and meeting, and also by the document when the assembly's place
     * is unknown (市十四届人大二次会议 with no city named: two letters' 市 may be two cities).
     */
    public Node session(Session s, String documentScope) {
        return mint("session", s.assembly().fullName() + "-" + s.term() + "-" + s.meeting(), sessionKey(s, documentScope));
    }

    /**
     * A proposal put to a known session: session, kind and number identify it, so the lead agency's
     * reply and each co-handler's reply to 政协陕西省委员会第12届第4次会议第604号提案 meet in one node.
     * The readable part is made from the normalised key too, so one key is one IRI.
     */
    public Node proposal(Session s, ProposalKind kind, String number) {
        return proposal(s, kind, number, null);
    }

    /** A numbered proposal of a session in a document (the document counts only where the session's place is unknown). */
    public Node proposal(Session s, ProposalKind kind, String number, String documentScope) {
        return mint("proposal", name(number), "proposal|" + sessionKey(s, documentScope) + "|" + kind + "|" + name(number));
    }

    /**
     * A numbered proposal whose session the letter does not state: its number within a scope where
     * numbers are unique, {@link #yearScope} (the answering jurisdiction and year) or a document.
     */
    public Node numberedProposal(ProposalKind kind, String number, String scope) {
        return mint("proposal", name(number), "proposal|" + kind + "|" + scope + "|no|" + name(number));
    }

    /**
     * A proposal without a number: its title and proposers together within a scope, the session
     * ({@link #sessionScope}), the jurisdiction and year, or a document; never its title alone, since
     * members put many proposals of one title (关于加快数字经济发展的建议) to one assembly.
     */
    public Node titledProposal(ProposalKind kind, String title, List<String> proposers, String scope) {
        List<String> names = proposers.stream().map(IriMinter::name).sorted().distinct().toList();
        return mint("proposal", normaliseTitle(title), "proposal|" + kind + "|" + scope + "|title|" + normaliseTitle(title)
                + "|by|" + String.join(",", names));
    }

    /** A member of an assembly (or, when the assembly is unknown, of a document's proposal). */
    public Node member(String name, String scope) {
        return mint("member", name, "member|" + scope + "|" + name(name));
    }

    /** Any other person (signer, contact, someone mentioned), scoped by the issuing agency or document. */
    public Node person(String name, String scope) {
        return entity(EntityKind.PERSON, name, scope + "|" + name(name));
    }

    /** A policy document, keyed by its normalised title. */
    public Node policy(String title) {
        return entity(EntityKind.POLICY, title, normaliseTitle(title));
    }

    /** An innovation centre, keyed by its canonical name. */
    public Node centre(String name) {
        return entity(EntityKind.CENTRE, name, name(name));
    }

    /** An entity of a kind of the entity table: minted under its segment, keyed by segment and {@code key}. */
    private Node entity(EntityKind kind, String readable, String key) {
        return mint(kind.iriSegment(), readable, kind.iriSegment() + "|" + key);
    }

    /** A centre kind's SKOS concept (制造业创新中心), keyed by the kind's name. */
    public Node centreKind(String kind) {
        return mint("concept/centre-kind", kind, "centre-kind|" + name(kind));
    }

    /** A company, university, institute or unit, keyed by its name. */
    public Node organisation(String name) {
        return entity(EntityKind.ORGANISATION, name, name(name));
    }

    /** The reply category concept A, B or C (fixed terms of the ontology, independent of the base). */
    public static Node category(String notation) {
        return switch (notation) {
            case "A" -> RG.CategoryA;
            case "B" -> RG.CategoryB;
            case "C" -> RG.CategoryC;
            default -> throw new IllegalArgumentException("Illegal category=" + notation + " : must be A, B or C");
        };
    }

    /**
     * A Chinese telephone number as an RFC 3966 {@code tel:} IRI: no base, so the same number links
     * across datasets. A number with its area code, or a mobile, is global (+86, the trunk 0 dropped);
     * a number without area code is local to China ({@code ;phone-context=+86}, the only context the
     * letter gives); a short last group after a full line is an extension:
     * <pre>
     * 029-87294985       → tel:+86-29-87294985
     * 0887-8600000       → tel:+86-887-8600000
     * 13858150550        → tel:+86-13858150550
     * 029-87294985-801   → tel:+86-29-87294985;ext=801
     * 3100000            → tel:3100000;phone-context=+86
     * </pre>
     */
    public static Node telephone(String number) {
        var m = AREA_LINE.matcher(number);
        if (m.matches()) {
            return NodeFactory.createURI("tel:+86-" + m.group(1) + "-" + m.group(2) + (m.group(3) == null ? "" : ";ext=" + m.group(3)));
        }
        if (MOBILE.matcher(number).matches()) {
            return NodeFactory.createURI("tel:+86-" + number);
        }
        m = LOCAL_LINE.matcher(number);
        if (m.matches()) {
            return NodeFactory.createURI("tel:" + m.group(1) + (m.group(2) == null ? "" : ";ext=" + m.group(2)) + ";phone-context=+86");
        }
        throw new IllegalArgumentException("Illegal telephone number=" + number
                + " : a number is digits and hyphens, 5 digits or more (0XX-XXXXXXXX, 1XXXXXXXXXX, XXXXXXX)");
    }

    /**
     * 0 + area code (two digits starting 1 or 2, 010 Beijing, 029 Xi'an; else three, 0887), a 7-8 digit
     * line, an optional 1-5 digit extension.
     */
    private static final Pattern AREA_LINE = Pattern.compile("0([12]\\d|[3-9]\\d{2})-?(\\d{7,8})(?:-(\\d{1,5}))?");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    /** A number without area code (3100000, a service number 400-123-4567), maybe with an extension after a full line. */
    private static final Pattern LOCAL_LINE = Pattern.compile("(\\d{7,8}|\\d[\\d-]{3,}\\d)(?:-(\\d{1,5}))?");

    /** The annotation recording where a mention of {@code entity} stands in a document. */
    public Node annotation(String fileName, int start, int end, Node entity) {
        return annotation(fileName, start, end, entity.getURI());
    }

    /** As {@link #annotation(String, int, int, Node)}, for the entity's IRI. */
    Node annotation(String fileName, int start, int end, String entity) {
        String key = "evidence|" + fileName + "|" + start + "|" + end + "|" + entity;
        return NodeFactory.createURI(base + "evidence/" + Slugs.slug(fileName) + "/" + start + "-" + end
                + "-" + Slugs.hash(key));
    }

    /** A figure a document states about a centre (现有员工120余人), keyed by document, offset, measure and centre. */
    public Node figure(String fileName, int start, String property, Node centre) {
        return figure(fileName, start, property, centre.getURI());
    }

    /** As {@link #figure(String, int, String, Node)}, for the centre's IRI. */
    Node figure(String fileName, int start, String property, String centre) {
        String key = "figure|" + fileName + "|" + start + "|" + property + "|" + centre;
        return NodeFactory.createURI(base + "figure/" + Slugs.slug(fileName) + "/" + start + "-" + Slugs.hash(key));
    }

    /** A part of an annotation or table: its IRI plus a path segment, e.g. {@code …/target}. */
    public static Node part(Node whole, String segment) {
        return NodeFactory.createURI(part(whole.getURI(), segment));
    }

    /** The IRI of a part of {@code whole} ({@link #part(Node, String)}). */
    static String part(String whole, String segment) {
        if (!SEGMENT.matcher(segment).matches())
            throw new IllegalArgumentException("Illegal IRI segment=" + segment + " : lower-case letters, digits, hyphens");
        return whole + "/" + segment;
    }

    /** The n-th statistics table of a document (n from 1). */
    public Node table(String fileName, int n) {
        return NodeFactory.createURI(base + "table/" + Slugs.slug(fileName) + "-" + Slugs.hash("doc|" + fileName) + "/" + n);
    }

    /** The scope key of an assembly, for members and proposals: {@code CPPCC|陕西省}. */
    public static String scopeOf(Assembly a) {
        return a.kind() + "|" + name(a.place());
    }

    /** A proposal a letter gives neither number nor title for: the letter's own, scoped by its document. */
    public Node untitledProposal(ProposalKind kind, String documentScope) {
        return mint("proposal", "untitled", "proposal|" + kind + "|untitled|" + documentScope);
    }

    /** The scope key of a session, for proposals put to it: {@code session|CPPCC|陕西省|12|4}. */
    public static String sessionScope(Session s) {
        return sessionKey(s, null);
    }

    /** The scope key of a session in a document: the document is part of it where the session's place is unknown. */
    public static String sessionScope(Session s, String documentScope) {
        return sessionKey(s, documentScope);
    }

    /**
     * The scope key of a jurisdiction in a year, for proposals whose session a letter leaves unsaid:
     * {@code jurisdiction|杭州市萧山区|2024}. Proposal numbers restart with each session, and a
     * jurisdiction's assemblies meet once a year.
     */
    public static String yearScope(String jurisdiction, int year) {
        return "jurisdiction|" + name(jurisdiction) + "|" + year;
    }

    /** The scope key of a document, when nothing wider is known. */
    public static String documentScope(String fileName) {
        return "doc|" + fileName;
    }

    /** The scope key of an agency, for its signers and contacts. */
    public static String agencyScope(String fullName) {
        return "agency|" + name(fullName);
    }

    /**
     * A title as identity: full-width folded, spaces, quotation marks and 《》 dropped, dashes unified,
     * so 《实施方案(2024—2026年)》 and 实施方案（2024-2026年） are one policy.
     */
    public static String normaliseTitle(String title) {
        String t = Normalizer.normalize(title, Normalizer.Form.NFKC);
        t = TITLE_NOISE.matcher(t).replaceAll("");
        return DASHES.matcher(t).replaceAll("-");
    }

    private static String name(String s) {
        return SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("");
    }

    private static String sessionKey(Session s, String documentScope) {
        String key = "session|" + scopeOf(s.assembly()) + "|" + s.term() + "|" + s.meeting();
        return s.assembly().placeKnown() || documentScope == null ? key : key + "|" + documentScope;
    }

    private Node mint(String kind, String readable, String key) {
        return NodeFactory.createURI(base + kind + "/" + Slugs.slug(readable) + "-" + Slugs.hash(key));
    }
}
