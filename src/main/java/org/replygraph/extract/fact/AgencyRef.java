package org.replygraph.extract.fact;

import java.util.Objects;

/**
 * A government or party body as a letter names it: {@code name} is the full name it resolves to
 * (陕西省工业和信息化厅), {@code surface} the form written in the text (省工信厅), {@code span} where.
 * When a short form cannot be resolved, name and surface are the same.
 */
public record AgencyRef(String name, String surface, Span span) implements Mention {
    @Override
    public EntityKind entityKind() {
        return EntityKind.AGENCY;
    }

    public AgencyRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(span, "span");
        if (name.isBlank()) throw new IllegalArgumentException("Illegal agency name='' : must not be blank");
    }
}
