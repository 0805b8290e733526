package org.claimtrace.cli;

import org.claimtrace.query.ResultFormat;
import picocli.CommandLine.Option;

/** --format for query results. */
final class FormatOption {
    @Option(names = {"-F", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv, json or xml (default: ${DEFAULT-VALUE})")
    String format;

    ResultFormat parse() {
        try {
            return ResultFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("--format " + format + " is not known; use table, csv, tsv, json or xml");
        }
    }
}
