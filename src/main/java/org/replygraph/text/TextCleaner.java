package org.replygraph.text;

/**
 * Cleans decoded text for extraction, keeping a map back to the original.
 * TODO(text): chrome, pinyin damage, width folding, traditional to simplified; this first version changes nothing.
 */
public final class TextCleaner {
    public CleanText clean(String original) {
        return CleanText.identity(original);
    }
}
