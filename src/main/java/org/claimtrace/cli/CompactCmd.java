package org.claimtrace.cli;

import java.util.concurrent.Callable;
import org.claimtrace.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "compact", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = {"  claimtrace compact --store news-db"},
        description = "Reclaims disk space in the TDB2 store (old versions of rewritten graphs), "
        + "e.g. after a large load and its cross-article resolution.")
final class CompactCmd implements Callable<Integer> {
    @Mixin StoreOption store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        try (GraphStore gs = store.local(StoreOption.Access.CHANGE, spec.commandLine().getErr())) {
            long t0 = System.nanoTime();
            gs.compact();
            spec.commandLine().getErr().printf("claimtrace: compacted %s in %.1f s%n", store.dir, (System.nanoTime() - t0) / 1e9);
        }
        return 0;
    }
}
