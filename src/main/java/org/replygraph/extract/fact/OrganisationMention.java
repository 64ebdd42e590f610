package org.replygraph.extract.fact;

import java.util.Objects;

/** A company, university or institute the text names: {@code OrganisationMention("西北有色金属研究院", span)}. */
public record OrganisationMention(String name, Span span) implements Mention {
    @Override
    public EntityKind entityKind() {
        return EntityKind.ORGANISATION;
    }

    /** Organisations keep only their name as written. */
    @Override
    public String surface() {
        return null;
    }

    public OrganisationMention {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
    }
}
