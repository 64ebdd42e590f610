package org.replygraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.replygraph.extract.agency.AgencyResolver;
import org.replygraph.extract.entity.AgencyRecognizer;
import org.replygraph.extract.entity.CentreRecognizer;
import org.replygraph.extract.entity.JurisdictionFinder;
import org.replygraph.extract.entity.PolicyRecognizer;
import org.replygraph.text.CleanText;

/**
 * Finds the entities a document names, given its letter structure (for the proposal title, which is
 * no policy, and the jurisdiction that resolves short agency names).
 *
 * <pre>{@code
 * EntityExtractor.Result r = new EntityExtractor().extract(cleanText, letter);
 * r.entities().policies();   // 《关于做好水泥行业常态化错峰生产的通知》 with 陕工信发〔2021〕92号, 2021
 * r.entities().centres();    // 国家增材制造创新中心 (national)
 * r.diagnostics();           // table-total-mismatch where a stated total differs from the sum
 * }</pre>
 */
public final class EntityExtractor {
    public record Result(Entities entities, List<Diagnostic> diagnostics) { }

    private final PolicyRecognizer policies = new PolicyRecognizer();
    private final CentreRecognizer centres = new CentreRecognizer();
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
        String jurisdiction = letter != null && letter.jurisdiction() != null ? letter.jurisdiction() : jurisdictions.find(t);
        if (jurisdiction == null) jurisdiction = agencyFinder.placeFromText(t);
        List<AgencyRef> agencies = agencyFinder.find(t, jurisdiction);
        PolicyRecognizer.Result p = policies.find(t, proposalTitle(letter), agencies);
        List<CentreMention> c = centres.find(t, p.maskedTitles());
        Entities e = new Entities(p.policies(), c, agencies, List.of(), List.of(), List.of());
        return new Result(e, diagnostics);
    }

    private static String proposalTitle(Letter letter) {
        if (letter == null || letter.proposal() == null || letter.proposal().title() == null) return null;
        return letter.proposal().title().value();
    }
}
