/** Agency names and places: expands short agency names (省工信厅) to full names from reference data under ontology/reference/. Plain Java. */
package org.replygraph.extract.agency;
