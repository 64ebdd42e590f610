package org.replygraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Finds the charset of a file's bytes, never assuming one: a BOM wins, then strict UTF-8, then a
 * charset the page declares, then juniversalchardet, then GB18030 and Big5 as fallbacks; every
 * candidate must decode without a single bad byte.
 *
 * <pre>{@code
 * DecodedText d = new EncodingDetector().decode(path, bytes, null);
 * d.charset();    // "GB18030" for a GBK page, "UTF-16LE" for a file with an FF FE BOM
 * d.evidence();   // "not UTF-8 (bad byte 0xD3 at offset 0); detector said GB18030"
 * }</pre>
 */
public final class EncodingDetector {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");
    /**
     * Detector answers trusted as they are. Others (windows-1252, ISO-8859-x…) decode almost any
     * bytes and would turn a short GBK letter into mojibake, so GB18030 and Big5 are tried first.
     */
    private static final List<Charset> CHINESE = List.of(GB18030, BIG5, BIG5_HKSCS);
    /** Share of control bytes (other than tab, line breaks, form feed, escape) that marks binary content. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    /**
     * Decodes {@code bytes} of {@code file}; {@code declared} is a charset the content names (an HTML
     * meta tag) or null.
     */
    public DecodedText decode(Path file, byte[] bytes, String declared) throws IngestException {
        DecodedText bom = decodeAfterBom(file, bytes);
        if (bom != null) return bom;
        checkNotBinary(file, bytes);
        int badUtf8 = firstBadOffset(bytes, StandardCharsets.UTF_8);
        if (badUtf8 < 0) return new DecodedText(new String(bytes, StandardCharsets.UTF_8), "UTF-8", "valid UTF-8");
        String notUtf8 = String.format("not UTF-8 (bad byte 0x%02X at offset %d)", bytes[badUtf8] & 0xff, badUtf8);
        Charset declaredCharset = declared == null ? null : charsetFor(declared);
        if (declaredCharset != null) {
            String text = strict(bytes, declaredCharset);
            if (text != null) return new DecodedText(text, declaredCharset.name(), notUtf8 + "; page declares " + declared);
        }
        String guess = detect(bytes);
        Charset guessed = guess == null ? null : charsetFor(guess);
        boolean chinese = guessed != null && CHINESE.contains(guessed);
        if (chinese) {
            String text = strict(bytes, guessed);
            if (text != null) return new DecodedText(text, guessed.name(), notUtf8 + "; detector said " + guess);
        }
        String said = guess == null ? "detector undecided"
                : "detector said " + guess + (chinese ? " but it does not decode" : ", not a Chinese charset");
        List<Charset> fallbacks = guessed == BIG5 ? List.of(BIG5_HKSCS, GB18030) : List.of(GB18030, BIG5_HKSCS);
        for (Charset fallback : fallbacks) {
            String text = strict(bytes, fallback);
            if (text != null)
                return new DecodedText(text, fallback.name(), notUtf8 + "; " + said + "; fallback " + fallback.name() + " decodes cleanly");
        }
        throw new IngestException(file, "undecodable bytes: " + notUtf8 + "; " + said
                + "; not valid GB18030 or Big5 either");
    }

    /** Decodes the bytes after a UTF-8 or UTF-16 BOM, or returns null when there is no BOM. */
    private static DecodedText decodeAfterBom(Path file, byte[] b) throws IngestException {
        Charset cs;
        int skip;
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            cs = StandardCharsets.UTF_8;
            skip = 3;
        } else if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else {
            return null;
        }
        byte[] rest = java.util.Arrays.copyOfRange(b, skip, b.length);
        int bad = firstBadOffset(rest, cs);
        if (bad >= 0)
            throw new IngestException(file, "undecodable bytes: a " + cs.name() + " BOM, but bytes at offset "
                    + (bad + skip) + " are not valid " + cs.name());
        return new DecodedText(new String(rest, cs), cs.name(), cs.name() + " byte-order mark");
    }

    /** Rejects content with NUL bytes or many control bytes: an image, an archive, a word-processor file. */
    private static void checkNotBinary(Path file, byte[] bytes) throws IngestException {
        int controls = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) throw new IngestException(file, "binary content: NUL byte at offset " + i);
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) controls++;
        }
        if (controls > MAX_CONTROL_SHARE * bytes.length)
            throw new IngestException(file, "binary content: " + controls + " control bytes in " + bytes.length);
    }

    /** The offset of the first byte {@code cs} cannot decode, or -1 when all decode. */
    static int firstBadOffset(byte[] bytes, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(4096);
        while (true) {
            java.nio.charset.CoderResult r = dec.decode(in, out, true);
            if (r.isError()) return in.position();
            if (r.isUnderflow()) break;
            out.clear();
        }
        out.clear();
        java.nio.charset.CoderResult r = dec.flush(out);
        return r.isError() ? in.position() : -1;
    }

    /** The text when every byte decodes in {@code cs}, else null. */
    private static String strict(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String detect(byte[] bytes) {
        UniversalDetector d = new UniversalDetector();
        d.handleData(bytes, 0, bytes.length);
        d.dataEnd();
        return d.getDetectedCharset();
    }

    /**
     * The Java charset to decode a detected or declared name with: GB2312 and GBK pages are read as
     * their superset GB18030 (pages declaring gb2312 routinely use GBK chars), Big5 as Big5-HKSCS.
     */
    static Charset charsetFor(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT);
        switch (n) {
            case "GB2312", "GBK", "GB18030", "CP936", "X-GBK", "EUC-CN", "HZ-GB-2312":
                return GB18030;
            case "BIG5", "BIG-5", "CP950", "BIG5-HKSCS":
                return n.equals("BIG5") || n.equals("BIG-5") ? BIG5 : BIG5_HKSCS;
            default:
                try {
                    return Charset.isSupported(n) ? Charset.forName(n) : null;
                } catch (IllegalArgumentException e) {
                    return null;
                }
        }
    }
}
