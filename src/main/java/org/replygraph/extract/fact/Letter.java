package org.replygraph.extract.fact;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The letter-level facts of one document (gold-format.md's fields). Absent facts are null, lists
 * empty; a document of type OTHER has no proposal and may still have an issuer.
 *
 * @param issuer      the body that wrote it (replying agency), resolved to its full name
 * @param coHandlers  each co-handling body (会办/协办单位)
 * @param category    A, B or C
 * @param docNumber   the letter's own 文号, e.g. 陕工信函〔2021〕154号
 * @param indexNumber 索引号
 * @param date        the letter's own date (落款日期)
 * @param published   the web page's publication date
 * @param jurisdiction the full place the letter's issuer belongs to (陕西省, 杭州市萧山区), or null
 */
public record Letter(DocType type, Proposal proposal, AgencyRef issuer, List<AgencyRef> coHandlers,
                     PersonRef signer, Located<String> category, Located<String> docNumber,
                     Located<String> indexNumber, Located<LocalDate> date, Located<LocalDate> published,
                     PersonRef contact, Located<Phone> contactPhone, String jurisdiction) {
    private static final Pattern CATEGORY = Pattern.compile("[ABC]");

    public Letter {
        Objects.requireNonNull(type, "type");
        coHandlers = List.copyOf(coHandlers);
        if (type == DocType.OTHER && proposal != null)
            throw new IllegalArgumentException("Illegal proposal on a document of type OTHER : only reply letters answer one");
        if (category != null && !CATEGORY.matcher(category.value()).matches())
            throw new IllegalArgumentException("Illegal category=" + category.value() + " : must be A, B or C");
    }
}
