/** Stage 3, extract: letter structure and entities as immutable fact records carrying spans. Plain Java over strings; may use ingest and text, never Jena or Fuseki. */
package org.replygraph.extract;
