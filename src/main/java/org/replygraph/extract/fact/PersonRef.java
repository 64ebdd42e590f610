package org.replygraph.extract.fact;

import java.util.Objects;

/** A named person and, where the text gives one, a role: {@code PersonRef("李明", "院士", span)}. */
public record PersonRef(String name, String role, Span span) implements Mention {
    @Override
    public EntityKind entityKind() {
        return EntityKind.PERSON;
    }

    /** People keep only their name as written. */
    @Override
    public String surface() {
        return null;
    }

    public PersonRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
        if (name.isBlank() || name.chars().anyMatch(Character::isWhitespace))
            throw new IllegalArgumentException("Illegal person name='" + name + "' : must be non-blank without spaces");
    }
}
