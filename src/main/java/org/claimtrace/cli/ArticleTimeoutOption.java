package org.claimtrace.cli;

import java.time.Duration;
import org.claimtrace.ingest.Ingester;
import picocli.CommandLine.Option;

/** --article-timeout, shared by the commands that annotate articles (ingest, annotate). */
final class ArticleTimeoutOption {
    @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "" + Ingester.Options.ARTICLE_TIMEOUT_SECONDS,
            description = "skip an article (exit 3, with its reason) still being annotated after this long, so none can hold up "
                    + "the batch (default: ${DEFAULT-VALUE}; 0: no limit)")
    long seconds;

    Duration duration() {
        if (seconds < 0) throw new UserError("--article-timeout " + seconds + " is negative; give seconds, or 0 for no limit");
        return Duration.ofSeconds(seconds);
    }
}
