package org.claimtrace.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimtrace.resolve.Gazetteer;
import picocli.CommandLine.Option;

/** --gazetteer: known names beyond the shipped ontology/gazetteer.ttl. */
final class GazetteerOption {
    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "extra gazetteer (SKOS Turtle like ontology/gazetteer.ttl: labels, type, owl:sameAs); the store keeps it "
            + "and every later resolve uses it until 'resolve --forget-gazetteer NAME'")
    List<Path> files = new ArrayList<>();

    /** Keeps the files in the store, so that every later resolution uses them (until forgotten). */
    void keep(org.claimtrace.store.ArticleStore store, org.claimtrace.map.Iris iris) {
        try {
            org.claimtrace.resolve.UserGazetteers.keep(store, iris, files);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    Gazetteer load() {
        try {
            return Gazetteer.load(files);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
