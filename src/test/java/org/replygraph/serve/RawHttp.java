package org.replygraph.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 exchange over a plain socket, for what {@code java.net.http} will not send (TRACE, a
 * forged Host header, a 20 KB header): {@code RawHttp.Response r = RawHttp.send(port, "TRACE / HTTP/1.1\r\nHost: x\r\n\r\n")}.
 */
final class RawHttp {
    private RawHttp() { }

    record Response(int status, String head, String body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    /** Sends {@code request} (which should say {@code Connection: close} or be answered with a close) and reads the answer. */
    static Response send(int port, String request) throws IOException {
        return send(port, request.getBytes(StandardCharsets.UTF_8));
    }

    static Response send(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // The server may answer and close before reading everything (413): read what it said.
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            try {
                while ((n = in.read(buf)) > 0) {
                    all.write(buf, 0, n);
                    if (complete(all.toString(StandardCharsets.ISO_8859_1))) {
                        break;
                    }
                }
            } catch (IOException e) {
                if (all.size() == 0) {
                    throw e;
                }
            }
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Response(status, head, body);
        }
    }

    /** A response with a Content-Length whose body has fully arrived. */
    private static boolean complete(String soFar) {
        int split = soFar.indexOf("\r\n\r\n");
        if (split < 0) {
            return false;
        }
        String head = soFar.substring(0, split).toLowerCase();
        int at = head.indexOf("\r\ncontent-length:");
        if (at < 0) {
            return false;
        }
        int end = head.indexOf("\r\n", at + 2);
        long length = Long.parseLong(head.substring(at + 17, end < 0 ? head.length() : end).trim());
        return soFar.getBytes(StandardCharsets.ISO_8859_1).length - split - 4 >= length;
    }
}
