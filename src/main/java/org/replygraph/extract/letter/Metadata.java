package org.replygraph.extract.letter;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.replygraph.extract.fact.Located;

/**
 * Label/value pairs of a page's metadata block, by canonical label: {@code get("发布机构")} is
 * 湖北省科学技术厅 for "发布机构 湖北省科学技术厅 发文日期 2024-09-02". Empty values are absent. A label a page
 * gives twice keeps every value in page order ({@link #all}): a search form's "发布日期: 至" above the
 * document's own "发布日期 :2017-10-30".
 */
public record Metadata(Map<String, List<Located<String>>> all) {
    public Metadata {
        all = all.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    /** The first value of a label. */
    public Optional<Located<String>> get(String label) {
        List<Located<String>> v = all.get(label);
        return v == null ? Optional.empty() : Optional.of(v.get(0));
    }

    /** Every value of a label, in page order; empty when the page gives none. */
    public List<Located<String>> values(String label) {
        return all.getOrDefault(label, List.of());
    }

    /** The first label present among those given, in order. */
    public Optional<Located<String>> first(String... labels) {
        for (String l : labels)
            if (all.containsKey(l)) return get(l);
        return Optional.empty();
    }
}
