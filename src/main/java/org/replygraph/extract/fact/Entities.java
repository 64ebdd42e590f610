package org.replygraph.extract.fact;

import java.util.List;

/** Everything a document names beyond its letter structure, in order of appearance. */
public record Entities(List<PolicyMention> policies, List<CentreMention> centres, List<AgencyRef> agencies,
                       List<OrganisationMention> organisations, List<PersonRef> people,
                       List<StatisticsTable> tables, List<CentreFact> centreFacts) {
    public Entities {
        policies = List.copyOf(policies);
        centres = List.copyOf(centres);
        agencies = List.copyOf(agencies);
        organisations = List.copyOf(organisations);
        people = List.copyOf(people);
        tables = List.copyOf(tables);
        centreFacts = List.copyOf(centreFacts);
    }

    /** Entities without stated centre details (the shape before centre facts were extracted). */
    public Entities(List<PolicyMention> policies, List<CentreMention> centres, List<AgencyRef> agencies,
                    List<OrganisationMention> organisations, List<PersonRef> people, List<StatisticsTable> tables) {
        this(policies, centres, agencies, organisations, people, tables, List.of());
    }

    /** The facts of one kind, in order of appearance: {@code of(EntityKind.CENTRE)} is {@link #centres()}. */
    public List<? extends Mention> of(EntityKind kind) {
        return switch (kind) {
            case POLICY -> policies;
            case CENTRE -> centres;
            case AGENCY -> agencies;
            case ORGANISATION -> organisations;
            case PERSON -> people;
        };
    }

    public static Entities none() {
        return new Entities(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
