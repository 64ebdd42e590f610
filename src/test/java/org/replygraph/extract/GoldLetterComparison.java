package org.replygraph.extract;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.hankcs.hanlp.HanLP;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a Letter with a gold JSON file field by field (gold-format.md): both sides normalised by
 * t2s, NFKC, dropping spaces and quotation marks; a gold list holds acceptable alternatives, null
 * meaning absent. Returns, per field, null when right or a message saying what differs.
 */
final class GoldLetterComparison {
    static final List<String> FIELDS = List.of("doc_type", "proposal", "kind", "number", "title", "proposers",
            "proposer_role", "proposing_unit", "session", "agency", "co_handling_agencies", "signer", "category",
            "doc_number", "index_number", "date", "published", "contact_person", "contact_phone");

    private GoldLetterComparison() { }

    static Map<String, String> compare(JsonObject gold, Letter letter) {
        Map<String, String> out = new LinkedHashMap<>();
        String type = switch (letter.type()) {
            case REPLY_LETTER -> "reply_letter";
            case CO_HANDLING_OPINION -> "co_handling_opinion";
            case OTHER -> "other";
        };
        String goldType = gold.get("doc_type").getAsString();
        out.put("doc_type", goldType.equals(type) || goldType.equals("either")
                || (type.equals("co_handling_opinion") && goldType.equals("reply_letter")) ? null : type + " != " + goldType);
        JsonElement gp = gold.get("proposal");
        Proposal p = letter.proposal();
        if (gp == null || gp.isJsonNull() || p == null) {
            boolean same = (gp == null || gp.isJsonNull()) == (p == null);
            out.put("proposal", same ? null : "proposal " + (p == null ? "missing" : "invented"));
        } else {
            out.put("proposal", null);
            JsonObject g = gp.getAsJsonObject();
            out.put("kind", single(g.get("kind"), p.kind() == ProposalKind.CPPCC_PROPOSAL ? "proposal" : "suggestion"));
            out.put("number", single(g.get("number"), value(p.number())));
            out.put("title", single(g.get("title"), value(p.title())));
            out.put("proposers", sameList(g.get("proposers"), p.proposers().stream().map(PersonRef::name).toList()));
            out.put("proposer_role", single(g.get("proposer_role"), p.proposerRole()));
            out.put("proposing_unit", single(g.get("proposing_unit"), value(p.proposingUnit())));
            out.put("session", session(g.get("session"), p.session()));
        }
        JsonElement ga = gold.has("replying_agency") && !gold.get("replying_agency").isJsonNull()
                ? gold.get("replying_agency") : gold.get("issuing_agency");
        out.put("agency", single(ga, letter.issuer() == null ? null : letter.issuer().name()));
        out.put("co_handling_agencies", groups(gold.getAsJsonArray("co_handling_agencies"),
                letter.coHandlers().stream().map(AgencyRef::name).toList()));
        out.put("signer", single(gold.get("signer"), letter.signer() == null ? null : letter.signer().name()));
        out.put("category", single(gold.get("category"), value(letter.category())));
        out.put("doc_number", single(gold.get("doc_number"), value(letter.docNumber())));
        out.put("index_number", single(gold.get("index_number"), value(letter.indexNumber())));
        out.put("date", single(gold.get("date"), letter.date() == null ? null : letter.date().value().toString()));
        out.put("published", single(gold.get("published"), letter.published() == null ? null : letter.published().value().toString()));
        out.put("contact_person", single(gold.get("contact_person"), letter.contact() == null ? null : letter.contact().name()));
        // A personal mobile is never published: compare as absent.
        Phone phone = letter.contactPhone() == null ? null : letter.contactPhone().value();
        out.put("contact_phone", single(gold.get("contact_phone"), phone == null || phone.personalMobile() ? null : phone.number()));
        return out;
    }

    static String norm(String s) {
        if (s == null) return null;
        String t = Normalizer.normalize(HanLP.convertToSimplifiedChinese(s), Normalizer.Form.NFKC);
        return t.replaceAll("[\\s“”‘’\"'「」]", "");
    }

    private static String value(Located<String> l) {
        return l == null ? null : l.value();
    }

    /** Acceptable values of a single-valued gold field (a value, null, or a list of either). */
    private static List<String> alternatives(JsonElement g) {
        List<String> out = new ArrayList<>();
        if (g == null || g.isJsonNull()) out.add(null);
        else if (g.isJsonArray()) for (JsonElement e : g.getAsJsonArray()) out.add(e.isJsonNull() ? null : norm(e.getAsString()));
        else out.add(norm(g.getAsString()));
        return out;
    }

    private static String single(JsonElement g, String actual) {
        List<String> ok = alternatives(g);
        return ok.contains(norm(actual)) ? null : "'" + actual + "' not in " + ok;
    }

    private static String sameList(JsonElement g, List<String> actual) {
        List<String> want = new ArrayList<>();
        if (g != null && !g.isJsonNull()) for (JsonElement e : g.getAsJsonArray()) want.add(norm(e.getAsString()));
        List<String> got = actual.stream().map(GoldLetterComparison::norm).toList();
        return want.equals(got) ? null : got + " != " + want;
    }

    private static String session(JsonElement g, Session s) {
        if (g == null || g.isJsonNull()) return s == null ? null : "invented " + s;
        if (s == null) return "missing session " + g;
        JsonObject o = g.getAsJsonObject();
        List<String> bodies = alternatives(o.get("body"));
        List<String> names = new ArrayList<>(List.of(s.assembly().fullName()));
        names.addAll(s.assembly().altNames());
        boolean body = names.stream().map(GoldLetterComparison::norm).anyMatch(bodies::contains);
        boolean numbers = o.get("term").getAsInt() == s.term() && o.get("meeting").getAsInt() == s.meeting();
        return body && numbers ? null : s.assembly() + " " + s.term() + "/" + s.meeting() + " != " + g;
    }

    private static String groups(JsonArray g, List<String> actual) {
        List<List<String>> want = new ArrayList<>();
        for (JsonElement e : g) want.add(alternatives(e));
        List<String> left = new ArrayList<>(actual.stream().map(GoldLetterComparison::norm).toList());
        for (List<String> group : want) {
            String hit = left.stream().filter(group::contains).findFirst().orElse(null);
            if (hit == null) return "missing " + group + " in " + actual;
            left.remove(hit);
        }
        return left.isEmpty() ? null : "extra " + left;
    }

}
