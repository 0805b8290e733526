package org.claimtrace.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.claimtrace.resolve.StoreResolver;
import org.claimtrace.store.BulkLoader;
import org.claimtrace.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = {"  claimtrace load nq/ --store news-db"},
        description = "Bulk-loads N-Quads files or folders (from 'claimtrace annotate --out') with TDB2's "
        + "parallel loader, then resolves entities and events across articles. For a first large load.")
final class LoadCmd implements Callable<Integer> {
    @Mixin StoreOption store;
    @Mixin GazetteerOption gazetteer;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = ".nq or .nq.gz files, or folders of them")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    files.addAll(s.filter(f -> f.toString().endsWith(".nq") || f.toString().endsWith(".nq.gz")).sorted().toList());
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new UserError("no such file or folder: " + p);
            }
        }
        if (files.isEmpty()) throw new UserError("no .nq files in " + paths);
        try (GraphStore gs = store.local(StoreOption.Access.CREATE, spec.commandLine().getErr())) {
            long t0 = System.nanoTime();
            long quads = BulkLoader.load(gs, files);
            double secs = (System.nanoTime() - t0) / 1e9;
            var known = gazetteer.load();
            gazetteer.keep(gs, IngestCmd.iris(store.base));
            StoreResolver.Outcome r = new StoreResolver(IngestCmd.iris(store.base), known).resolve(gs);
            spec.commandLine().getErr().printf("claimtrace: loaded %,d quads from %d file(s) in %.1f s (%,.0f quads/s); "
                    + "resolved %d entities, %d events%n", quads, files.size(), secs, quads / secs, r.entities(), r.events());
        }
        return 0;
    }
}
