package org.replygraph.cli;

/**
 * Input a subcommand cannot use, with a message naming it and the reason; {@link Failures} makes it
 * exit code {@link Main#FAILURE}.
 * <pre>
 * throw new InputFailure("no document could be read from [no-such-folder]", null);
 * // replygraph serve: no document could be read from [no-such-folder]      (exit 1)
 * </pre>
 */
final class InputFailure extends RuntimeException {
    InputFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
