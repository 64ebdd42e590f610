package org.replygraph.extract.fact;

/**
 * What a document is: a reply letter answering a proposal or suggestion (rg:ReplyLetter); a
 * co-handling opinion (会办意见) that a co-handling body sends to the lead agency about a proposal
 * (also a rg:ReplyLetter, and rg:CoHandlingOpinion); or any other text (rg:Document only).
 */
public enum DocType {
    REPLY_LETTER, CO_HANDLING_OPINION, OTHER;

    /** Whether documents of this type answer a proposal. */
    public boolean answersProposal() {
        return this != OTHER;
    }
}
