package org.replygraph.synth;

import java.util.Objects;

/**
 * One generated letter: its file name, its text and what it states.
 * <pre>{@code
 * SyntheticLetter l = corpus.iterator().next();
 * l.fileName();        // 000000.txt
 * l.truth().issuer();  // 陕西省科学技术厅
 * }</pre>
 *
 * @param proposalId the proposal it answers: letters with one id answer one proposal
 */
public record SyntheticLetter(String fileName, String text, LetterTruth truth, long proposalId) {
    public SyntheticLetter {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(truth, "truth");
    }
}
