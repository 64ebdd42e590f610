package org.replygraph.extract.fact;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A contact number as written, normalised to digits and one hyphen after the area code
 * (029-87294985). {@code personalMobile} marks an 11-digit number starting with 1: personal data
 * that the graph stage publishes only when the operator opts in.
 */
public record Phone(String number, boolean personalMobile) {
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9-]{4,}[0-9]");
    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]");
    private static final Pattern HYPHENS = Pattern.compile("-{2,}");
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    public Phone {
        Objects.requireNonNull(number, "number");
        if (!NUMBER.matcher(number).matches())
            throw new IllegalArgumentException("Illegal phone='" + number + "' : digits with at most hyphens");
    }

    /** Reads a number as written: 13900001234 is a personal mobile, 0871- 63512057 an office line. */
    public static Phone of(String written) {
        String n = HYPHENS.matcher(SPACES.matcher(written).replaceAll("")).replaceAll("-");
        boolean mobile = MOBILE.matcher(n).matches();
        return new Phone(n, mobile);
    }
}
