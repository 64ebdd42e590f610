package org.replygraph.validate;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.shared.PrefixMapping;

/**
 * The outcome of a SHACL check, readable without the shapes at hand:
 * <pre>
 * Violation  id:doc/000-…  rg:sha256  A document has exactly one rg:sha256 of 64 lower-case hex digits  value: abc
 * </pre>
 */
public record ValidationResult(boolean conforms, List<Issue> issues) {
    public ValidationResult {
        issues = List.copyOf(issues);
    }

    /** One problem: severity, the node at fault, the property path, what is wrong and the offending value. */
    public record Issue(String severity, String focus, String path, String message, String value) { }

    /** A line per issue, IRIs shortened with {@code prefixes}, and a summary line. */
    public String render(PrefixMapping prefixes) {
        StringBuilder sb = new StringBuilder();
        for (Issue i : issues) {
            sb.append(i.severity()).append("  ").append(shorten(i.focus(), prefixes));
            if (!i.path().isEmpty()) sb.append("  ").append(shortenPath(i.path(), prefixes));
            sb.append("  ").append(i.message());
            if (!i.value().isEmpty()) sb.append("  value: ").append(shorten(i.value(), prefixes));
            sb.append('\n');
        }
        sb.append(conforms ? "Conforms: the graph satisfies every shape." :
                "Does not conform: " + issues.size() + (issues.size() == 1 ? " problem." : " problems.")).append('\n');
        return sb.toString();
    }

    private static String shorten(String iri, PrefixMapping pm) {
        return pm.shortForm(iri);
    }

    /** Paths print as {@code <https://…#sha256>}; show them as rg:sha256. */
    private static String shortenPath(String path, PrefixMapping pm) {
        String out = path;
        for (Map.Entry<String, String> e : pm.getNsPrefixMap().entrySet())
            out = out.replaceAll("<" + Pattern.quote(e.getValue()) + "([^>]*)>", Matcher.quoteReplacement(e.getKey() + ":") + "$1");
        return out;
    }
}
