package org.replygraph.graph;

/**
 * Where {@link GraphWriter}'s one mapping from a letter's facts to triples puts them: a Jena graph for a dataset
 * or store ({@link GraphTripleSink}), or a file's N-Triples/N-Quads lines made straight from the terms' bytes
 * ({@link LineTripleSink}). The writers emit each triple as three {@link Term}s; a triple may come more than once
 * (a sink keeps it once).
 *
 * <pre>{@code
 * GraphTripleSink out = new GraphTripleSink();
 * out.triple(doc, Vocab.rdfType, Vocab.Document);
 * out.graph().size();   // 1
 * }</pre>
 */
interface TripleSink {
    void triple(Term s, Term p, Term o);
}
