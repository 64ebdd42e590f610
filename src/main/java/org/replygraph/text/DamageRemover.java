package org.replygraph.text;

/**
 * Drops marks left where a char was lost in transcoding: U+FFFD, private-use chars, and ASCII
 * {@code ?}/{@code !} glued to Han chars, e.g. {@code 競爭能力?!苯\uE3D3?,省經} becomes
 * {@code 競爭能力苯,省經}.
 *
 * <p>Runs before width folding, so a real full-width question mark (？) is never touched. In a run
 * of {@code ?!} (with any U+FFFD or private-use chars among them) next to a Han char, the marks are
 * damage when there are two or more, when the run also holds a U+FFFD or private-use char, or when
 * a clause mark (, 。 : …) touches a {@code ?}. A single {@code ?} between Han chars stays, since
 * {@code 怎么办?我们} may be a real question mark typed in ASCII.
 */
final class DamageRemover {
    MappedText apply(MappedText in) {
        String t = in.text();
        int n = t.length();
        int i = 0;
        while (i < n && !isDamageChar(t.charAt(i))) i++;
        // Most texts hold no ASCII ? or ! and nothing lost: they pass as they are.
        if (i == n) return in;
        MappedText.Builder out = new MappedText.Builder(n);
        out.copy(in, 0, i);
        while (i < n) {
            if (!isDamageChar(t.charAt(i))) {
                int run = i;
                while (i < n && !isDamageChar(t.charAt(i))) i++;
                out.copy(in, run, i);
                continue;
            }
            int end = i;
            while (end < n && isDamageChar(t.charAt(end))) end++;
            boolean marksAreDamage = marksAreDamage(t, i, end);
            for (int k = i; k < end; k++) {
                char c = t.charAt(k);
                if ((c == '?' || c == '!') && !marksAreDamage) out.copy(in, k);
            }
            i = end;
        }
        return out.build();
    }

    private static boolean isDamageChar(char c) {
        return c == '?' || c == '!' || isLostChar(c);
    }

    /** U+FFFD and private-use chars: a decoder's stand-ins for a char it could not map. */
    private static boolean isLostChar(char c) {
        return c == '\ufffd' || (c >= '\ue000' && c <= '\uf8ff');
    }

    /** Whether the ? and ! in run [from, to) are transcoding damage. */
    private static boolean marksAreDamage(String t, int from, int to) {
        char before = from > 0 ? t.charAt(from - 1) : '\n';
        char after = to < t.length() ? t.charAt(to) : '\n';
        if (!Chars.isHan(before) && !Chars.isHan(after)) return false;
        int marks = 0;
        boolean lost = false;
        boolean question = false;
        for (int k = from; k < to; k++) {
            char c = t.charAt(k);
            if (isLostChar(c)) lost = true;
            else marks++;
            if (c == '?') question = true;
        }
        if (marks >= 2 || lost) return true;
        return question && (Chars.isClausePunctuation(after) || Chars.isClausePunctuation(before));
    }
}
