package org.claimtrace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, for what java.net.http will not send: any Host header, a body
 * larger than the server takes (whose answer comes while the body is still being sent).
 */
final class RawHttp {
    record Answer(int status, String headers, String body, double seconds) {
        String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) return line.substring(colon + 1).strip();
            }
            return null;
        }
    }

    private RawHttp() {}

    static Answer send(int port, String head) throws IOException {
        return send(port, head, 0, null);
    }

    /**
     * Sends {@code head} (request line and headers, without the blank line) and then {@code
     * bodyBytes} bytes of {@code filler}, on another thread, while the answer is read.
     */
    static Answer send(int port, String head, long bodyBytes, byte[] filler) throws IOException {
        long t0 = System.nanoTime();
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write((head + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread writer = null;
            if (bodyBytes > 0) {
                writer = Thread.ofVirtual().start(() -> {
                    try {
                        for (long sent = 0; sent < bodyBytes; sent += filler.length) {
                            out.write(filler, 0, (int) Math.min(filler.length, bodyBytes - sent));
                        }
                        out.flush();
                    } catch (IOException e) {
                        // the server answered and closed before the whole body was sent: what we test
                    }
                });
            }
            Answer a = read(s.getInputStream(), t0);
            if (writer != null) writer.interrupt();
            return a;
        }
    }

    private static Answer read(InputStream in, long t0) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int c;
        int state = 0;
        while (state < 4 && (c = in.read()) >= 0) {
            head.write(c);
            state = (c == '\r' || c == '\n') ? state + 1 : 0;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        int status = Integer.parseInt(headers.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        for (String line : headers.split("\r\n")) {
            String l = line.toLowerCase(Locale.ROOT);
            if (l.startsWith("content-length:")) length = Long.parseLong(l.substring(15).strip());
            if (l.startsWith("transfer-encoding:") && l.contains("chunked")) chunked = true;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (length >= 0) {
            body.write(in.readNBytes((int) length));
        } else if (chunked) {
            while (true) {
                String size = line(in);
                int n = Integer.parseInt(size.split(";")[0].strip(), 16);
                if (n == 0) break;
                body.write(in.readNBytes(n));
                line(in);
            }
        }
        return new Answer(status, headers, body.toString(StandardCharsets.UTF_8), seconds);
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') if (c != '\r') sb.append((char) c);
        return sb.toString();
    }
}
