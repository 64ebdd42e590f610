/** Scoring: compares extraction (DocumentFacts, or a built graph's literals) with gold annotations (shared/design/gold-format.md). Uses ingest, text, extract and graph, never serve. */
package org.replygraph.evaluate;
