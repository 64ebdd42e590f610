package org.replygraph.graph;

/**
 * Told how a build advances, always from the thread that feeds the sink: the number of documents
 * once they are listed, then after each one (built, failed or unchanged), then at the end. The CLI's
 * progress line implements it; tests count with it.
 *
 * <pre>{@code
 * builder.build(inputs, sink, new BuildProgress() {
 *     public void documentDone(int done) { System.err.print("\r" + done); }
 * });
 * }</pre>
 */
public interface BuildProgress {
    /** Tells nothing. */
    BuildProgress NONE = new BuildProgress() { };

    /** {@code total} documents are about to be built. */
    default void started(int total) { }

    /** {@code done} documents of the total are through (built, failed or unchanged). */
    default void documentDone(int done) { }

    /**
     * The sink's last step (merging the sorted runs into the output file) has written {@code lines} lines so
     * far: told every {@value #WRITING_EVERY} lines, from the thread that finishes the sink.
     */
    default void writing(long lines) { }

    /** How often {@link #writing} is told. */
    int WRITING_EVERY = 1 << 16;

    /** The sink is finished (its output written). */
    default void finished(int total) { }
}
