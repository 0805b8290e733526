package org.claimtrace.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * claimtrace in a JVM of its own, killed with SIGKILL at a chosen moment (a line it prints, or a
 * time): what a crash, an OOM killer or a pulled plug leaves behind. Its stderr lines are kept
 * with the second each was read.
 */
public final class ChildRun {
    /** One line of the child's stderr and when it was read, in seconds from the start. */
    public record Line(double seconds, String text) {}

    /** How the child ended: killed by us or not, its exit code (137 when killed), its lines. */
    public record Outcome(boolean killed, int exitCode, double seconds, List<Line> lines) {
        /** The last line printed before the end: where the child was. */
        public String last() {
            return lines.isEmpty() ? "(nothing printed)" : lines.getLast().text();
        }

        public String err() {
            return String.join("\n", lines.stream().map(Line::text).toList());
        }
    }

    private ChildRun() {}

    /** The command line of claimtrace with {@code args}, on this JVM's classpath. */
    public static List<String> command(List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g",
                "-cp", System.getProperty("java.class.path"), "org.claimtrace.cli.Claimtrace"));
        cmd.addAll(args);
        return cmd;
    }

    /**
     * Runs claimtrace {@code args}; kills it as soon as a line of its stderr satisfies {@code
     * killOn}, or {@code killAtSeconds} after it started (null: neither), and in any case after
     * {@code limit}.
     */
    public static Outcome run(List<String> args, Predicate<String> killOn, Double killAtSeconds, Duration limit) {
        return run(args, killOn, 0, killAtSeconds, limit);
    }

    /** As {@link #run(List, Predicate, Double, Duration)}, the kill coming {@code afterLineSeconds} after the line. */
    public static Outcome run(List<String> args, Predicate<String> killOn, double afterLineSeconds, Double killAtSeconds, Duration limit) {
        long t0 = System.nanoTime();
        Process p;
        try {
            p = new ProcessBuilder(command(args)).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Line> lines = new ArrayList<>();
        boolean[] killed = {false};
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    synchronized (lines) {
                        lines.add(new Line((System.nanoTime() - t0) / 1e9, l));
                        if (killOn != null && !killed[0] && killOn.test(l)) {
                            killed[0] = true;
                            Thread.ofVirtual().start(() -> {
                                try {
                                    Thread.sleep((long) (afterLineSeconds * 1000));
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                                p.destroyForcibly();
                            });
                        }
                    }
                }
            } catch (IOException e) {
                // the child is gone
            }
        });
        try {
            long waitMs = killAtSeconds == null ? limit.toMillis() : Math.min(limit.toMillis(), (long) (killAtSeconds * 1000));
            if (!p.waitFor(waitMs, TimeUnit.MILLISECONDS)) {
                synchronized (lines) {
                    killed[0] = true;
                    p.destroyForcibly();
                }
            }
            int code = p.waitFor();
            reader.join(10_000);
            synchronized (lines) {
                // 137 = 128 + SIGKILL: a kill scheduled after a line may come after the child has ended by itself.
                return new Outcome(killed[0] && code == 137, code, (System.nanoTime() - t0) / 1e9, List.copyOf(lines));
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
