/** Scoring: compares a built graph with gold annotations (shared/design/gold-format.md). Uses graph, never serve. */
package org.replygraph.evaluate;
