package org.replygraph.extract;

import java.util.List;

/** Everything a document names beyond its letter structure, in order of appearance. */
public record Entities(List<PolicyMention> policies, List<CentreMention> centres, List<AgencyRef> agencies,
                       List<OrganisationMention> organisations, List<PersonRef> people,
                       List<StatisticsTable> tables) {
    public Entities {
        policies = List.copyOf(policies);
        centres = List.copyOf(centres);
        agencies = List.copyOf(agencies);
        organisations = List.copyOf(organisations);
        people = List.copyOf(people);
        tables = List.copyOf(tables);
    }

    public static Entities none() {
        return new Entities(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
