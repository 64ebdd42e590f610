package org.replygraph.evaluate;

import java.util.List;
import java.util.Objects;

/**
 * One extracted list item as the scorer sees it: the name shown in reports and every form that may
 * match a gold name (an agency's full name and its surface 省工信厅).
 * <pre>{@code
 * Candidate.of("陕西省工业和信息化厅", "省工信厅").forms();   // both match a gold name
 * }</pre>
 */
public record Candidate(String shown, List<String> forms) {
    public Candidate {
        Objects.requireNonNull(shown, "shown");
        forms = forms.stream().filter(Objects::nonNull).distinct().toList();
    }

    public static Candidate of(String name, String surface) {
        return new Candidate(name, surface == null ? List.of(name) : List.of(name, surface));
    }
}
