/**
 * Stage 3, extract: letter structure and entities as immutable fact records carrying spans. Plain Java over strings;
 * may use ingest and text, never Jena or Fuseki. Sub-packages in order: lexicon (word lists, regex fragments) and
 * fact (the records) depend on nothing else in extract; agency on lexicon; letter and entity on those, not on each
 * other; this package (Extractor, LetterExtractor, EntityExtractor) on all of them.
 */
package org.replygraph.extract;
