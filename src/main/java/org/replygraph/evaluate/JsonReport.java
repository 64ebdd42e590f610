package org.replygraph.evaluate;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * The evaluation as JSON ({@code evaluate --json}): the same content as {@link TextReport}, with
 * every field result (right ones too) so a script can diff two runs.
 * <pre>{@code {"documents_scored": 5, "letter_field_accuracy": 1.0, "lists": {"policy_documents": {"f1": 1.0, …}}, …}}</pre>
 */
public final class JsonReport {
    public String render(Evaluation ev, List<String> thresholdFailures) {
        JsonObject root = new JsonObject();
        root.addProperty("documents_scored", ev.documents().size());
        root.addProperty("letter_field_accuracy", ev.letterFieldAccuracy());
        JsonObject fields = new JsonObject();
        for (Map.Entry<String, Evaluation.Tally> e : ev.fieldAccuracy().entrySet()) {
            JsonObject t = new JsonObject();
            t.addProperty("right", e.getValue().right());
            t.addProperty("total", e.getValue().total());
            t.addProperty("accuracy", e.getValue().accuracy());
            fields.add(e.getKey(), t);
        }
        root.add("fields", fields);
        JsonObject lists = new JsonObject();
        for (ListScore s : ev.micro().values()) {
            JsonObject l = list(s);
            l.addProperty("documents", ev.documentsStating(s.kind()));
            lists.add(s.kind().key(), l);
        }
        root.add("lists", lists);
        JsonArray docs = new JsonArray();
        for (DocumentScore d : ev.documents()) docs.add(document(d));
        root.add("documents", docs);
        root.add("missing_gold", strings(ev.missingGold()));
        root.add("gold_errors", strings(ev.goldErrors()));
        root.add("threshold_failures", strings(thresholdFailures));
        root.addProperty("thresholds_met", thresholdFailures.isEmpty());
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root) + "\n";
    }

    private static JsonObject document(DocumentScore d) {
        JsonObject o = new JsonObject();
        o.addProperty("file", d.file());
        o.addProperty("fields_right", d.fieldsRight());
        o.addProperty("fields_total", d.fields().size());
        JsonArray fields = new JsonArray();
        for (FieldResult f : d.fields()) fields.add(field(f));
        for (FieldResult f : d.table()) fields.add(field(f));
        o.add("fields", fields);
        JsonObject lists = new JsonObject();
        for (ListScore s : d.lists().values()) {
            JsonObject l = list(s);
            l.add("missed", strings(s.missed()));
            l.add("invented", strings(s.extra()));
            lists.add(s.kind().key(), l);
        }
        o.add("lists", lists);
        o.add("forbidden_literals_found", strings(d.forbiddenHits()));
        o.add("warnings", strings(d.warnings()));
        return o;
    }

    private static JsonObject field(FieldResult f) {
        JsonObject o = new JsonObject();
        o.addProperty("field", f.field());
        o.addProperty("right", f.right());
        o.addProperty("invented", f.invented());
        o.addProperty("expected", f.expected());
        o.addProperty("got", f.got());
        return o;
    }

    private static JsonObject list(ListScore s) {
        JsonObject o = new JsonObject();
        o.addProperty("precision", s.precision());
        o.addProperty("recall", s.recall());
        o.addProperty("f1", s.f1());
        o.addProperty("tp", s.truePositives());
        o.addProperty("fp", s.falsePositives());
        o.addProperty("fn", s.falseNegatives());
        return o;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }
}
