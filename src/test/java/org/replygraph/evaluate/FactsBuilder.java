package org.replygraph.evaluate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.replygraph.extract.fact.AgencyRef;
import org.replygraph.extract.fact.Assembly;
import org.replygraph.extract.fact.AssemblyKind;
import org.replygraph.extract.fact.CentreMention;
import org.replygraph.extract.fact.DocType;
import org.replygraph.extract.fact.DocumentFacts;
import org.replygraph.extract.fact.Entities;
import org.replygraph.extract.fact.Letter;
import org.replygraph.extract.fact.Located;
import org.replygraph.extract.fact.PersonRef;
import org.replygraph.extract.fact.Phone;
import org.replygraph.extract.fact.PolicyMention;
import org.replygraph.extract.fact.Proposal;
import org.replygraph.extract.fact.ProposalKind;
import org.replygraph.extract.fact.Session;
import org.replygraph.extract.fact.Span;
import org.replygraph.extract.fact.StatisticsTable;
import org.replygraph.ingest.SourceDocument;
import org.replygraph.text.CleanText;

/** Builds DocumentFacts by hand for scorer tests: every value defaults to absent. */
final class FactsBuilder {
    static final Span AT = new Span(0, 1);

    DocType type = DocType.REPLY_LETTER;
    Proposal proposal;
    AgencyRef issuer;
    List<AgencyRef> coHandlers = new ArrayList<>();
    PersonRef signer;
    String category;
    String docNumber;
    String indexNumber;
    String date;
    String published;
    PersonRef contact;
    Phone phone;
    List<PolicyMention> policies = new ArrayList<>();
    List<CentreMention> centres = new ArrayList<>();
    List<AgencyRef> agencies = new ArrayList<>();
    List<StatisticsTable> tables = new ArrayList<>();

    static AgencyRef agency(String name, String surface) {
        return new AgencyRef(name, surface, AT);
    }

    static PersonRef person(String name) {
        return new PersonRef(name, null, AT);
    }

    static Located<String> at(String v) {
        return v == null ? null : new Located<>(v, AT);
    }

    static Proposal proposal(ProposalKind kind, String number, String title, List<String> proposers, String role,
                             Session session) {
        return new Proposal(kind, at(number), at(title), proposers.stream().map(FactsBuilder::person).toList(), role,
                null, session);
    }

    static Session session(AssemblyKind kind, String place, int term, int meeting) {
        return new Session(new Assembly(kind, place), term, meeting, AT);
    }

    static PolicyMention policy(String title) {
        return new PolicyMention(title, AT, null, List.of(), null);
    }

    static CentreMention centre(String name, String surface) {
        return new CentreMention(name, surface, AT, null, null, null);
    }

    DocumentFacts build(String fileName) {
        Letter letter = new Letter(type, proposal, issuer, coHandlers, signer, at(category), at(docNumber),
                at(indexNumber), day(date), day(published), contact, phone == null ? null : new Located<>(phone, AT),
                null);
        Entities entities = new Entities(policies, centres, agencies, List.of(), List.of(), tables);
        String text = "示例";
        return new DocumentFacts(new SourceDocument(fileName, "0".repeat(64), "UTF-8", text),
                CleanText.identity(text), letter, entities, List.of());
    }

    private static Located<LocalDate> day(String iso) {
        return iso == null ? null : new Located<>(LocalDate.parse(iso), AT);
    }
}
