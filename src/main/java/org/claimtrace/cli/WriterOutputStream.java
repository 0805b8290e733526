package org.claimtrace.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Bytes written here go to a picocli writer as UTF-8 text, so output can be captured in tests. */
final class WriterOutputStream extends OutputStream {
    private final PrintWriter out;
    private static final int CHUNK = 1 << 16;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    WriterOutputStream(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(int b) {
        buffer.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        buffer.write(b, off, len);
        if (buffer.size() >= CHUNK) passOn();
    }

    /** Passes on the whole characters buffered so far, so a long export is not held in memory. */
    private void passOn() {
        byte[] bytes = buffer.toByteArray();
        int end = bytes.length;
        // Back up to the start of a UTF-8 sequence: a character is never split between writes.
        while (end > 0 && (bytes[end - 1] & 0xC0) == 0x80) end--;
        if (end > 0 && (bytes[end - 1] & 0x80) != 0) end--;
        out.write(new String(bytes, 0, end, StandardCharsets.UTF_8));
        buffer.reset();
        buffer.write(bytes, end, bytes.length - end);
    }

    @Override
    public void flush() {
        out.write(buffer.toString(StandardCharsets.UTF_8));
        buffer.reset();
        out.flush();
    }

    @Override
    public void close() {
        flush();
    }
}
