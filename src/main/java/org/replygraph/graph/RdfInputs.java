package org.replygraph.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Inputs that are already RDF (an export such as {@code corpus.nq} or {@code broken.ttl}) rather than
 * letters: quads keep their graphs; triples go into a named graph named after the file, so the union
 * default graph sees them like any document.
 */
public final class RdfInputs {
    private RdfInputs() { }

    /** Whether a path names an RDF file by its extension (.ttl, .nt, .nq, .trig, .jsonld, .rdf). */
    public static boolean isRdf(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean letter = name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
        return !Files.isDirectory(p) && !letter && RDFLanguages.filenameToLang(name) != null;
    }

    /**
     * The quads of {@code file} as {@link #load} would add them (triples in a graph named after the
     * file), parsed in full before any is handed on: a syntax error half-way adds nothing. The file is
     * held in memory while it is parsed (an RDF input is an earlier export, not the letter corpus).
     */
    public static List<Quad> quads(Path file) {
        List<Quad> quads = new ArrayList<>();
        parse(file, quads::add);
        return quads;
    }

    /**
     * Hands the quads of {@code file} (as {@link #quads}) to {@code out} without holding them: the file is
     * parsed twice, first only to check it, so a syntax error half-way still hands on nothing. This is how
     * {@code build part-*.nq -o corpus.nq} merges the parts of a build made on several machines, whatever
     * their size.
     */
    public static void stream(Path file, Consumer<Quad> out) {
        parse(file, q -> { });
        parse(file, out);
    }

    private static void parse(Path file, Consumer<Quad> out) {
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        Node named = NodeFactory.createURI(file.toAbsolutePath().toUri().toString());
        boolean quadsLang = RDFLanguages.isQuads(lang);
        parser(file, lang).parse(new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                out.accept(Quad.create(quadsLang ? Quad.defaultGraphIRI : named, t));
            }

            @Override
            public void quad(Quad q) {
                out.accept(q);
            }
        });
    }

    /**
     * Parses {@code file} into {@code target}; a syntax error is a {@link org.apache.jena.riot.RiotException}
     * naming line and column. It is not also logged: the caller reports it once, with the file.
     */
    public static void load(Path file, DatasetGraph target) {
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        RDFParserBuilder parser = parser(file, lang);
        if (RDFLanguages.isQuads(lang)) {
            parser.parse(target);
        } else {
            Graph g = GraphFactory.createDefaultGraph();
            parser.parse(g);
            GraphWriter.addTo(target, NodeFactory.createURI(file.toAbsolutePath().toUri().toString()), g);
        }
    }

    /**
     * A parser for {@code file} that never fetches anything: a JSON-LD input's remote {@code @context}
     * (http://attacker/ctx.jsonld, or an internal address) would otherwise be fetched by the JSON-LD
     * processor at build time, a server-side request forgery through the builder. The document loader
     * below refuses every remote document with the URL in the message, so the file fails on its own.
     */
    private static RDFParserBuilder parser(Path file, Lang lang) {
        Context context = new Context();
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader((url, loaderOptions) -> {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "remote JSON-LD context refused: " + url + " (ReplyGraph never fetches documents while reading input)");
        });
        context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        return RDFParser.source(file).lang(lang).context(context).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging);
    }
}
