package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.claimtrace.cli.Claimtrace;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Every command answers -h, --help and 'help CMD' with its usage, a described option list and an example. */
class HelpTest {

    static List<String> commands() {
        return Claimtrace.commandLine().getSubcommands().keySet().stream().filter(c -> !c.equals("help")).toList();
    }

    @Test
    void everyCommandAnswersHelpInThreeWays() {
        List<String> names = commands();
        assertTrue(names.size() >= 14, names.toString());
        for (String cmd : names) {
            for (String[] args : new String[][] {{cmd, "--help"}, {cmd, "-h"}, {"help", cmd}}) {
                CliTest.Run r = CliTest.run(args);
                String what = String.join(" ", args);
                assertEquals(0, r.code(), what + ": " + r.err());
                assertTrue(r.out().startsWith("Usage: claimtrace " + cmd), what + ":\n" + r.out());
                assertTrue(r.out().contains("Example:\n  claimtrace "), what + " shows an example:\n" + r.out());
                assertTrue(r.err().isEmpty(), what + ": " + r.err());
            }
        }
        CliTest.Run root = CliTest.run("--help");
        assertEquals(0, root.code());
        assertTrue(root.out().contains("  help ") && root.out().contains("  validate "), root.out());
    }

    @Test
    void everyOptionAndParameterIsDescribed() {
        List<String> bare = new ArrayList<>();
        for (CommandLine sub : Claimtrace.commandLine().getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            assertFalse(String.join("", spec.usageMessage().description()).isBlank(), spec.name() + " has a description");
            List<ArgSpec> args = new ArrayList<>(spec.options());
            args.addAll(spec.positionalParameters());
            for (ArgSpec a : args) {
                if (String.join("", a.description()).isBlank()) bare.add(spec.name() + " " + a.paramLabel() + " " + a);
            }
        }
        assertTrue(bare.isEmpty(), "undescribed: " + bare);
    }
}
