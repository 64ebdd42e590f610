package org.replygraph.evaluate;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reads one gold JSON file (gold-format.md) into a {@link GoldDocument}.
 *
 * <pre>{@code
 * GoldDocument g = new GoldReader().read(Path.of("src/test/resources/gold/seeds/000_1a2b3c4d5e6f7a8b.json"));
 * g.proposal().number();   // GoldValue([604], false)
 * }</pre>
 */
public final class GoldReader {
    /** Every key gold-format.md defines; others are kept as warnings so a typo does not pass silently. */
    static final Set<String> KEYS = Set.of("file", "doc_type", "proposal", "replying_agency", "issuing_agency",
            "co_handling_agencies", "signer", "category", "doc_number", "index_number", "date", "published",
            "contact_person", "contact_phone", "policy_documents", "optional_policy_documents",
            "not_policy_documents", "innovation_centres", "optional_innovation_centres", "agencies_mentioned",
            "forbidden_literals", "statistics_table", "notes");

    public GoldDocument read(Path file) throws GoldFormatException {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GoldFormatException(file, "cannot read: " + e.getMessage(), e);
        }
        return parse(file, json);
    }

    /** Parses {@code json} as the gold file {@code file} (whose name the document's name must match). */
    public GoldDocument parse(Path file, String json) throws GoldFormatException {
        JsonElement root;
        try (Reader r = new StringReader(json)) {
            JsonReader reader = new JsonReader(r);
            reader.setStrictness(Strictness.STRICT);
            root = JsonParser.parseReader(reader);
        } catch (JsonParseException | IOException e) {
            throw new GoldFormatException(file, "malformed JSON: " + rootMessage(e), e);
        }
        if (!root.isJsonObject()) throw new GoldFormatException(file, "expected one JSON object, got " + kind(root));
        GoldJson g = new GoldJson(file, "", root.getAsJsonObject());
        // Unknown keys warn rather than fail: a gold file with an extra annotation is still usable.
        List<String> unknown = g.keys().stream().filter(k -> !KEYS.contains(k)).sorted().toList();
        String name = g.requiredString("file");
        checkName(file, name);
        String type = g.requiredString("doc_type");
        GoldDocType docType = GoldDocType.fromJson(type);
        if (docType == null)
            throw g.error("doc_type", "unknown doc_type \"" + type + "\": must be reply_letter, other or either");
        // A reply letter's writer is its replying_agency, any other text's its issuing_agency; either key
        // stands in when the expected one is null and the other is not.
        boolean replying = docType == GoldDocType.OTHER
                ? g.isNull("issuing_agency") && !g.isNull("replying_agency")
                : !g.isNull("replying_agency") || g.isNull("issuing_agency");
        return new GoldDocument(name, docType, proposal(g.object("proposal")),
                g.value(replying ? "replying_agency" : "issuing_agency"), replying ? "replying_agency" : "issuing_agency",
                orEmpty(g.groups("co_handling_agencies")), g.value("signer"), category(g), g.value("doc_number"),
                g.value("index_number"), date(g, "date"), date(g, "published"), g.value("contact_person"),
                g.value("contact_phone"), g.groups("policy_documents"), orEmptyNames(g.strings("optional_policy_documents")),
                orEmptyNames(g.strings("not_policy_documents")), g.groups("innovation_centres"),
                orEmptyNames(g.strings("optional_innovation_centres")), g.groups("agencies_mentioned"),
                orEmptyNames(g.strings("forbidden_literals")), table(g.object("statistics_table")), g.string("notes"), unknown);
    }

    private static GoldDocument.Proposal proposal(GoldJson p) throws GoldFormatException {
        if (p == null) return null;
        GoldValue kind = p.value("kind");
        for (String k : kind.values())
            if (!k.equals("proposal") && !k.equals("suggestion"))
                throw p.error("kind", "unknown kind \"" + k + "\": must be proposal or suggestion");
        List<String> proposers = p.strings("proposers");
        GoldJson s = p.object("session");
        GoldDocument.Session session = null;
        if (s != null) {
            List<String> bodies = s.strings("body");
            if (bodies == null || bodies.isEmpty()) throw s.error("body", "missing: a session needs its assembly's names");
            session = new GoldDocument.Session(bodies, s.integer("term"), s.integer("meeting"));
        }
        return new GoldDocument.Proposal(kind, p.value("number"), p.value("title"), orEmptyNames(proposers),
                p.value("proposer_role"), p.value("proposing_unit"), session);
    }

    private static GoldValue category(GoldJson g) throws GoldFormatException {
        GoldValue v = g.value("category");
        for (String c : v.values())
            if (!c.matches("[ABC]")) throw g.error("category", "unknown category \"" + c + "\": must be A, B or C");
        return v;
    }

    private static GoldValue date(GoldJson g, String key) throws GoldFormatException {
        GoldValue v = g.value(key);
        for (String d : v.values())
            if (!d.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) throw g.error(key, "bad date \"" + d + "\": must be YYYY-MM-DD");
        return v;
    }

    private static GoldDocument.Table table(GoldJson t) throws GoldFormatException {
        if (t == null) return null;
        return new GoldDocument.Table(t.requiredString("caption"), orEmptyNames(t.strings("measures")),
                t.numberRows("rows"), t.numbers("total"));
    }

    private static void checkName(Path file, String name) throws GoldFormatException {
        String json = file.getFileName().toString();
        String jsonStem = json.endsWith(".json") ? json.substring(0, json.length() - 5) : json;
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        if (!stem.equals(jsonStem))
            throw new GoldFormatException(file, "file: \"" + name + "\" does not match the gold file's name " + json
                    + " (a gold file is named after its document)");
    }

    private static List<List<String>> orEmpty(List<List<String>> groups) {
        return groups == null ? List.of() : groups;
    }

    private static List<String> orEmptyNames(List<String> names) {
        return names == null ? List.of() : names;
    }

    private static String kind(JsonElement e) {
        return e.isJsonArray() ? "a list" : e.isJsonNull() ? "null" : "a value";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage();
    }
}
