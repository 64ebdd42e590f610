package org.replygraph.ingest;

/**
 * Bytes decoded to text, with the charset used and why it was chosen, e.g.
 * {@code DecodedText("…", "GB18030", "not UTF-8; detector said GB18030; decodes cleanly")}.
 */
public record DecodedText(String text, String charset, String evidence) {
}
