package org.replygraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.replygraph.extract.agency.AgencyResolver;
import org.replygraph.extract.agency.JurisdictionFinder;
import org.replygraph.extract.entity.AgencyRecognizer;
import org.replygraph.extract.entity.CellTableParser;
import org.replygraph.extract.entity.CentreFactRecognizer;
import org.replygraph.extract.entity.CentreRecognizer;
import org.replygraph.extract.entity.OrganisationRecognizer;
import org.replygraph.extract.entity.PersonRecognizer;
import org.replygraph.extract.entity.PipeTableParser;
import org.replygraph.extract.entity.PolicyRecognizer;
import org.replygraph.extract.entity.TableResult;
import org.replygraph.extract.fact.AgencyRef;
import org.replygraph.extract.fact.CentreMention;
import org.replygraph.extract.fact.Diagnostic;
import org.replygraph.extract.fact.Entities;
import org.replygraph.extract.fact.Letter;
import org.replygraph.extract.fact.OrganisationMention;
import org.replygraph.extract.fact.Span;
import org.replygraph.extract.fact.SpanSet;
import org.replygraph.extract.fact.StatisticsTable;
import org.replygraph.ingest.DocumentTimeLimit;
import org.replygraph.text.CleanText;

/**
 * Finds the entities a document names, given its letter structure (for the proposal title, which is
 * no policy, and the jurisdiction that resolves short agency names).
 *
 * <pre>{@code
 * EntityExtractor.Result r = new EntityExtractor().extract(cleanText, letter);
 * r.entities().policies();   // 《关于做好水泥行业常态化错峰生产的通知》 with 陕工信发〔2021〕92号, 2021
 * r.entities().centres();    // 国家增材制造创新中心 (national)
 * r.entities().centreFacts(); // 国家增材制造创新中心 approvalDate 2018-06, openingDate 2020-03
 * r.diagnostics();           // table-total-mismatch where a stated total differs from the sum
 * }</pre>
 */
public final class EntityExtractor {
    public record Result(Entities entities, List<Diagnostic> diagnostics) { }

    private final PolicyRecognizer policies = new PolicyRecognizer();
    private final CentreRecognizer centres = new CentreRecognizer();
    private final CentreFactRecognizer centreFacts = new CentreFactRecognizer();
    private final OrganisationRecognizer organisations = new OrganisationRecognizer();
    private final PersonRecognizer people = new PersonRecognizer();
    private final CellTableParser cellTables = new CellTableParser();
    private final PipeTableParser pipeTables = new PipeTableParser();
    private final AgencyRecognizer agencyFinder;
    private final JurisdictionFinder jurisdictions;

    public EntityExtractor() {
        this(AgencyResolver.standard());
    }

    public EntityExtractor(AgencyResolver resolver) {
        this.agencyFinder = new AgencyRecognizer(resolver);
        this.jurisdictions = new JurisdictionFinder(resolver.places());
    }

    public Result extract(CleanText text, Letter letter) {
        String t = text.text();
        List<Diagnostic> diagnostics = new ArrayList<>();
        String jurisdiction = letter != null && letter.jurisdiction() != null ? letter.jurisdiction()
                : jurisdictions.fromText(t, () -> agencyFinder.find(t, null).stream().map(AgencyRef::surface).toList());
        List<AgencyRef> found = agencyFinder.find(t, jurisdiction);
        PolicyRecognizer.Result p = policies.find(t, proposalTitle(letter), found);
        List<AgencyRef> agencies = mentioned(found, letter, p.maskedTitles());
        DocumentTimeLimit.check();
        List<CentreMention> c = centres.find(t, p.maskedTitles());
        DocumentTimeLimit.check();
        List<StatisticsTable> tables = new ArrayList<>();
        for (TableResult r : List.of(cellTables.parse(t), pipeTables.parse(t))) {
            tables.addAll(r.tables());
            diagnostics.addAll(r.diagnostics());
        }
        tables.sort(Comparator.comparingInt(x -> x.span().start()));
        List<Span> notOrganisations = new ArrayList<>(p.maskedTitles());
        c.forEach(x -> notOrganisations.add(x.span()));
        agencies.forEach(x -> notOrganisations.add(x.span()));
        List<OrganisationMention> orgs = organisations.find(t, notOrganisations);
        DocumentTimeLimit.check();
        Entities e = new Entities(p.policies(), c, agencies, orgs, people.find(t), tables, centreFacts.find(t, c));
        return new Result(e, diagnostics);
    }

    /**
     * The bodies the text names, in its own words, not inside a document title (浙江省人民政府办公厅 in
     * 《浙江省人民政府办公厅关于…的实施意见》 names the document): what the recognizer found, and the
     * letter's own issuer and co-handlers (经我局主办，市人力资源管理局和市经信局会办: both are named by the
     * letter, issue 9 §3), each name once.
     */
    static List<AgencyRef> mentioned(List<AgencyRef> found, Letter letter, List<Span> titles) {
        SpanSet skipped = SpanSet.of(titles);
        List<AgencyRef> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (AgencyRef a : found)
            if (!skipped.overlaps(a.span())) {
                out.add(a);
                names.add(a.name());
            }
        if (letter == null) return out;
        List<AgencyRef> own = new ArrayList<>();
        if (letter.issuer() != null) own.add(letter.issuer());
        own.addAll(letter.coHandlers());
        SpanSet named = SpanSet.of(out.stream().map(AgencyRef::span).toList());
        for (AgencyRef a : own)
            if (!skipped.overlaps(a.span()) && !named.overlaps(a.span()) && !sameBody(a, out) && !selfReference(a)
                    && names.add(a.name()))
                out.add(a);
        out.sort(Comparator.comparingInt(a -> a.span().start()));
        return out;
    }

    /** A body's own short name in the first person: 我局, 我委, 我厅. */
    private static final java.util.regex.Pattern SELF_REFERENCE = java.util.regex.Pattern.compile("我[局厅委办部院处室所]");

    /**
     * A writer read as 以上是我局 (the closing line's pronoun, not a name): 我局 names no body on its own, so a name holding
     * it is no mention (issue 9 §3); the letter's writer field is the letter reader's to fix.
     */
    static boolean selfReference(AgencyRef own) {
        return SELF_REFERENCE.matcher(own.name()).find();
    }

    /** 宁国市文旅局(市广电新闻出版局) is the 宁国市文旅局 already found: a second name in brackets adds no body. */
    private static boolean sameBody(AgencyRef own, List<AgencyRef> found) {
        for (AgencyRef f : found)
            if (own.surface().startsWith(f.surface() + "(") || own.surface().startsWith(f.surface() + "（")) return true;
        return false;
    }

    private static String proposalTitle(Letter letter) {
        if (letter == null || letter.proposal() == null || letter.proposal().title() == null) return null;
        return letter.proposal().title().value();
    }
}
