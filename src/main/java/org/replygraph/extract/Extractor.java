package org.replygraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.replygraph.extract.agency.AgencyResolver;
import org.replygraph.extract.fact.Diagnostic;
import org.replygraph.extract.fact.DocumentFacts;
import org.replygraph.ingest.DocumentTimeLimit;
import org.replygraph.ingest.SourceDocument;
import org.replygraph.text.CleanText;
import org.replygraph.text.TextCleaner;

/**
 * The pure extraction pipeline for one document: clean, read the letter, find entities.
 *
 * <pre>{@code
 * Extractor ex = new Extractor();
 * DocumentFacts f = ex.extract(new DocumentReader().read(path));
 * f.letter().proposal().number().value();   // "604"
 * }</pre>
 */
public final class Extractor {
    private final TextCleaner cleaner;
    private final LetterExtractor letters;
    private final EntityExtractor entities;

    public Extractor() {
        this(AgencyResolver.standard());
    }

    /** Both extractors share one resolver, so the reference data is read once. */
    private Extractor(AgencyResolver resolver) {
        this(new TextCleaner(), new LetterExtractor(resolver), new EntityExtractor(resolver));
    }

    public Extractor(TextCleaner cleaner, LetterExtractor letters, EntityExtractor entities) {
        this.cleaner = cleaner;
        this.letters = letters;
        this.entities = entities;
    }

    /** The diagnostic of a page whose document body was not found; build prints it as a warning naming the file. */
    public static final String BODY_NOT_FOUND =
            "no salutation or reply heading found: the whole page (less its chrome) is read as the letter";

    public DocumentFacts extract(SourceDocument source) {
        CleanText text = cleaner.clean(source.text());
        DocumentTimeLimit.check();
        LetterExtractor.Result letter = letters.extract(text);
        DocumentTimeLimit.check();
        EntityExtractor.Result found = entities.extract(text, letter.letter());
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (!text.bodyFound())
            diagnostics.add(new Diagnostic("body-not-found", BODY_NOT_FOUND, null));
        diagnostics.addAll(letter.diagnostics());
        diagnostics.addAll(found.diagnostics());
        return new DocumentFacts(source, text, letter.letter(), found.entities(), diagnostics);
    }
}
