package org.replygraph.evaluate;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The score of one document: its letter-level fields, its lists (only those its gold states), the
 * statistics table checks, forbidden literals found, and warnings about its gold file.
 * <pre>{@code
 * DocumentScore d = evaluation.documents().get(0);
 * d.fieldsRight() + "/" + d.fields().size();    // "17/17"
 * d.perfect();                                  // every field, list item and check right
 * }</pre>
 */
public record DocumentScore(String file, List<FieldResult> fields, Map<ListKind, ListScore> lists,
                            List<FieldResult> table, List<String> forbiddenHits, List<String> warnings) {
    public DocumentScore {
        Objects.requireNonNull(file, "file");
        fields = List.copyOf(fields);
        lists = lists.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(lists));
        table = List.copyOf(table);
        forbiddenHits = List.copyOf(forbiddenHits);
        warnings = List.copyOf(warnings);
    }

    public long fieldsRight() {
        return fields.stream().filter(FieldResult::right).count();
    }

    /** Whether every letter field, list item, table check and literal check is right. */
    public boolean perfect() {
        return fieldsRight() == fields.size() && table.stream().allMatch(FieldResult::right) && forbiddenHits.isEmpty()
                && lists.values().stream().allMatch(s -> s.falsePositives() == 0 && s.falseNegatives() == 0);
    }
}
