package org.replygraph.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.replygraph.lexicon.WordList;

/**
 * Gambling and lottery spam that mirror sites splice into a letter, its heading and its title, found by its vocabulary
 * (spam-words.tsv), not by a list of spam strings. A candidate is a run of spam-class words, connectors (_ - 【 】 ¥ : .),
 * digits and Latin letters, e.g. {@code 手游365_365平台赌博_365平台被黑不给出款怎么办} before {@code 交通运输十四五规划}. It is
 * spam when
 * <ul>
 * <li>it joins a gambling word (博彩, 投注, 比分; or a game word such as 体育, 彩票) to a strong word or a brand
 * (皇冠, 365, 大发; or a place such as 中国, 澳门), and</li>
 * <li>its gambling words occur nowhere else in the page's own text: it is out of the letter's context. A sports
 * bureau's letter on 中国体育彩票公益金 speaks of 体育 elsewhere and keeps its words;</li>
 * </ul>
 * or when it names a brand that another spam span on the same page names ({@code 大发体育在线} beside
 * {@code 大发体育投注}); or when it advertises a site: a brand beside an entry or site word ({@code 开云官网}, a page title's
 * {@code …的答复函-凯发网站}), the brand named nowhere else on the page, or a short
 * name no other line of the page uses right before two entry words ({@code 雷竞技ap官网入口}, {@code 某某app下载}). A
 * Latin name glued to a gambling word is a brand ({@code UU快3}); gambling words misspelt by sound
 * (spam-sound-alikes.tsv: {@code 网上赌搏网站}) are gambling words. Only the span goes; the letter's words around it stay, so
 * {@code 《皇冠足球90比分完善中试基地建设…》} reads {@code 《完善中试基地建设…》} and
 * {@code 亚洲博彩平台推荐关于对亚洲博彩平台排名政协十三届二次会议…} reads {@code 关于对政协十三届二次会议…}.
 */
record GamblingSpamRule(String example, String exampleRest) implements ChromeRule {
    enum Kind { STRONG, GAME, BRAND, PLACE, PROMO, ENTRY }

    /** Word (Latin words lower-case) to its class, longest first so 金沙城中心 is tried before 金沙. */
    static final Map<String, Kind> WORDS = load();
    private static final String FIRST = WordList.firstChars(List.copyOf(WORDS.keySet()));
    /** Chars that join spam words into one span but are no word themselves. */
    private static final String CONNECTORS = "_-–—【】[]¥￥:|.";
    /** The longest Latin name read before a gambling word (UU快3), and Han name before entry words (雷竞技官网入口). */
    private static final int MAX_LATIN_NAME = 8;
    private static final int MAX_HAN_NAME = 4;

    @Override
    public String name() {
        return "gambling-spam";
    }

    /**
     * One run of spam-class words: [start, end), the words it holds, whether a Latin name is glued to its gambling word
     * (UU快3), and the unknown name before its entry words (雷竞技 in 雷竞技ap官网入口), else null.
     */
    record Candidate(int start, int end, List<String> words, boolean latinBrand, String name) {
        Candidate(int start, int end, List<String> words) {
            this(start, end, words, false, null);
        }

        boolean has(Kind kind) {
            return words.stream().anyMatch(w -> WORDS.get(w) == kind);
        }

        long count(Kind kind) {
            return words.stream().filter(w -> WORDS.get(w) == kind).count();
        }

        boolean gambling(String w) {
            Kind k = WORDS.get(w);
            return k == Kind.STRONG || k == Kind.GAME;
        }

        boolean gambling() {
            return words.stream().anyMatch(this::gambling);
        }
    }

    @Override
    public void find(String text, Spans spans) {
        for (Candidate c : spam(text)) spans.add(c.start(), c.end());
    }

