package org.replygraph.serve;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses a {@link DocFormat} from an Accept header with q-values (RFC 9110 §12.5.1):
 * {@code text/turtle;q=0.9, text/html;q=0.5} picks Turtle; {@code application/*} picks the first
 * application/ format; a missing header or {@code *}{@code /*} picks HTML. Ties keep the order of
 * {@link DocFormat}; a more specific range overrides a wildcard for the same type.
 */
final class AcceptHeader {
    private AcceptHeader() { }

    /** The best acceptable format, or empty when every format has q=0 (406). */
    static Optional<DocFormat> choose(String header, List<DocFormat> offered) {
        if (header == null || header.isBlank()) {
            return Optional.of(offered.get(0));
        }
        DocFormat best = null;
        double bestQ = 0;
        for (DocFormat format : offered) {
            double q = quality(header, format.mediaTypes());
            if (q > bestQ) {
                best = format;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The q-value the header gives a media type: from its most specific matching range. */
    static double quality(String header, String mediaType) {
        return quality(header, List.of(mediaType));
    }

    /**
     * The q-value the header gives a format known by several media types ({@code text/plain} and
     * {@code application/n-triples} are N-Triples): the most specific range naming any of them wins,
     * the highest q among equally specific ones; {@code type/*} matches the registered type only (so
     * {@code application/*} is not Turtle for its alias application/x-turtle). rdflib asks N-Triples as
     * {@code text/plain, *}{@code /*;q=0.1}.
     */
    static double quality(String header, List<String> mediaTypes) {
        int bestSpecificity = -1;
        double q = 0;
        for (String part : header.split(",")) {
            String[] params = part.split(";");
            String range = params[0].trim().toLowerCase(Locale.ROOT);
            int specificity = -1;
            String registered = mediaTypes.get(0);
            for (String mediaType : mediaTypes) {
                if (range.equals(mediaType)) {
                    specificity = Math.max(specificity, 2);
                } else if (mediaType.equals(registered) // application/* matches by the registered type only
                        && range.equals(mediaType.substring(0, mediaType.indexOf('/')) + "/*")) {
                    specificity = Math.max(specificity, 1);
                } else if (range.equals("*/*") || range.equals("*")) {
                    specificity = Math.max(specificity, 0);
                }
            }
            if (specificity < 0) {
                continue;
            }
            double partQ = qValue(params);
            if (specificity > bestSpecificity || specificity == bestSpecificity && partQ > q) {
                bestSpecificity = specificity;
                q = partQ;
            }
        }
        return q;
    }

    private static double qValue(String[] params) {
        for (int i = 1; i < params.length; i++) {
            String p = params[i].trim();
            if (p.startsWith("q=") || p.startsWith("Q=")) {
                try {
                    return Math.max(0, Math.min(1, Double.parseDouble(p.substring(2).trim())));
                } catch (NumberFormatException e) {
                    return 0; // an unreadable q is treated as "not acceptable", never as a server error
                }
            }
        }
        return 1;
    }
}
