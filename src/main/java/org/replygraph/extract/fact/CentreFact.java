package org.replygraph.extract.fact;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A detail a letter states about a named centre: a date (国家增材制造创新中心…于2018年6月获批筹建 gives
 * {@code approvalDate 2018-06}) or a figure (中心吸引了9家核心企业 gives {@code participantCount 9 家},
 * counted 核心企业). Dates are ISO as precise as stated (2017, 2018-06, 2018-06-05); figures are decimal
 * numbers with the classifier as unit, {@code approximate} where the text says 余, 多 or 约.
 *
 * @param centre  the canonical name of the centre (as in {@link CentreMention#name()})
 * @param counted what a figure counts, as written (员工, 专利, 联盟成员, 核心企业); null for dates
 * @param span    where the date or figure stands, with its trigger words (获批筹建, 120余人)
 */
public record CentreFact(String centre, String property, String value, String unit, boolean approximate,
                         String counted, Span span) {
    /** Date properties: value is an ISO year, year-month or date. */
    public static final Set<String> DATES = Set.of("approvalDate", "openingDate", "upgradeDate");
    /** Figure properties: value is a decimal number. */
    public static final Set<String> FIGURES = Set.of("staffCount", "patentCount", "memberCount", "participantCount");

    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,9}(\\.\\d{1,4})?");

    public CentreFact {
        Objects.requireNonNull(centre, "centre");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
        if (DATES.contains(property)) {
            if (!DATE.matcher(value).matches())
                throw new IllegalArgumentException("Illegal " + property + "=" + value + " : must be yyyy, yyyy-MM or yyyy-MM-dd");
        } else if (FIGURES.contains(property)) {
            if (!DECIMAL.matcher(value).matches())
                throw new IllegalArgumentException("Illegal " + property + "=" + value + " : must be a decimal number");
            Objects.requireNonNull(unit, "unit");
        } else {
            throw new IllegalArgumentException("Illegal centre fact property=" + property
                    + " : must be one of " + new java.util.TreeSet<>(DATES) + " or " + new java.util.TreeSet<>(FIGURES));
        }
    }

    public boolean isDate() {
        return DATES.contains(property);
    }
}
