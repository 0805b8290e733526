package org.claimtrace.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Collects benchmark lines as Markdown, echoes them, and saves them under the results folder. */
public final class BenchReport {
    private final StringBuilder md = new StringBuilder();
    private final PrintWriter out;

    public BenchReport(PrintWriter out) {
        this.out = out;
    }

    public void line(String format, Object... args) {
        String s = String.format(java.util.Locale.ROOT, format, args);
        md.append(s).append('\n');
        out.println(s);
        out.flush();
    }

    public Path save(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        Path f = dir.resolve(name);
        Files.writeString(f, md.toString());
        return f;
    }
}
