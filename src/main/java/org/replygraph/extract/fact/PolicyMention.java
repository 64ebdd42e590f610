package org.replygraph.extract.fact;

import java.util.List;
import java.util.Objects;

/**
 * A policy document the text names: {@code title} cleaned and simplified, without 《》;
 * {@code span} covers the title as written. Where stated: its own 文号 (陕工信发〔2021〕92号), the
 * bodies that issued it and its year. A back-reference (《方案》 after the full title) is a
 * PolicyMention of the full title with the back-reference's span.
 */
public record PolicyMention(String title, Span span, String docNumber, List<AgencyRef> issuers, Integer year)
        implements Mention {
    public PolicyMention {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(span, "span");
        issuers = List.copyOf(issuers);
        if (title.isBlank()) throw new IllegalArgumentException("Illegal policy title='' : must not be blank");
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.POLICY;
    }

    /** The title. */
    @Override
    public String name() {
        return title;
    }

    /** Policies keep only their cleaned title. */
    @Override
    public String surface() {
        return null;
    }
}
