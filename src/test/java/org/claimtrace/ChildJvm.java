package org.claimtrace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * claimtrace in a JVM of its own, for what one process cannot do to itself: be killed with
 * SIGKILL, or run without the right to read or write what it was given. As root (CI's
 * containers) file permissions do not bind, so such a child runs without the capabilities that
 * override them (setpriv drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH).
 */
final class ChildJvm {
    record Result(int code, String out, String err) {}

    private ChildJvm() {}

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The command line of claimtrace with {@code args}, bound by file permissions when {@code permissionsBind}. */
    static List<String> command(boolean permissionsBind, String... args) {
        List<String> cmd = new ArrayList<>();
        if (permissionsBind && isRoot()) {
            cmd.addAll(List.of("setpriv", "--inh-caps=-dac_override,-dac_read_search", "--bounding-set=-dac_override,-dac_read_search"));
        }
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g",
                "-cp", System.getProperty("java.class.path"), "org.claimtrace.cli.Claimtrace"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    static Process start(boolean permissionsBind, Path stderr, String... args) throws IOException {
        return new ProcessBuilder(command(permissionsBind, args)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();
    }

    /** Runs to the end (at most {@code seconds}); stdout and stderr as text. */
    static Result run(boolean permissionsBind, long seconds, Path tmp, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(tmp, "child", ".out");
        Path err = Files.createTempFile(tmp, "child", ".err");
        Process p = new ProcessBuilder(command(permissionsBind, args)).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("claimtrace " + String.join(" ", args) + " did not end in " + seconds + " s:\n" + Files.readString(err));
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
