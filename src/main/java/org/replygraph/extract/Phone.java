package org.replygraph.extract;

import java.util.Objects;

/**
 * A contact number as written, normalised to digits and one hyphen after the area code
 * (029-87294985). {@code personalMobile} marks an 11-digit number starting with 1: personal data
 * that the graph stage publishes only when the operator opts in.
 */
public record Phone(String number, boolean personalMobile) {
    public Phone {
        Objects.requireNonNull(number, "number");
        if (!number.matches("[0-9][0-9-]{4,}[0-9]"))
            throw new IllegalArgumentException("Illegal phone='" + number + "' : digits with at most hyphens");
    }

    /** Reads a number as written: 13900001234 is a personal mobile, 0871- 63512057 an office line. */
    public static Phone of(String written) {
        String n = written.replaceAll("[\\s\u3000]", "").replaceAll("-{2,}", "-");
        boolean mobile = n.matches("1[3-9][0-9]{9}");
        return new Phone(n, mobile);
    }
}
