package org.replygraph.extract.fact;

import java.util.List;
import java.util.Objects;
import org.replygraph.ingest.SourceDocument;
import org.replygraph.text.CleanText;

/** All that extraction found in one document, with the source and cleaned text it found it in. */
public record DocumentFacts(SourceDocument source, CleanText text, Letter letter, Entities entities,
                            List<Diagnostic> diagnostics) {
    public DocumentFacts {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(entities, "entities");
        diagnostics = List.copyOf(diagnostics);
    }
}
