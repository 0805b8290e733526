package org.claimtrace.cli;

import java.util.concurrent.Callable;
import java.util.ArrayList;
import java.util.List;
import org.claimtrace.resolve.StoreResolver;
import org.claimtrace.resolve.UserGazetteers;
import picocli.CommandLine.Option;
import org.claimtrace.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Cross-article resolution on its own: after editing a gazetteer, or to finish a run that was stopped. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = {"  claimtrace resolve --gazetteer my-names.ttl --store news-db"},
        description = "Resolves entities and events across the articles in the store again (ingest, load and "
        + "remove do it themselves): after changing a --gazetteer file, or to finish a resolution that was interrupted. "
        + "A --gazetteer file is kept in the store (graph BASE/graph/gazetteer) and used by every later resolution "
        + "until --forget-gazetteer names it.")
final class ResolveCmd implements Callable<Integer> {
    @Mixin StoreOption store;
    @Mixin GazetteerOption gazetteer;
    @Spec CommandSpec spec;

    @Option(names = "--forget-gazetteer", paramLabel = "NAME", split = ",",
            description = "stop using the gazetteer the store keeps under this file name (\"all\": every one), then resolve")
    List<String> forget = new ArrayList<>();

    @Option(names = "--full", description = "read the whole store, not only the articles changed since the last resolution "
            + "(after the store was changed by other means than claimtrace, e.g. SPARQL updates)")
    boolean full;

    @Option(names = "--timings", description = "print the seconds of each step of the resolution")
    boolean timings;

    @Override
    public Integer call() {
        try (GraphStore gs = store.local(StoreOption.Access.CHANGE, spec.commandLine().getErr())) {
            var iris = IngestCmd.iris(store.base);
            var known = gazetteer.load();
            if (!forget.isEmpty()) {
                try {
                    List<String> gone = UserGazetteers.forget(gs, iris, forget);
                    spec.commandLine().getErr().println("claimtrace: forgot gazetteer " + String.join(", ", gone));
                } catch (IllegalArgumentException e) {
                    throw new UserError(e.getMessage());
                }
            }
            gazetteer.keep(gs, iris);
            StoreResolver.Outcome r = new StoreResolver(iris, known).resolve(gs, full);
            spec.commandLine().getErr().printf("claimtrace: resolved %,d entities, %,d events, %,d claim groups; rewrote %,d article "
                    + "graphs in %.1f s (%s)%n", r.entities(), r.events(), r.claimGroups(), r.articlesRewritten(), r.seconds(), r.read());
            if (timings) r.phases().forEach((phase, secs) -> spec.commandLine().getErr().printf("  %-32s %6.2f s%n", phase, secs));
        }
        return 0;
    }
}
