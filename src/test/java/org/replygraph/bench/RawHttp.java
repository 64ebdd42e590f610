package org.replygraph.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A minimal HTTP/1.1 keep-alive client over one socket, for load generation: it costs a fraction of
 * java.net.http's CPU per request, so on 2 cores the generator leaves the server most of the machine
 * (performance-notes trap 4). Reads Content-Length and chunked bodies; reconnects when the server closes.
 * <pre>{@code
 * try (RawHttp c = new RawHttp("localhost", 3030)) {
 *     RawHttp.Response r = c.get("/id/agency/x.html", "text/html");
 * }
 * }</pre>
 */
final class RawHttp implements AutoCloseable {
    record Response(int status, int bytes) { }

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final byte[] buffer = new byte[64 * 1024];

    RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** GET a path (already percent-encoded) with an Accept header; the body is read and counted, not kept. */
    Response get(String path, String accept) throws IOException {
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: " + accept
                + "\r\nAccept-Encoding: identity\r\nConnection: keep-alive\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        for (int attempt = 0; ; attempt++) {
            try {
                if (socket == null) connect();
                out.write(request);
                out.flush();
                return readResponse();
            } catch (IOException e) {
                close();
                if (attempt > 0) throw e;
            }
        }
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), 5000);
        socket.setSoTimeout(120_000);
        in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        out = socket.getOutputStream();
    }

    private Response readResponse() throws IOException {
        String status = line();
        if (status == null) throw new IOException("connection closed before a response");
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        String h;
        while ((h = line()) != null && !h.isEmpty()) {
            String lower = h.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-length:")) length = Long.parseLong(h.substring(15).strip());
            else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
            else if (lower.startsWith("connection:") && lower.contains("close")) close = true;
        }
        long bytes;
        if (chunked) {
            bytes = 0;
            while (true) {
                String size = line();
                int semi = size.indexOf(';');
                long n = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).strip(), 16);
                if (n == 0) {
                    while ((h = line()) != null && !h.isEmpty()) { } // trailers
                    break;
                }
                skip(n);
                bytes += n;
                line();
            }
        } else if (length >= 0) {
            skip(length);
            bytes = length;
        } else {
            bytes = 0;
            int r;
            while ((r = in.read(buffer)) > 0) bytes += r;
            close = true;
        }
        if (close) close();
        return new Response(code, (int) bytes);
    }

    private void skip(long n) throws IOException {
        while (n > 0) {
            int r = in.read(buffer, 0, (int) Math.min(buffer.length, n));
            if (r < 0) throw new IOException("connection closed in a body");
            n -= r;
        }
    }

    private String line() throws IOException {
        StringBuilder b = new StringBuilder(64);
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                int len = b.length();
                if (len > 0 && b.charAt(len - 1) == '\r') b.setLength(len - 1);
                return b.toString();
            }
            b.append((char) c);
        }
        return b.length() == 0 ? null : b.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a socket the server already closed
            }
        }
        socket = null;
    }
}
