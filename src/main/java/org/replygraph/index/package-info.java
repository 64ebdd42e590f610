/**
 * Stage between graph and serve, index: the search index over entities' and documents' labels
 * (Lucene, as shipped with jena-text), in simplified, traditional and pinyin forms. Knows Jena and
 * Lucene; no Fuseki, no servlets. Built by whoever owns a dataset (serve in memory, a store's builder
 * on disk) and read by serve.
 */
package org.replygraph.index;
