package org.claimtrace.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.claimtrace.map.Iris;
import org.claimtrace.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "remove", description = "Drops articles' graphs: DOC is an article IRI, its id (SHA-256), an id prefix, or its source file name.")
final class RemoveCmd implements Callable<Integer> {
    @Mixin StoreOption store;
    @Mixin GazetteerOption gazetteer;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DOC", arity = "1..*")
    List<String> docs;

    @Override
    public Integer call() {
        Iris iris = IngestCmd.iris(store.base);
        try (GraphStore gs = store.open()) {
            for (String doc : docs) {
                String graph = find(gs, iris, doc);
                gs.remove(graph);
                spec.commandLine().getErr().println("claimtrace: removed " + graph);
            }
            // Undo what only the removed articles supported: merges, first appearances, events.
            new org.claimtrace.ingest.Reconciler(iris, gazetteer.load()).reconcile(gs);
        }
        return 0;
    }

    private static String find(GraphStore gs, Iris iris, String doc) {
        List<String> names = gs.graphNames();
        if (names.contains(doc)) return doc;
        List<String> byId = names.stream().filter(n -> {
            String id = iris.articleId(n);
            return id != null && id.startsWith(doc);
        }).toList();
        if (byId.size() == 1) return byId.getFirst();
        if (byId.size() > 1) throw new UserError("'" + doc + "' matches " + byId.size() + " articles; give more of the id");
        List<String> bySource = gs.graphsWithSource(doc);
        if (bySource.size() == 1) return bySource.getFirst();
        if (bySource.size() > 1) throw new UserError("'" + doc + "' is the source of " + bySource.size() + " articles; give an id");
        throw new UserError("no article '" + doc + "' in " + gs.dir() + " (give an IRI, an id or a source file name)");
    }
}
