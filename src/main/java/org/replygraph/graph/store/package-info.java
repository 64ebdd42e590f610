/**
 * Part of stage 4, graph: the persistent TDB2 store behind {@code --store DIR}: opening it with clear
 * messages, incremental batched writes of built documents, the entities graph kept right under
 * increments, and live ingest. Jena only (no Fuseki, no servlets).
 */
package org.replygraph.graph.store;
