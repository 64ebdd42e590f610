package org.replygraph.lexicon;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A word list the rules read from {@code ontology/reference/words/NAME.tsv}: one word a line (a
 * second column where the list maps words), # comments, read by {@link ReferenceTable}. A newcomer
 * adds a word by adding a line; the file's tests show what each list does.
 *
 * <pre>{@code
 * List<String> kinds = WordList.words("centre-kinds");            // 工程技术研究中心, 制造业创新中心, …
 * Set<String> stops = WordList.set("name-stop-words");           // 是, 有, 依托, 牵头, …
 * Map<String, String> labels = WordList.pairs("metadata-labels"); // 发文字号 -> 文号
 * }</pre>
 */
public final class WordList {
    private WordList() {
    }

    /** The resource that holds the list NAME. */
    public static String resource(String name) {
        return "ontology/reference/words/" + name + ".tsv";
    }

    /** The words in file order; a blank or repeated word is an error in the file. */
    public static List<String> words(String name) {
        return pairs(name, 1).keySet().stream().toList();
    }

    /** The words as a set (for lookup). */
    public static Set<String> set(String name) {
        return Set.copyOf(words(name));
    }

    /** Word to value, from a two-column list, in file order. */
    public static Map<String, String> pairs(String name) {
        return pairs(name, 2);
    }

    /** The distinct first chars of the words, in order: a cheap test before trying each word at a position. */
    public static String firstChars(List<String> words) {
        return distinctChars(words, true);
    }

    /** The distinct last chars of the words, in order: a cheap test before trying each word ending at a position. */
    public static String lastChars(List<String> words) {
        return distinctChars(words, false);
    }

    private static String distinctChars(List<String> words, boolean first) {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            char c = first ? w.charAt(0) : w.charAt(w.length() - 1);
            if (out.indexOf(String.valueOf(c)) < 0) out.append(c);
        }
        return out.toString();
    }

    private static Map<String, String> pairs(String name, int columns) {
        String resource = resource(name);
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (String[] row : ReferenceTable.load(resource, columns)) {
            String word = row[0].strip();
            if (word.isEmpty() || !word.equals(row[0]))
                throw new IllegalStateException("Illegal word='" + row[0] + "' in " + resource + " : must be non-blank without surrounding spaces");
            if (!seen.add(word))
                throw new IllegalStateException("Illegal word=" + word + " in " + resource + " : listed twice");
            out.put(word, columns > 1 ? row[1].strip() : word);
        }
        if (out.isEmpty()) throw new IllegalStateException("Illegal word list " + resource + " : has no words");
        return out;
    }
}
