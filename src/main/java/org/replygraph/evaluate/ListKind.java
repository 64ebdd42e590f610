package org.replygraph.evaluate;

/**
 * The lists scored by precision, recall and F1, with the gold key each comes from:
 * {@code ListKind.PROPOSERS.key()} is {@code "proposal.proposers"}, the path in a gold JSON file.
 */
public enum ListKind {
    POLICY_DOCUMENTS("policy_documents"),
    INNOVATION_CENTRES("innovation_centres"),
    AGENCIES_MENTIONED("agencies_mentioned"),
    CO_HANDLING_AGENCIES("co_handling_agencies"),
    PROPOSERS("proposal.proposers");

    private final String key;

    ListKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
