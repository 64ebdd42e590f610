package org.replygraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.replygraph.text.HanLpAdapter;

/**
 * Readable, IRI-safe slugs and short hashes: {@code slug("陕西省工业和信息化厅")} is
 * {@code shan-xi-sheng-gong-ye-he-xin-xi-hua-ting}; {@code hash("陕西省")} is 10 hex digits.
 * The slug is only for people reading IRIs; the hash of the identity key keeps 陕西 and 山西 apart.
 */
final class Slugs {
    /** Slugs longer than this are cut: the hash carries identity, the slug only readability. */
    static final int MAX_SLUG = 48;
    private static final Pattern HYPHENS = Pattern.compile("-{2,}");
    private static final Pattern END_HYPHENS = Pattern.compile("^-|-$");
    private static final Pattern CUT_WORD = Pattern.compile("-[^-]*$|-$");
    private static final HexFormat HEX = HexFormat.of();
    /** A SHA-256 per thread: getInstance per call cost as much as the digest itself. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    });

    private Slugs() { }

    /**
     * Slugs and pinyin already read, by text: the same agencies, places and members recur in letter
     * after letter, and HanLP's reading was ~10% of a build. A pure function's memo, safe to share
     * between threads; emptied when it reaches {@link #MEMO_LIMIT} entries so memory stays flat.
     */
    private static final int MEMO_LIMIT = 50_000;
    private static final Map<String, String> SLUG_MEMO = new ConcurrentHashMap<>();
    private static final Map<String, String> PINYIN_MEMO = new ConcurrentHashMap<>();

    /** Pinyin without tones for Han characters, ASCII letters and digits kept, everything else a hyphen. */
    static String slug(String text) {
        return memo(SLUG_MEMO, text, Slugs::readSlug);
    }

    /** Pinyin with tone marks, one syllable per Han character, e.g. 王芳 gives "wáng fāng". */
    static String tonedPinyin(String text) {
        return memo(PINYIN_MEMO, text, Slugs::readTonedPinyin);
    }

    private static String memo(Map<String, String> memo, String text, UnaryOperator<String> read) {
        String known = memo.get(text);
        if (known != null) return known;
        String made = read.apply(text);
        if (memo.size() >= MEMO_LIMIT) memo.clear();
        memo.put(text, made);
        return made;
    }

    private static String readSlug(String text) {
        StringBuilder sb = new StringBuilder();
        read(text, (c, pinyin) -> {
            if (pinyin != null) {
                separate(sb, '-');
                sb.append(pinyin.toneless().replace('ü', 'v'));
                separate(sb, '-');
            } else if (isAsciiLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            } else {
                separate(sb, '-');
            }
        });
        String s = END_HYPHENS.matcher(HYPHENS.matcher(sb).replaceAll("-")).replaceAll("");
        if (s.length() > MAX_SLUG) s = CUT_WORD.matcher(s.substring(0, MAX_SLUG)).replaceAll("");
        return s.isEmpty() ? "x" : s.toLowerCase(Locale.ROOT);
    }

    private static String readTonedPinyin(String text) {
        StringBuilder sb = new StringBuilder();
        read(text, (c, pinyin) -> {
            if (pinyin != null) {
                separate(sb, ' ');
                sb.append(pinyin.toned()).append(' ');
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
        void accept(char c, HanLpAdapter.Syllable pinyin);
    }

    /**
     * Hands on each char with its reading. HanLP reads the whole text at once, not char by char,
     * because it reads words: a character's reading in a word can differ from its reading alone.
     */
    private static void read(String text, Reading reading) {
        // Most keys read (file names, numbers) hold no Han char: nothing for HanLP to read.
        List<HanLpAdapter.Syllable> readings = hasHan(text) ? HanLpAdapter.pinyin(text) : List.of();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            HanLpAdapter.Syllable p = i < readings.size() ? readings.get(i) : null;
            reading.accept(c, isHan(c) && p != null ? p : null);
        }
    }

    /** First 10 hex digits of the SHA-256 of the key: 40 bits, collision-free at corpus scale. */
    static String hash(String key) {
        byte[] d = SHA256.get().digest(key.getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(d, 0, 5);
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean hasHan(String text) {
        for (int i = 0; i < text.length(); i++) if (isHan(text.charAt(i))) return true;
        return false;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** Appends the separator unless the text is empty or already ends with it. */
    private static void separate(StringBuilder sb, char separator) {
        if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != separator) sb.append(separator);
    }
}
