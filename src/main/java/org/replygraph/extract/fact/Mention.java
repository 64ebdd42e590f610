package org.replygraph.extract.fact;

/**
 * What every entity fact shares: its kind, the name it is known by, the form written in the text where
 * the fact keeps one apart (else null), and where it stands. {@code CentreMention("国家增材制造创新中心",
 * "增材制造国家创新中心", …).name()} is the canonical name, {@code surface()} the written form.
 */
public interface Mention {
    EntityKind entityKind();

    String name();

    /** The form as written when the fact records one (agencies, centres), else null. */
    String surface();

    Span span();
}
