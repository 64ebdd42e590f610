package org.replygraph.extract.letter;

import java.util.Map;
import java.util.Optional;
import org.replygraph.extract.fact.Located;

/**
 * Label/value pairs of a page's metadata block, by canonical label: {@code get("发布机构")} is
 * 湖北省科学技术厅 for "发布机构 湖北省科学技术厅 发文日期 2024-09-02". Empty values are absent.
 */
public record Metadata(Map<String, Located<String>> values) {
    public Metadata {
        values = Map.copyOf(values);
    }

    public Optional<Located<String>> get(String label) {
        return Optional.ofNullable(values.get(label));
    }

    /** The first label present among those given, in order. */
    public Optional<Located<String>> first(String... labels) {
        for (String l : labels)
            if (values.containsKey(l)) return Optional.of(values.get(l));
        return Optional.empty();
    }
}
