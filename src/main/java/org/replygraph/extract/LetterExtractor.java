package org.replygraph.extract;

import java.util.List;
import org.replygraph.text.CleanText;

/**
 * Reads the letter structure of one cleaned document.
 * TODO(letter): the real parsers; this first version finds nothing.
 */
public final class LetterExtractor {
    /** The letter and any diagnostics found while reading it. */
    public record Result(Letter letter, List<Diagnostic> diagnostics) { }

    public Result extract(CleanText text) {
        Letter none = new Letter(DocType.OTHER, null, null, List.of(), null, null, null, null, null, null, null, null, null);
        return new Result(none, List.of());
    }
}
