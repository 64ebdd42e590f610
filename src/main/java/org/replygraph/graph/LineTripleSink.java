package org.replygraph.graph;

import java.util.Arrays;

/**
 * A {@link TripleSink} that writes a letter's quads as the lines of a file, UTF-8 bytes straight from the terms'
 * N-Triples forms ({@link Term#nt()}) into one growing buffer, with no Jena node, triple, set or String in between:
 * each triple in the document's graph, and each entity-description triple once more in the {@link EntityGraph}
 * (exactly the quads {@link EntityGraph#forEachQuad} gives a dataset). {@link #finish()} sorts the lines as bytes
 * (in Java String order, {@link LineSorter#compareAsStrings}) and drops repeats, ready for the external merge.
 * The lines are byte-identical to Jena's N-Triples/N-Quads writer (LineTripleSinkTest).
 *
 * <pre>{@code
 * LineTripleSink out = new LineTripleSink("nq", graphName, new EntityGraph(base));
 * writer.write(facts, out);
 * SortedLineBlock lines = out.finish();   // "<s> <p> \"o\"@zh-Hans <g> ." …, sorted, each once
 * lines.triples();                        // the document graph's distinct triples
 * }</pre>
 * Layouts by extension: {@code nq} "s p o g ."; {@code trig} "g s p o ." (sorted by graph first, for TRIG_BLOCKS);
 * any other (nt, ttl, jsonld, rdf) "s p o .", where the entities graph's copy of a line is the line itself.
 */
final class LineTripleSink implements TripleSink {
    private static final byte SPACE = ' ';
    private static final byte[] END = {' ', '.'};

    private final Layout layout;
    private final byte[] graph;
    private final byte[] entityGraph;
    private final EntityGraph entities;
    /**
     * The thread's scratch buffer, grown once to its largest letter and reused; {@link #finish()} copies the lines
     * out (a fresh 64 KB buffer per letter, zeroed and grown by doubling, was 8% of the CPU of making its lines).
     */
    private static final ThreadLocal<byte[][]> SCRATCH = ThreadLocal.withInitial(() -> new byte[][] {new byte[1 << 16]});

    private final byte[][] scratch = SCRATCH.get();
    private byte[] buf = scratch[0];
    private int length;
    /** Start and end of each line of the document's graph, then (from {@link #entityFrom}) of the entities graph. */
    private int[] docLines = new int[512];
    private int docCount;
    private int[] entityLines = new int[256];
    private int entityCount;
    private Term lastSubject;
    private boolean lastIsEntity;

    private enum Layout { NQUADS, TRIG, TRIPLES }

    LineTripleSink(String extension, Term graphName, EntityGraph entities) {
        this.layout = switch (extension) {
            case "nq" -> Layout.NQUADS;
            case "trig" -> Layout.TRIG;
            default -> Layout.TRIPLES;
        };
        this.graph = graphName.nt();
        this.entityGraph = Term.of(entities.name()).nt();
        this.entities = entities;
    }

    @Override
    public void triple(Term s, Term p, Term o) {
        if (s != lastSubject) {
            lastSubject = s;
            lastIsEntity = s.isIri() && entities.isEntity(s.lexical());
        }
        docLines = line(docLines, docCount++, s, p, o, graph);
        if (lastIsEntity && layout != Layout.TRIPLES) entityLines = line(entityLines, entityCount++, s, p, o, entityGraph);
    }

    /** Appends one line, records its start and end as the {@code n}-th pair of {@code bounds}. */
    private int[] line(int[] bounds, int n, Term s, Term p, Term o, byte[] g) {
        if (2 * n + 2 > bounds.length) bounds = Arrays.copyOf(bounds, 2 * bounds.length);
        int start = length;
        switch (layout) {
            case NQUADS -> {
                put(s.nt()).put(SPACE).put(p.nt()).put(SPACE).put(o.nt()).put(SPACE).put(g).put(END);
            }
            case TRIG -> {
                put(g).put(SPACE).put(s.nt()).put(SPACE).put(p.nt()).put(SPACE).put(o.nt()).put(END);
            }
            case TRIPLES -> {
                put(s.nt()).put(SPACE).put(p.nt()).put(SPACE).put(o.nt()).put(END);
            }
        }
        bounds[2 * n] = start;
        bounds[2 * n + 1] = length;
        return bounds;
    }

    private LineTripleSink put(byte[] b) {
        if (length + b.length > buf.length) grow(length + b.length);
        System.arraycopy(b, 0, buf, length, b.length);
        length += b.length;
        return this;
    }

    private LineTripleSink put(byte b) {
        if (length == buf.length) grow(length + 1);
        buf[length++] = b;
        return this;
    }

    private void grow(int needed) {
        buf = Arrays.copyOf(buf, Math.max(2 * buf.length, needed));
        scratch[0] = buf;
    }

    /** The lines sorted in String order, each once; the count of the document graph's distinct triples with them. */
    SortedLineBlock finish() {
        int[] doc = SortedLineBlock.sortDistinct(buf, docLines, docCount);
        int triples = doc.length / 2;
        int[] all = entityCount == 0 ? doc
                : SortedLineBlock.mergeDistinct(buf, doc, SortedLineBlock.sortDistinct(buf, entityLines, entityCount));
        return new SortedLineBlock(Arrays.copyOf(buf, length), all, triples);
    }
}
