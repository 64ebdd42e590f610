package org.replygraph.extract;

/** Whether a document answers a proposal or suggestion (rg:ReplyLetter) or is any other text. */
public enum DocType { REPLY_LETTER, OTHER }
