package org.replygraph.graph.store;

/**
 * A store that cannot be opened or written, with a message for the user that names the folder and the
 * reason: "store /data/rg is in use by process 4242 (another build or serve); stop it or wait".
 */
public final class StoreException extends IllegalStateException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
