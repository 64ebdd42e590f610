package org.replygraph.extract.letter;

import org.replygraph.extract.Located;

/**
 * A letter's closing: the issuing body's line (陕西省工业和信息化厅) and the date under it, each
 * null when absent; {@code compactDate} holds a date that lost its 年月日 ("2022711") for the caller
 * to read against a reference date.
 */
public record SignOff(Located<String> agency, ChineseDateParser.MatchedDate date, Located<String> compactDate) { }
