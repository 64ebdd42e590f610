package org.replygraph.evaluate;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;
import org.replygraph.extract.fact.AgencyRef;
import org.replygraph.extract.fact.CentreMention;
import org.replygraph.extract.fact.DocumentFacts;
import org.replygraph.extract.fact.EntityKind;
import org.replygraph.extract.fact.Letter;
import org.replygraph.extract.fact.Located;
import org.replygraph.extract.fact.PersonRef;
import org.replygraph.extract.fact.Proposal;
import org.replygraph.extract.fact.StatisticsTable;

/**
 * An extraction written in the gold's shape, so it can be put side by side with the gold file:
 * {@code {"file": "000_….txt", "doc_type": "reply_letter", "proposal": {"number": "604", …}, …}}.
 * Agencies are written as [name, surface]; a personal mobile is written with its flag, as the graph
 * stage would withhold it.
 */
public final class ExtractionJson {
    public String render(DocumentFacts facts) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(toJson(facts)) + "\n";
    }

    public JsonObject toJson(DocumentFacts facts) {
        Letter l = facts.letter();
        JsonObject o = new JsonObject();
        o.addProperty("file", facts.source().fileName());
        o.addProperty("doc_type", GoldDocType.jsonOf(l.type()));
        o.addProperty("doc_type_extracted", l.type().name());
        o.add("proposal", proposal(l.proposal()));
        o.add("replying_agency", l.issuer() == null ? JsonNull.INSTANCE : agency(l.issuer()));
        o.add("co_handling_agencies", agencies(l.coHandlers()));
        o.add("signer", person(l.signer()));
        o.add("category", text(l.category()));
        o.add("doc_number", text(l.docNumber()));
        o.add("index_number", text(l.indexNumber()));
        o.add("date", l.date() == null ? JsonNull.INSTANCE : new JsonPrimitive(l.date().value().toString()));
        o.add("published", l.published() == null ? JsonNull.INSTANCE : new JsonPrimitive(l.published().value().toString()));
        o.add("contact_person", person(l.contact()));
        if (l.contactPhone() == null) o.add("contact_phone", JsonNull.INSTANCE);
        else o.addProperty("contact_phone", l.contactPhone().value().number()
                + (l.contactPhone().value().personalMobile() ? " (personal mobile: not published)" : ""));
        o.addProperty("jurisdiction", l.jurisdiction());
        JsonArray policies = new JsonArray();
        facts.entities().policies().forEach(p -> policies.add(p.title()));
        o.add(EntityKind.POLICY.goldList(), policies);
        JsonArray centres = new JsonArray();
        for (CentreMention c : facts.entities().centres()) centres.add(pair(c.name(), c.surface()));
        o.add(EntityKind.CENTRE.goldList(), centres);
        o.add(EntityKind.AGENCY.goldList(), agencies(facts.entities().agencies()));
        JsonArray tables = new JsonArray();
        for (StatisticsTable t : facts.entities().tables()) tables.add(table(t));
        o.add("statistics_tables", tables);
        JsonArray diagnostics = new JsonArray();
        facts.diagnostics().forEach(d -> diagnostics.add(d.code() + ": " + d.message()));
        o.add("diagnostics", diagnostics);
        return o;
    }

    private static JsonElement proposal(Proposal p) {
        if (p == null) return JsonNull.INSTANCE;
        JsonObject o = new JsonObject();
        o.addProperty("kind", LetterFieldScorer.kindJson(p.kind()));
        o.add("number", text(p.number()));
        o.add("title", text(p.title()));
        JsonArray proposers = new JsonArray();
        p.proposers().forEach(x -> proposers.add(x.name()));
        o.add("proposers", proposers);
        o.addProperty("proposer_role", p.proposerRole());
        o.add("proposing_unit", text(p.proposingUnit()));
        if (p.session() == null) o.add("session", JsonNull.INSTANCE);
        else {
            JsonObject s = new JsonObject();
            s.addProperty("body", p.session().assembly().fullName());
            s.addProperty("term", p.session().term());
            s.addProperty("meeting", p.session().meeting());
            o.add("session", s);
        }
        return o;
    }

    private static JsonObject table(StatisticsTable t) {
        JsonObject o = new JsonObject();
        o.addProperty("caption", t.caption());
        JsonArray measures = new JsonArray();
        t.measures().forEach(measures::add);
        o.add("measures", measures);
        JsonObject rows = new JsonObject();
        for (StatisticsTable.Row r : t.rows()) rows.add(r.label(), numbers(r.values()));
        o.add("rows", rows);
        o.add("total", t.total() == null ? JsonNull.INSTANCE : numbers(t.total()));
        return o;
    }

    private static JsonArray numbers(List<Long> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    private static JsonArray agencies(List<AgencyRef> refs) {
        JsonArray a = new JsonArray();
        refs.forEach(r -> a.add(agency(r)));
        return a;
    }

    private static JsonArray agency(AgencyRef r) {
        return pair(r.name(), r.surface());
    }

    private static JsonArray pair(String name, String surface) {
        JsonArray a = new JsonArray();
        a.add(name);
        if (!surface.equals(name)) a.add(surface);
        return a;
    }

    private static JsonElement person(PersonRef p) {
        return p == null ? JsonNull.INSTANCE : new JsonPrimitive(p.name());
    }

    private static JsonElement text(Located<String> v) {
        return v == null ? JsonNull.INSTANCE : new JsonPrimitive(v.value());
    }
}
