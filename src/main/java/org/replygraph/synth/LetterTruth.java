package org.replygraph.synth;

import java.time.LocalDate;
import java.util.List;

/**
 * What a generated letter states, in simplified characters, for checking an extractor against it.
 * Absent fields are null (a letter that writes no number has number null), lists empty.
 *
 * @param assemblyPlace the session's assembly place (陕西省, 杭州市萧山区), null when no session is written
 * @param issuer        the full name of the body that signs it
 * @param coHandlers    the full names of the co-handlers the letter names
 */
public record LetterTruth(boolean cppcc, String number, String title, List<String> proposers, String role,
                          String assemblyPlace, int term, int meeting, String issuer, List<String> coHandlers,
                          String signer, String docNumber, LocalDate date, String contactPerson, String contactPhone,
                          String category, boolean traditional, boolean damaged) {
    public LetterTruth {
        proposers = List.copyOf(proposers);
        coHandlers = List.copyOf(coHandlers);
    }
}
