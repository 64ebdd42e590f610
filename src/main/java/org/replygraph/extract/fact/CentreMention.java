package org.replygraph.extract.fact;

import java.util.Objects;

/**
 * A named innovation platform: {@code name} is its canonical simplified name (国家增材制造创新中心,
 * also when written 增材制造国家创新中心), {@code surface} as written, {@code kind} the platform kind
 * (制造业创新中心, 中试基地, 重点实验室 …), {@code level} national/provincial/municipal or null, and
 * {@code host} the organisation it relies on or that leads it, or null.
 */
public record CentreMention(String name, String surface, Span span, String kind, String level, String host)
        implements Mention {
    @Override
    public EntityKind entityKind() {
        return EntityKind.CENTRE;
    }

    public CentreMention {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(span, "span");
        if (name.isBlank()) throw new IllegalArgumentException("Illegal centre name='' : must not be blank");
    }
}
