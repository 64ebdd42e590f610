package org.replygraph.extract.letter;

import java.util.List;
import org.replygraph.extract.fact.Located;

/**
 * A letter's closing: the issuing body's line (陕西省工业和信息化厅) and the date under it, each
 * null when absent; {@code compactDate} holds a date that lost its 年月日 ("2022711") for the caller
 * to read against a reference date; {@code jointAgencies} are the bodies signing beside the issuer in
 * a joint reply ("上海市徐汇区科学技术委员会　　上海市徐汇区财政局": the second co-handles).
 */
public record SignOff(Located<String> agency, ChineseDateParser.MatchedDate date, Located<String> compactDate,
        List<Located<String>> jointAgencies) {
    public SignOff {
        jointAgencies = List.copyOf(jointAgencies);
    }

    /** A closing signed by one body. */
    public SignOff(Located<String> agency, ChineseDateParser.MatchedDate date, Located<String> compactDate) {
        this(agency, date, compactDate, List.of());
    }
}
