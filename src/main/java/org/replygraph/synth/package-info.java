/**
 * Synthetic letters for benchmarks and scale tests: realistic, varied reply letters at any size, the same
 * seed giving the same corpus byte for byte. Writes letter text, so it sits beside extract: it may read
 * the reference tables (lexicon.ReferenceTable) and HanLP for traditional variants, never Jena.
 */
package org.replygraph.synth;
