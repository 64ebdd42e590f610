package org.replygraph.evaluate;

import org.replygraph.extract.fact.EntityKind;

/**
 * The lists scored by precision, recall and F1, with the gold key each comes from:
 * {@code ListKind.PROPOSERS.key()} is {@code "proposal.proposers"}, the path in a gold JSON file.
 */
public enum ListKind {
    POLICY_DOCUMENTS(EntityKind.POLICY),
    INNOVATION_CENTRES(EntityKind.CENTRE),
    AGENCIES_MENTIONED(EntityKind.AGENCY),
    CO_HANDLING_AGENCIES("co_handling_agencies"),
    PROPOSERS("proposal.proposers");

    private final String key;
    private final EntityKind entityKind;

    /** A list of entities of one kind, keyed by the kind's gold list (the entity table). */
    ListKind(EntityKind kind) {
        this.key = kind.goldList();
        this.entityKind = kind;
    }

    /** A list of letter facts. */
    ListKind(String key) {
        this.key = key;
        this.entityKind = null;
    }

    public String key() {
        return key;
    }

    /** The entity kind the list holds, or null for the letter's own lists (co-handlers, proposers). */
    public EntityKind entityKind() {
        return entityKind;
    }
}
