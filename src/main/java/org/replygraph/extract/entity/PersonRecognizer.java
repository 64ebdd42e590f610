package org.replygraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.replygraph.extract.fact.PersonRef;
import org.replygraph.extract.fact.Span;
import org.replygraph.lexicon.WordList;
import org.replygraph.ingest.DocumentTimeLimit;

/**
 * Finds people named with a role: 公司董事长为李明院士 gives PersonRef(李明, 院士); 此复函已经王强主任审签
 * gives PersonRef(王强, 主任). The name must be a word the segmenter reads as a person's name.
 */
public final class PersonRecognizer {
    /** Roles, longest first; 委员 and 代表 are proposers, which the letter reader handles. */
    private static final List<String> ROLES = WordList.words("person-roles");
    private static final int WINDOW = 8;
    /** The chars roles start with: a cheap test before trying each role. */
    private static final String ROLE_FIRST_CHARS = WordList.firstChars(ROLES);

    private final NamePhrase phrases = new NamePhrase();

    public List<PersonRef> find(String text) {
        List<PersonRef> out = new ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            DocumentTimeLimit.tick(i);
            String role = roleAt(text, i);
            if (role == null) continue;
            List<NamePhrase.Word> words = phrases.words(text, Math.max(0, i - WINDOW), i);
            if (words.isEmpty()) continue;
            NamePhrase.Word last = words.get(words.size() - 1);
            int len = last.word().length();
            if (last.nature().equals("nr") && len >= 2 && len <= 4 && last.end() == i)
                out.add(new PersonRef(last.word(), role, new Span(last.start(), i + role.length())));
            i += role.length() - 1;
        }
        return withSurnames(text, out);
    }

    /**
     * A given name read without its surname (由刘|文华主席领衔: the segmenter joins 由刘) is the full name the same text
     * writes elsewhere (刘文华主席): the char before it and the name, when that string stands elsewhere in the text.
     */
    private static List<PersonRef> withSurnames(String text, List<PersonRef> found) {
        List<PersonRef> out = new ArrayList<>(found.size());
        for (PersonRef p : found) {
            int s = p.span().start();
            String full = s > 0 ? text.charAt(s - 1) + p.name() : null;
            boolean elsewhere = full != null && p.name().length() == 2 && Character.isLetter(full.charAt(0))
                    && (text.indexOf(full) != s - 1 || text.indexOf(full, s) >= 0);
            out.add(elsewhere ? new PersonRef(full, p.role(), new Span(s - 1, p.span().end())) : p);
        }
        return out;
    }

    private static String roleAt(String text, int i) {
        if (ROLE_FIRST_CHARS.indexOf(text.charAt(i)) < 0) return null;
        for (String r : ROLES)
            if (text.startsWith(r, i)) return r;
        return null;
    }
}
