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
import org.claimtrace.store.QuadsManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = {"  claimtrace load nq/ --store news-db"},
        description = "Bulk-loads N-Quads files or folders (from 'claimtrace annotate --out' or the Spark job: .nq or .nq.gz, "
        + "the files its manifest.json lists when it has one) with TDB2's parallel loader, then resolves entities and events "
        + "across articles. For a first large load.")
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
            QuadsManifest manifest = Files.isDirectory(p) ? QuadsManifest.readIn(p) : null;
            if (manifest != null) {
                files.addAll(listed(p, manifest));
            } else if (Files.isDirectory(p)) {
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
                    + "resolved %d entities, %d events in %.1f s (%s)%n", quads, files.size(), secs, quads / secs, r.entities(), r.events(),
                    r.seconds(), r.read());
        }
        return 0;
    }

    /**
     * The files a folder's manifest names (the folder of 'annotate --out' or of the Spark job),
     * after checking that they are all there and were made with the store's base IRI.
     */
    private List<Path> listed(Path dir, QuadsManifest manifest) {
        List<String> missing = manifest.missingIn(dir);
        if (!missing.isEmpty()) {
            throw new UserError("%s: %d of the %d files its %s lists are missing (%s); copy the whole folder"
                    .formatted(dir, missing.size(), manifest.files().size(), QuadsManifest.FILE, String.join(", ", missing.subList(0, Math.min(3, missing.size())))));
        }
        if (!manifest.base().equals(IngestCmd.iris(store.base).base())) {
            throw new UserError("%s was annotated with --base %s, not %s; give load the same --base".formatted(dir, manifest.base(), store.base));
        }
        if (!manifest.skipped().isEmpty()) {
            spec.commandLine().getErr().printf("claimtrace: %s: the run that wrote it skipped %d input(s), listed in its %s%n", dir,
                    manifest.skipped().size(), QuadsManifest.FILE);
        }
        return manifest.files().stream().map(f -> dir.resolve(f.name())).toList();
    }
}
