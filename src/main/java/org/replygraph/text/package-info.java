/** Stage 2, text: cleaning (site chrome, pinyin damage, width folding), traditional to simplified, with a map back to original offsets. Plain Java; may use ingest. */
package org.replygraph.text;
