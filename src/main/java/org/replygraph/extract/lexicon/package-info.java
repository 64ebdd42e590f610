/** Word lists and regex fragments the extraction rules share: the reference-table reader, word lists under ontology/reference/words/, named regex fragments. Plain Java, depends on nothing else in extract. */
package org.replygraph.extract.lexicon;
