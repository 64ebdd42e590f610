package org.replygraph.extract;

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

    public static Entities none() {
        return new Entities(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
