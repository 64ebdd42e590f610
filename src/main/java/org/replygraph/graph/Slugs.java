package org.replygraph.graph;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Readable, IRI-safe slugs and short hashes: {@code slug("陕西省工业和信息化厅")} is
 * {@code shan-xi-sheng-gong-ye-he-xin-xi-hua-ting}; {@code hash("陕西省")} is 10 hex digits.
 * The slug is only for people reading IRIs; the hash of the identity key keeps 陕西 and 山西 apart.
 */
final class Slugs {
    /** Slugs longer than this are cut: the hash carries identity, the slug only readability. */
    static final int MAX_SLUG = 48;

    private Slugs() { }

    /** Pinyin without tones for Han characters, ASCII letters and digits kept, everything else a hyphen. */
    static String slug(String text) {
        StringBuilder sb = new StringBuilder();
        read(text, (c, pinyin) -> {
            if (pinyin != null) {
                separate(sb, '-');
                sb.append(pinyin.getPinyinWithoutTone().replace('ü', 'v'));
                separate(sb, '-');
            } else if (isAsciiLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            } else {
                separate(sb, '-');
            }
        });
        String s = sb.toString().replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        if (s.length() > MAX_SLUG) s = s.substring(0, MAX_SLUG).replaceAll("-[^-]*$|-$", "");
        return s.isEmpty() ? "x" : s.toLowerCase(Locale.ROOT);
    }

    /** Pinyin with tone marks, one syllable per Han character, e.g. 王芳 gives "wáng fāng". */
    static String tonedPinyin(String text) {
        StringBuilder sb = new StringBuilder();
        read(text, (c, pinyin) -> {
            if (pinyin != null) {
                separate(sb, ' ');
                sb.append(pinyin.getPinyinWithToneMark()).append(' ');
            } else if (isAsciiLetterOrDigit(c)) {
                sb.append(c);
            } else {
                separate(sb, ' ');
            }
        });
        return sb.toString().trim();
    }

    /** One char of a text and its reading: null when it is not a Han character HanLP can read. */
    private interface Reading {
        void accept(char c, Pinyin pinyin);
    }

    /**
     * Hands on each char with its reading. HanLP reads the whole text at once, not char by char,
     * because it reads words: a character's reading in a word can differ from its reading alone.
     */
    private static void read(String text, Reading reading) {
        List<Pinyin> readings = HanLP.convertToPinyinList(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Pinyin p = i < readings.size() ? readings.get(i) : Pinyin.none5;
            reading.accept(c, isHan(c) && p != Pinyin.none5 ? p : null);
        }
    }

    /** First 10 hex digits of the SHA-256 of the key: 40 bits, collision-free at corpus scale. */
    static String hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** Appends the separator unless the text is empty or already ends with it. */
    private static void separate(StringBuilder sb, char separator) {
        if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != separator) sb.append(separator);
    }
}
