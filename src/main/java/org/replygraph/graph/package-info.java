/** Stage 4, graph: vocabulary, IRI minting, facts to RDF in any Jena dataset, export. The first stage that knows Jena. */
package org.replygraph.graph;
