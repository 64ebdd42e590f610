/** Recognisers for what a letter names: policy documents, innovation centres, agencies, organisations, people and statistics tables. Plain Java; words segmented through text.HanLpAdapter. */
package org.replygraph.extract.entity;
