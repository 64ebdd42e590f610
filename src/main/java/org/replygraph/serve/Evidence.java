package org.replygraph.serve;

import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * Where a mention of an entity was found: the document, the character span in its original text,
 * the words and the sentence, e.g. {@code 国家增材制造创新中心} at 812..822 in a letter, inside
 * "……依托国家增材制造创新中心建设……".
 *
 * @param annotation the oa:Annotation (or rg:Mention) node
 * @param entity what the mention refers to
 * @param document the source document
 * @param start start offset in the original text, -1 when unknown
 * @param end end offset (exclusive), -1 when unknown
 * @param exact the quoted words, may be empty
 * @param sentence the sentence around them, may be empty
 */
record Evidence(Node annotation, Node entity, Node document, int start, int end, String exact, String sentence) {

    boolean hasSpan() {
        return start >= 0 && end > start;
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