    /** The spam spans of {@code text}, in order. */
    static List<Candidate> spam(String text) {
        List<Candidate> candidates = candidates(text);
        if (candidates.isEmpty()) return List.of();
        List<Candidate> out = new ArrayList<>();
        Set<String> brands = new HashSet<>();
        boolean[] taken = new boolean[candidates.size()];
        Map<String, Boolean> outside = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            boolean spam;
            if (c.name() != null) spam = !occursOutside(text, c.name(), candidates);
            else if (c.gambling())
                spam = (c.has(Kind.STRONG) || c.has(Kind.BRAND) || c.has(Kind.PLACE) || c.latinBrand())
                        && outOfContext(text, c, Kind.STRONG, Kind.GAME, candidates, outside);
            else spam = outOfContext(text, c, Kind.BRAND, Kind.BRAND, candidates, outside);
            if (spam) {
                taken[i] = true;
                for (String w : c.words()) if (WORDS.get(w) == Kind.BRAND) brands.add(w);
            }
        }
        // The page's spam session: a brand seen in spam marks its other spans, e.g. 大发体育在线 beside 大发体育投注.
        for (int i = 0; i < candidates.size(); i++) {
            if (taken[i]) continue;
            for (String w : candidates.get(i).words()) if (brands.contains(w)) taken[i] = true;
        }
        for (int i = 0; i < candidates.size(); i++) if (taken[i]) out.add(candidates.get(i));
        return out;
    }

    /**
     * None of the candidate's words of the two kinds (its gambling words, or its brands) occurs in the text outside
     * every candidate; each word is looked up once a page ({@code outside} caches it), so a page of thousands of spam
     * spans stays linear in its length.
     */
    private static boolean outOfContext(String text, Candidate c, Kind a, Kind b, List<Candidate> all,
                                        Map<String, Boolean> outside) {
        for (String w : c.words()) {
            Kind k = WORDS.get(w);
            if ((k == a || k == b) && outside.computeIfAbsent(w, x -> occursOutside(text, x, all))) return false;
        }
        return true;
    }

    private static boolean occursOutside(String text, String word, List<Candidate> all) {
        for (int p = indexOf(text, word, 0); p >= 0; p = indexOf(text, word, p + 1))
            if (!inside(all, p) && !digitGlued(text, word, p)) return true;
        return false;
    }

    /** A word ending in a digit read inside a longer number: 快3 in 快30. */
    private static boolean digitGlued(String text, String word, int p) {
        int end = p + word.length();
        return Character.isDigit(word.charAt(word.length() - 1)) && end < text.length() && Character.isDigit(text.charAt(end));
    }

    private static int indexOf(String text, String word, int from) {
        if (!isLatin(word.charAt(0))) return text.indexOf(word, from);
        for (int p = from; p + word.length() <= text.length(); p++)
            if (text.regionMatches(true, p, word, 0, word.length())) return p;
        return -1;
    }

    /** Whether {@code p} falls in a candidate; candidates are in text order and do not overlap. */
    private static boolean inside(List<Candidate> all, int p) {
        int lo = 0;
        int hi = all.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Candidate c = all.get(mid);
            if (p < c.start()) hi = mid - 1;
            else if (p >= c.end()) lo = mid + 1;
            else return true;
        }
        return false;
    }

    /**
     * Every run holding two spam words or more, at least one of them gambling (strong or game) or a brand beside an
     * entry or promotion word (开云官网, 凯发网站); a run of one gambling word with a Latin name glued before it (UU快3); a run of two entry words or more
     * after a short name that opens its clause (雷竞技ap官网入口).
     */
    static List<Candidate> candidates(String text) {
        List<Candidate> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while ((i = nextTokenStart(text, i)) < n) {
            int[] first = token(text, i);
            if (first == null || first[1] == 0) {
                i = first == null ? i + 1 : first[0];
                continue;
            }
            List<String> words = new ArrayList<>();
            List<int[]> wordSpans = new ArrayList<>();
            int p = i;
            for (int[] t = first; t != null; t = token(text, p)) {
                if (t[1] == 1) {
                    String w = word(text, p, t[0]);
                    if (w != null) {
                        words.add(w);
                        wordSpans.add(new int[] {p, t[0]});
                    }
                }
                p = t[0];
            }
            i = Math.max(p, i + 1);
            trimGluedSingles(text, words, wordSpans);
            if (words.isEmpty()) continue;
            int start = wordSpans.get(0)[0];
            int end = closeBrackets(text, start, wordSpans.get(wordSpans.size() - 1)[1]);
            int latin = latinBefore(text, start);
            boolean latinBrand = latin < start && start - latin >= 2 && WORDS.get(words.get(0)) == Kind.STRONG;
            Candidate c = new Candidate(latinBrand ? latin : start, end, List.copyOf(words), latinBrand, null);
            if (c.gambling() && (words.size() >= 2 || latinBrand)) out.add(c);
            else if (words.size() >= 2 && c.has(Kind.BRAND) && (c.has(Kind.ENTRY) || c.has(Kind.PROMO))) out.add(c);
            else if (c.count(Kind.ENTRY) >= 2 && !c.has(Kind.BRAND)) {
                int name = nameBefore(text, latin);
                if (name >= 0) out.add(new Candidate(name, end, List.copyOf(words), false, text.substring(name, latin)));
            }
        }
        return out;
    }

    /** Where the Latin letters glued before {@code p} begin (UU in UU快3, ap in 雷竞技ap官网入口); {@code p} when none. */
    private static int latinBefore(String text, int p) {
        int s = p;
        while (s > 0 && p - s < MAX_LATIN_NAME && isLatin(text.charAt(s - 1))) s--;
        return s > 0 && (isLatin(text.charAt(s - 1)) || Character.isDigit(text.charAt(s - 1))) ? p : s;
    }

    /**
     * The start of a short Han name (2-4 chars) ending at {@code p} and opening its clause (after the line's start, a
     * space or a mark), or -1: 雷竞技 in {@code 雷竞技ap官网入口 农村部}; 省政府 in {@code 可登录省政府官网} has no such start.
     */
    private static int nameBefore(String text, int p) {
        int s = p;
        while (s > 0 && p - s <= MAX_HAN_NAME && Chars.isHan(text.charAt(s - 1))) s--;
        int len = p - s;
        if (len < 2 || len > MAX_HAN_NAME) return -1;
        if (s > 0 && (isLatin(text.charAt(s - 1)) || Character.isDigit(text.charAt(s - 1)))) return -1;
        return s;
    }

    /**
     * The next position from {@code p} whose char may open a token (a Latin letter, a digit, a connector or the first
     * char of a spam word), or the text's length: {@link #token} is null at every position before it, so the loop of
     * {@link #candidates} runs where spam may stand, not once per char, and stays cheap to compile.
     */
    private static int nextTokenStart(String text, int p) {
        for (int n = text.length(); p < n; p++) {
            char c = text.charAt(p);
            if (isLatin(c) || Character.isDigit(c) || CONNECTORS.indexOf(c) >= 0 || FIRST.indexOf(c) >= 0) return p;
        }
        return p;
    }

    /**
     * The token at {@code p}: {end, 1} for a spam word or a Latin run holding one, {end, 0} for a connector, a digit
     * run or another Latin run; null when no token starts there.
     */
    private static int[] token(String text, int p) {
        if (p >= text.length()) return null;
        char c = text.charAt(p);
        if (isLatin(c) || Character.isDigit(c)) {
            int e = p;
            while (e < text.length() && (isLatin(text.charAt(e)) || Character.isDigit(text.charAt(e)))) e++;
            return new int[] {e, word(text, p, e) != null ? 1 : 0};
        }
        if (CONNECTORS.indexOf(c) >= 0) return new int[] {p + 1, 0};
        if (FIRST.indexOf(c) < 0) return null;
        for (String w : WORDS.keySet())
            if (text.startsWith(w, p) && !digitGlued(text, w, p)) return new int[] {p + w.length(), 1};
        return null;
    }

    /** The spam word that [from, to) is or, for a Latin run such as bt365 or 365app, holds; null when none. */
    private static String word(String text, int from, int to) {
        String s = text.substring(from, to);
        if (WORDS.containsKey(s)) return s;
        if (!isLatin(s.charAt(0)) && !Character.isDigit(s.charAt(0))) return null;
        // A number is a word only whole (365), never inside another (the 12365 hotline).
        if (s.chars().allMatch(Character::isDigit)) return null;
        String lower = s.toLowerCase(Locale.ROOT);
        for (String w : WORDS.keySet()) if (isAscii(w) && lower.contains(w)) return w;
        return null;
    }

    /** A one-char word at a span's edge glued to a Han char outside is part of another word: 网 in 赌博网站. */
    private static void trimGluedSingles(String text, List<String> words, List<int[]> spans) {
        while (!words.isEmpty()) {
            int[] last = spans.get(spans.size() - 1);
            if (last[1] - last[0] != 1 || last[1] >= text.length() || !Chars.isHan(text.charAt(last[1]))) break;
            words.remove(words.size() - 1);
            spans.remove(spans.size() - 1);
        }
        while (!words.isEmpty()) {
            int[] first = spans.get(0);
            if (first[1] - first[0] != 1 || first[0] == 0 || !Chars.isHan(text.charAt(first[0] - 1))) break;
            words.remove(0);
            spans.remove(0);
        }
    }

    /** The span's end, taking a 】 that closes a 【 inside it and a colon right after it (大发体育投注:交通运输局). */
    private static int closeBrackets(String text, int start, int end) {
        int open = 0;
        for (int p = start; p < end; p++) {
            if (text.charAt(p) == '【') open++;
            else if (text.charAt(p) == '】') open--;
        }
        while (open > 0 && end < text.length() && text.charAt(end) == '】') {
            end++;
            open--;
        }
        if (end < text.length() && text.charAt(end) == ':') end++;
        return end;
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(ch -> ch < 128);
    }

    private static Map<String, Kind> load() {
        Map<String, Kind> listed = new LinkedHashMap<>();
        WordList.pairs("spam-words").forEach((w, k) -> listed.put(w, kind(w, k)));
        // Gambling words misspelt by sound (赌搏 for 赌博): one char of a strong word swapped for a char that sounds alike.
        Map<String, String> alikes = WordList.pairs("spam-sound-alikes");
        Map<String, Kind> all = new LinkedHashMap<>(listed);
        listed.forEach((w, k) -> {
            if (k == Kind.STRONG) for (String v : soundAlikes(w, alikes)) all.putIfAbsent(v, Kind.STRONG);
        });
        Map<String, Kind> out = new LinkedHashMap<>();
        all.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Kind> e) -> e.getKey().length()).reversed())
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The spellings of {@code word} with one char swapped for one that sounds alike: 赌博 gives 赌搏, 堵博, 睹博. */
    static List<String> soundAlikes(String word, Map<String, String> alikes) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            String chars = alikes.get(String.valueOf(word.charAt(i)));
            if (chars == null) continue;
            for (char c : chars.toCharArray()) out.add(word.substring(0, i) + c + word.substring(i + 1));
        }
        return out;
    }

    private static Kind kind(String word, String name) {
        try {
            return Kind.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Illegal class=" + name + " for word=" + word + " in "
                    + WordList.resource("spam-words") + " : must be strong, game, brand, place, promo or entry", e);
        }
    }
}
