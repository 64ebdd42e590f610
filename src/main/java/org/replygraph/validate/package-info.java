/** Stage 5, validate: SHACL shapes from ontology/ checked against a built graph. */
package org.replygraph.validate;
