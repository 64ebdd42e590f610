/** Stage 2, text: cleaning (site chrome, pinyin damage, width folding), traditional to simplified, with a map back to original offsets. Plain Java; may use ingest. HanLpAdapter is the one class that calls HanLP. */
package org.replygraph.text;
