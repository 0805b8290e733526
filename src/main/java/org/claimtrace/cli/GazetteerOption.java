package org.claimtrace.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimtrace.resolve.Gazetteer;
import picocli.CommandLine.Option;

/** --gazetteer: known names beyond the shipped ontology/gazetteer.ttl. */
final class GazetteerOption {
    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "extra gazetteer (SKOS Turtle like ontology/gazetteer.ttl: labels, type, owl:sameAs)")
    List<Path> files = new ArrayList<>();

    Gazetteer load() {
        try {
            return Gazetteer.load(files);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
