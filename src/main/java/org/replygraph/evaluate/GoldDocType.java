package org.replygraph.evaluate;

import org.replygraph.extract.fact.DocType;

/** The gold's {@code doc_type}: {@code reply_letter}, {@code other}, or {@code either} where both are defensible. */
public enum GoldDocType {
    REPLY_LETTER("reply_letter"), OTHER("other"), EITHER("either");

    private final String json;

    GoldDocType(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    /** Reads the JSON spelling; null when it is none of the three. */
    public static GoldDocType fromJson(String s) {
        for (GoldDocType t : values())
            if (t.json.equals(s)) return t;
        return null;
    }

    /** The gold spelling of an extracted type: co-handling opinions are reply letters too. */
    public static String jsonOf(DocType extracted) {
        return extracted.answersProposal() ? REPLY_LETTER.json : OTHER.json;
    }

    public boolean accepts(DocType extracted) {
        return this == EITHER || json.equals(jsonOf(extracted));
    }
}
