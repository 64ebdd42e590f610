/**
 * Word lists and regex fragments the rules share: the reference-table reader, the word lists under
 * ontology/reference/words/, named regex fragments. Plain Java below every stage (the text stage's page-control
 * rule reads its lists here as the extraction rules do); it depends on nothing else in ReplyGraph.
 */
package org.replygraph.lexicon;
