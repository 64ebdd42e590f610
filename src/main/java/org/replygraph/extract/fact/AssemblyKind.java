package org.replygraph.extract.fact;

/** The two kinds of assembly a motion is put to: a CPPCC committee (政协) or a people's congress (人大). */
public enum AssemblyKind {
    CPPCC, PEOPLES_CONGRESS;

    /** The motion kind put to this assembly: 提案 to a CPPCC committee, 建议 to a people's congress. */
    public ProposalKind motionKind() {
        return this == CPPCC ? ProposalKind.CPPCC_PROPOSAL : ProposalKind.NPC_SUGGESTION;
    }
}
