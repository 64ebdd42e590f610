package org.replygraph.serve;

import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * Where a mention of an entity was found: the document, the character span in its original text
 * and in its cleaned text (rg:cleanText), the words and the sentence, e.g. {@code 国家增材制造创新中心}
 * at 812..822 in a letter (790..800 once cleaned), inside "……依托国家增材制造创新中心建设……".
 *
 * @param annotation the oa:Annotation (or rg:Mention) node
 * @param entity what the mention refers to
 * @param document the source document
 * @param start start offset in the original text, -1 when unknown
 * @param end end offset (exclusive), -1 when unknown
 * @param exact the quoted words, may be empty
 * @param sentence the sentence around them, may be empty
 * @param cleanStart start offset in the document's rg:cleanText, -1 when unknown
 * @param cleanEnd end offset (exclusive) in rg:cleanText, -1 when unknown
 */
record Evidence(Node annotation, Node entity, Node document, int start, int end, String exact, String sentence,
        int cleanStart, int cleanEnd) {

    boolean hasSpan() {
        return start >= 0 && end > start;
    }

    boolean hasCleanSpan() {
        return cleanStart >= 0 && cleanEnd > cleanStart;
    }

    /**
     * The id of the mention's mark on the letter page, {@code m-812-822}: named by the original
     * offsets (what the evidence list shows), by the cleaned ones ({@code mc-790-800}) without them.
     */
    Optional<String> anchor() {
        if (hasSpan()) {
            return Optional.of("m-" + start + "-" + end);
        }
        return hasCleanSpan() ? Optional.of("mc-" + cleanStart + "-" + cleanEnd) : Optional.empty();
    }

    /** The sentence split around the first occurrence of the quoted words, for highlighting. */
    Optional<String[]> sentenceParts() {
        if (sentence.isEmpty() || exact.isEmpty()) {
            return Optional.empty();
        }
        int at = sentence.indexOf(exact);
        if (at < 0) {
            return Optional.empty();
        }
        return Optional.of(new String[] {
            sentence.substring(0, at), exact, sentence.substring(at + exact.length())});
    }
}
