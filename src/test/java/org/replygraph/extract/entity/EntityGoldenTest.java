package org.replygraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.replygraph.extract.EntityExtractor;
import org.replygraph.extract.fact.CentreMention;
import org.replygraph.extract.fact.PolicyMention;
import org.replygraph.extract.fact.StatisticsTable;

/**
 * The seed and dev letters' entities beyond scores: the seed's statistics table cell by cell, and every
 * span reading the mention as written. The policy and centre F1 targets are scored by the evaluate code
 * in golden.SeedGoldenTest and golden.DevGoldenTest.
 */
class EntityGoldenTest {

    @Test
    void seedTableMatchesGoldAndItsTotalAddsUp() {
        for (GoldCorpus.Doc d : GoldCorpus.seeds()) {
            if (!d.gold().has("statistics_table") || d.gold().get("statistics_table").isJsonNull()) continue;
            JsonObject gold = d.gold().getAsJsonObject("statistics_table");
            EntityExtractor.Result r = GoldCorpus.extract(d);
            assertEquals(1, r.entities().tables().size(), d.name());
            StatisticsTable t = r.entities().tables().get(0);
            assertEquals(GoldCorpus.norm(gold.get("caption").getAsString()), GoldCorpus.norm(t.caption()));
            List<String> measures = new ArrayList<>();
            gold.getAsJsonArray("measures").forEach(m -> measures.add(GoldCorpus.norm(m.getAsString())));
            assertEquals(measures, t.measures().stream().map(GoldCorpus::norm).toList());
            JsonObject rows = gold.getAsJsonObject("rows");
            assertEquals(rows.size(), t.rows().size());
            for (StatisticsTable.Row row : t.rows()) {
                String label = rows.keySet().stream().filter(k -> GoldCorpus.norm(k).equals(GoldCorpus.norm(row.label())))
                        .findFirst().orElseThrow(() -> new AssertionError("row " + row.label() + " not in gold"));
                List<Long> values = new ArrayList<>();
                rows.getAsJsonArray(label).forEach(v -> values.add(v.getAsLong()));
                assertEquals(values, row.values(), row.label());
            }
            List<Long> total = new ArrayList<>();
            gold.getAsJsonArray("total").forEach(v -> total.add(v.getAsLong()));
            assertEquals(total, t.total());
            // The stated total equals the column sums here, so no mismatch is reported.
            assertEquals(List.of(), r.diagnostics().stream().filter(x -> x.code().equals("table-total-mismatch")).toList());
        }
    }

    @Test
    void everySpanIsTheMentionAsWritten() {
        List<GoldCorpus.Doc> docs = new ArrayList<>(GoldCorpus.seeds());
        docs.addAll(GoldCorpus.dev());
        for (GoldCorpus.Doc d : docs) {
            String text = d.text().text();
            EntityExtractor.Result r = GoldCorpus.extract(d);
            for (CentreMention c : r.entities().centres())
                assertEquals(c.surface(), c.span().of(text), () -> d.name() + " centre " + c);
            for (PolicyMention p : r.entities().policies()) {
                String at = p.span().of(text);
                assertTrue(at.equals(p.title()) || TitleKey.of(p.title()).contains(PolicyGenre.core(TitleKey.of(at))),
                        () -> d.name() + " policy " + p + " span reads " + at);
            }
        }
    }
}
