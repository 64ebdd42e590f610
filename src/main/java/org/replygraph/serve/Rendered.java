package org.replygraph.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A rendered response body with its strong ETag, computed once. */
record Rendered(byte[] body, String etag) {

    static Rendered of(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new Rendered(bytes, etag(bytes));
    }

    static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }
}
