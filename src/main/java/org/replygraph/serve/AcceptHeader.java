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
            double q = quality(header, format.mediaType());
            if (q > bestQ) {
                best = format;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The q-value the header gives a media type: from its most specific matching range. */
    static double quality(String header, String mediaType) {
        String type = mediaType.substring(0, mediaType.indexOf('/'));
        int bestSpecificity = -1;
        double q = 0;
        for (String part : header.split(",")) {
            String[] params = part.split(";");
            String range = params[0].trim().toLowerCase(Locale.ROOT);
            int specificity;
            if (range.equals(mediaType)) {
                specificity = 2;
            } else if (range.equals(type + "/*")) {
                specificity = 1;
            } else if (range.equals("*/*") || range.equals("*")) {
                specificity = 0;
            } else {
                continue;
            }
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                q = qValue(params);
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
