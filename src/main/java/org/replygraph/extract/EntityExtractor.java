package org.replygraph.extract;

import java.util.List;
import org.replygraph.text.CleanText;

/**
 * Finds the entities a document names, given its letter structure (for the jurisdiction that
 * resolves short agency names).
 * TODO(entities): the real recognisers; this first version finds nothing.
 */
public final class EntityExtractor {
    public record Result(Entities entities, List<Diagnostic> diagnostics) { }

    public Result extract(CleanText text, Letter letter) {
        return new Result(Entities.none(), List.of());
    }
}
