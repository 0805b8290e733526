package org.claimtrace.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.claimtrace.map.Iris;
import org.claimtrace.store.ArticleLookup;
import org.claimtrace.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "remove", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = {"  claimtrace remove 004_0586ed6de2ad9625.txt --store news-db"},
        description = "Drops articles' graphs: DOC is an article IRI, its id (SHA-256), an id prefix, or its source file name.")
final class RemoveCmd implements Callable<Integer> {
    @Mixin StoreOption store;
    @Mixin GazetteerOption gazetteer;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DOC", arity = "1..*", description = "article IRI, id, unique id prefix or source file name")
    List<String> docs;

    @Override
    public Integer call() {
        Iris iris = IngestCmd.iris(store.base);
        try (ArticleStore gs = store.any(StoreOption.Access.CHANGE, spec.commandLine().getErr())) {
            for (String doc : docs) {
                String graph = ArticleLookup.find(gs, iris, doc);
                gs.remove(graph);
                spec.commandLine().getErr().println("claimtrace: removed " + graph);
            }
            // Undo what only the removed articles supported: merges, first appearances, events.
            var known = gazetteer.load();
            gazetteer.keep(gs, iris);
            new org.claimtrace.resolve.StoreResolver(iris, known).resolve(gs);
        }
        return 0;
    }
}
