package org.replygraph.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.Path;

/**
 * Checks a built graph against ReplyGraph's SHACL shapes (ontology/shapes.ttl, shipped in the jar).
 *
 * <pre>{@code
 * ValidationResult r = ShapeValidator.standard().validate(dataset.getUnionGraph());
 * r.conforms();                       // true for a sound build
 * out.print(r.render(prefixes));      // focus node, path, message, value per problem
 * }</pre>
 */
public final class ShapeValidator {
    /** Where the shapes live on the classpath (copied from the project's ontology/ folder). */
    public static final String SHAPES_RESOURCE = "ontology/shapes.ttl";

    private final Shapes shapes;

    public ShapeValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(Objects.requireNonNull(shapesGraph, "shapesGraph"));
    }

    /** The validator with the shapes shipped with ReplyGraph. */
    public static ShapeValidator standard() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = ShapeValidator.class.getClassLoader().getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null)
                throw new IllegalStateException("Missing resource " + SHAPES_RESOURCE + " : the jar must carry the shapes");
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SHAPES_RESOURCE + " : " + e.getMessage(), e);
        }
        return new ShapeValidator(g);
    }

    public ValidationResult validate(Graph data) {
        var report = ShaclValidator.get().validate(shapes, data);
        List<ValidationResult.Issue> issues = report.getEntries().stream()
                .map(ShapeValidator::issue)
                .sorted(Comparator.comparing(ValidationResult.Issue::focus).thenComparing(ValidationResult.Issue::path)
                        .thenComparing(ValidationResult.Issue::message).thenComparing(ValidationResult.Issue::value))
                .toList();
        return new ValidationResult(report.conforms(), issues);
    }

    private static ValidationResult.Issue issue(ReportEntry e) {
        Path path = e.resultPath();
        String severity = e.severity().level().getLocalName();
        return new ValidationResult.Issue(severity, text(e.focusNode()), path == null ? "" : path.toString(),
                e.message() == null ? "" : e.message(), e.value() == null ? "" : text(e.value()));
    }

    private static String text(Node n) {
        if (n == null) return "";
        if (n.isURI()) return n.getURI();
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        return n.toString();
    }

}
