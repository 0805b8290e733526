package org.claimtrace.cli;

import java.util.concurrent.Callable;
import org.claimtrace.ingest.Reconciler;
import org.claimtrace.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Cross-article resolution on its own: after editing a gazetteer, or to finish a run that was stopped. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = {"  claimtrace resolve --gazetteer my-names.ttl --store news-db"},
        description = "Resolves entities and events across the articles in the store again (ingest, load and "
        + "remove do it themselves): after changing a --gazetteer file, or to finish a resolution that was interrupted.")
final class ResolveCmd implements Callable<Integer> {
    @Mixin StoreOption store;
    @Mixin GazetteerOption gazetteer;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        try (GraphStore gs = store.local(StoreOption.Access.CHANGE, spec.commandLine().getErr())) {
            Reconciler.Outcome r = new Reconciler(IngestCmd.iris(store.base), gazetteer.load()).reconcile(gs);
            spec.commandLine().getErr().printf("claimtrace: resolved %,d entities, %,d events, %,d claim groups; rewrote %,d article "
                    + "graphs in %.1f s%n", r.entities(), r.events(), r.claimGroups(), r.articlesRewritten(), r.seconds());
        }
        return 0;
    }
}
