package org.replygraph.evaluate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A single-valued gold field: the acceptable values and whether leaving the field absent is right.
 * {@code "date": "2021-05-07"} is {@code GoldValue([2021-05-07], false)}; {@code "date": null} is
 * {@code GoldValue([], true)}; {@code "date": ["2024-06-09", null]} is {@code GoldValue([2024-06-09], true)}.
 */
public record GoldValue(List<String> values, boolean absentOk) {
    public static final GoldValue ABSENT = new GoldValue(List.of(), true);

    public GoldValue {
        values = List.copyOf(values);
        if (values.isEmpty() && !absentOk)
            throw new IllegalArgumentException("Illegal gold value [] : needs a value or null");
    }

    public static GoldValue of(String... values) {
        return new GoldValue(List.of(values), false);
    }

    /** Whether the gold says the field must stay absent. */
    public boolean absentOnly() {
        return values.isEmpty();
    }

    /** Whether {@code got} (null when nothing was extracted) is one of the acceptable answers. */
    public boolean accepts(String got, NameNormaliser n) {
        if (got == null) return absentOk;
        String g = n.normalise(got);
        return values.stream().anyMatch(v -> n.normalise(v).equals(g));
    }

    /** Whether any of the forms extracted for one value (a name and its surface) is acceptable. */
    public boolean acceptsAny(Collection<String> forms, NameNormaliser n) {
        if (forms.isEmpty()) return absentOk;
        return forms.stream().filter(Objects::nonNull).anyMatch(f -> accepts(f, n));
    }

    /** How a report shows it: {@code null}, {@code 604} or {@code 94 | 12050094 | null}. */
    public String describe() {
        List<String> shown = new ArrayList<>(values);
        if (absentOk) shown.add("null");
        return String.join(" | ", shown);
    }
}
