package org.claimtrace.ingest;

import java.nio.file.Path;
import java.util.List;
import org.claimtrace.annotate.MediaOutletTyper;
import org.claimtrace.annotate.NlpPipeline;
import org.claimtrace.extract.RuleBook;
import org.claimtrace.extract.RuleExtractor;

/** The expensive parts, built once per process: the CoreNLP pipeline with the default lexicons, and the rules. */
public final class Pipelines {
    private Pipelines() {}

    private static final class Holder {
        static final NlpPipeline NLP = new NlpPipeline(MediaOutletTyper.load(List.of()));
        static final RuleExtractor EXTRACTOR = new RuleExtractor(RuleBook.load());
    }

    /** The shared pipeline (default outlet lexicon). */
    public static NlpPipeline nlp() {
        return Holder.NLP;
    }

    /** A pipeline with extra outlet lexicons, or the shared one when there are none. */
    public static NlpPipeline nlp(List<Path> outletLexicons) {
        return outletLexicons.isEmpty() ? Holder.NLP : new NlpPipeline(MediaOutletTyper.load(outletLexicons));
    }

    public static RuleExtractor extractor() {
        return Holder.EXTRACTOR;
    }
}
