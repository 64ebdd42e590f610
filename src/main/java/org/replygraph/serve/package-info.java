/** Stage 6, serve: embedded Fuseki, SPARQL endpoint and linked-data pages. The only stage that knows Fuseki. */
package org.replygraph.serve;
