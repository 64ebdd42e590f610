/** Recognisers for what a letter names: policy documents, innovation centres, agencies, organisations, people and statistics tables. Plain Java (HanLP allowed). */
package org.replygraph.extract.entity;
