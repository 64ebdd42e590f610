package org.replygraph.graph;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in a letter's text and masks it with a run of {@code *} as long as what it
 * hides, so every offset into the text still holds. Personal data here is: a mainland mobile number
 * in any way it is written ({@code 13912345671}, {@code 139 1234 5672}, {@code 139-1234-5673},
 * {@code 8613912345675}, {@code +86-139-1234-5676}, {@code （+86）139…}, full-width
 * {@code １３９１２３４５６７８}); an 18-character resident ID number ({@code 11010119900307123X});
 * an e-mail address outside government domains ({@code zhang.san@163.com}, but not
 * {@code kjt@shaanxi.gov.cn}). Office landlines ({@code 029-8xxxxxxx}, {@code 0371-65905678}) are
 * the agencies' published contacts and stay.
 * <pre>{@code
 * PersonalData.mask("联系电话：139 1234 5672", false)  ->  "联系电话：*************"
 * PersonalData.mask("联系电话：13912345671", true)      ->  unchanged (mobiles published on request)
 * }</pre>
 */
final class PersonalData {
    private PersonalData() { }

    private static final String SEP = "[ \\u00a0\\-.]?";
    /** A mobile: optional +86 / 86 / (+86) prefix, then 1[3-9]X XXXX XXXX with optional separators. */
    static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9])(?:\\(?\\+?86\\)?[ \\u00a0-]?)?1[3-9][0-9]" + SEP + "[0-9]{4}" + SEP + "[0-9]{4}(?![0-9])");
    /** A resident ID: 6-digit area, birth date 18xx-20xx, 3-digit sequence, check digit or X. */
    static final Pattern RESIDENT_ID = Pattern.compile(
            "(?<![0-9])[1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9A-Za-z])");
    /** An e-mail address; government domains ({@code .gov.cn}) are official contacts and are not matched. */
    static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]{1,64}@(?![A-Za-z0-9.-]*\\.gov\\.cn(?![A-Za-z0-9.-]))[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})+");

    /**
     * {@code text} with each piece of personal data replaced by as many {@code *}; mobiles are kept
     * when {@code publishMobiles} (the operator's {@code --publish-mobiles}), ID numbers and e-mail
     * addresses never.
     */
    static String mask(String text, boolean publishMobiles) {
        if (!mayHold(text)) {
            return text;
        }
        String plain = halfWidth(text);
        char[][] out = {null};
        for (Finder f : finders(publishMobiles)) {
            f.eachMatch(plain, (start, end) -> {
                if (out[0] == null) {
                    out[0] = text.toCharArray();
                }
                for (int i = start; i < end; i++) {
                    out[0][i] = '*';
                }
                return true;
            });
        }
        return out[0] == null ? text : new String(out[0]);
    }

    /** Whether {@link #mask} would change {@code text}. */
    static boolean contains(String text, boolean publishMobiles) {
        if (!mayHold(text)) {
            return false;
        }
        String plain = halfWidth(text);
        boolean[] found = {false};
        for (Finder f : finders(publishMobiles)) {
            f.eachMatch(plain, (start, end) -> {
                found[0] = true;
                return false;
            });
            if (found[0]) {
                return true;
            }
        }
        return false;
    }

    private static Finder[] finders(boolean publishMobiles) {
        return publishMobiles ? new Finder[] {ID_FINDER, EMAIL_FINDER} : new Finder[] {ID_FINDER, MOBILE_FINDER, EMAIL_FINDER};
    }

    /** A match's start and end; false to stop at it. */
    private interface Hit {
        boolean at(int start, int end);
    }

    /**
     * A pattern, the chars its matches are made of and their least length. Each match lies within one run of those
     * chars, so the pattern is run only on runs long enough to hold one (a region with transparent bounds, so its
     * look-behinds and look-aheads see the text around it): the same matches, in the same order, as a search of the
     * whole text. The patterns open with optional parts or a char class, so the JDK tried them at every position of
     * a letter's 5,000-char text (performance-notes trap 6).
     */
    private record Finder(Pattern pattern, boolean[] chars, int minLength) {
        Finder(Pattern pattern, String chars, int minLength) {
            this(pattern, table(chars), minLength);
        }

        private static boolean[] table(String chars) {
            boolean[] t = new boolean[256];
            for (char c : chars.toCharArray()) t[c] = true;
            return t;
        }

        private boolean in(char c) {
            return c < 256 && chars[c];
        }

        /** Tells {@code hit} each match in {@code plain}, as {@code pattern.matcher(plain).find()} finds them in turn. */
        void eachMatch(String plain, Hit hit) {
            Matcher m = null;
            int n = plain.length();
            int i = 0;
            while (i < n) {
                if (!in(plain.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < n && in(plain.charAt(i))) i++;
                if (i - start < minLength) continue;
                if (m == null) m = pattern.matcher(plain).useTransparentBounds(true).useAnchoringBounds(false);
                m.region(start, i);
                while (m.find()) if (!hit.at(m.start(), m.end())) return;
            }
        }
    }

    private static final String DIGITS = "0123456789";
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    /** 1[3-9]X XXXX XXXX is 11 chars; prefixes and separators are ( ) + space, no-break space, - and . */
    private static final Finder MOBILE_FINDER = new Finder(MOBILE, DIGITS + "()+ \u00a0-.", 11);
    private static final Finder ID_FINDER = new Finder(RESIDENT_ID, DIGITS + "Xx", 18);
    /** a@b.c is 5 chars. */
    private static final Finder EMAIL_FINDER = new Finder(EMAIL, DIGITS + LETTERS + "._%+-@", 5);

    /**
     * Cheap pre-check without a regex (most literals hold none; a regex opening with a lookbehind is
     * tried at every char, performance-notes trap 6): personal data needs an {@code @}, or eleven
     * digits in one run of digits and the separators a number is written with.
     */
    static boolean mayHold(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
                if (++digits >= 11) {
                    return true;
                }
            } else if (c == '@' || c == '＠') {
                return true;
            } else if (" \u00a0\u3000-.+()－—–‐＋（）．".indexOf(c) < 0) {
                digits = 0;
            }
        }
        return false;
    }

    /**
     * Full-width digits, letters and signs (１３９－１２３４, ＋８６, ＠) as their ASCII forms, one char for
     * one char, so a match in the result is at the same offsets in the original; other dashes and
     * the ideographic space become {@code -} and a space.
     */
    static String halfWidth(String text) {
        char[] cs = text.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            if (c >= '！' && c <= '～') {
                cs[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                cs[i] = ' ';
            } else if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212') {
                cs[i] = '-';
            }
        }
        return new String(cs);
    }
}
