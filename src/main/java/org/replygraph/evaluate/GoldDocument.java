package org.replygraph.evaluate;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One gold file (gold-format.md) as read by {@link GoldReader}. Single-valued fields are
 * {@link GoldValue}s; list fields hold one group of acceptable names per item. A list field the
 * file leaves out is null and is not scored (the dev gold has no {@code agencies_mentioned}).
 *
 * @param file            the document's file name, e.g. 000_1a2b3c4d5e6f7a8b.txt
 * @param agency          replying_agency, or issuing_agency when the gold gives no replying agency
 * @param agencyField     which of the two keys {@code agency} came from
 * @param unknownKeys     top-level keys gold-format.md does not define (reported as warnings)
 */
public record GoldDocument(String file, GoldDocType docType, Proposal proposal, GoldValue agency,
                           String agencyField, List<List<String>> coHandlers, GoldValue signer,
                           GoldValue category, GoldValue docNumber, GoldValue indexNumber, GoldValue date,
                           GoldValue published, GoldValue contactPerson, GoldValue contactPhone,
                           List<List<String>> policyDocuments, List<String> optionalPolicyDocuments,
                           List<String> notPolicyDocuments, List<List<String>> innovationCentres,
                           List<String> optionalInnovationCentres, List<List<String>> agenciesMentioned,
                           List<String> forbiddenLiterals, Table statisticsTable, String notes,
                           List<String> unknownKeys) {
    public GoldDocument {
        unknownKeys = List.copyOf(unknownKeys);
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(docType, "docType");
    }

    /** The document's file name without extension: the key inputs are matched by. */
    public String stem() {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    /** The gold {@code proposal} object; proposers are the named people ([] when none is named). */
    public record Proposal(GoldValue kind, GoldValue number, GoldValue title, List<String> proposers,
                           GoldValue proposerRole, GoldValue proposingUnit, Session session) {
        public Proposal {
            proposers = List.copyOf(proposers);
        }
    }

    /** {@code "session": {"body": ["陕西省政协", …], "term": 12, "meeting": 4}}. */
    public record Session(List<String> bodies, int term, int meeting) {
        public Session {
            bodies = List.copyOf(bodies);
        }

        public String describe() {
            return String.join(" | ", bodies) + " 第" + term + "届 第" + meeting + "次";
        }
    }

    /** {@code statistics_table}: caption, measures, one row of figures per label, total or null. */
    public record Table(String caption, List<String> measures, Map<String, List<Long>> rows, List<Long> total) {
    }
}
