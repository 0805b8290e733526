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
        static final RuleBook RULES = RuleExtractor.rules();
        /** Parses only the sentences a rule could match: the same facts on the seeds gold, less parsing (see the closing note of issue 7). */
        static final NlpPipeline NLP = new NlpPipeline(MediaOutletTyper.load(List.of()), RULES.parseNeeded());
        static final RuleExtractor EXTRACTOR = new RuleExtractor(RULES);
    }

    private static final class FullParse {
        static final NlpPipeline NLP = new NlpPipeline(MediaOutletTyper.load(List.of()));
    }

    /** The shared pipeline that parses every sentence (the benchmark's baseline, and --parse-all). */
    public static NlpPipeline nlpFullParse() {
        return FullParse.NLP;
    }

    /** The shared pipeline (default outlet lexicon). */
    public static NlpPipeline nlp() {
        return Holder.NLP;
    }

    /** A pipeline with extra outlet lexicons, or the shared one when there are none. */
    public static NlpPipeline nlp(List<Path> outletLexicons) {
        return outletLexicons.isEmpty() ? Holder.NLP
                : new NlpPipeline(MediaOutletTyper.load(outletLexicons), Holder.RULES.parseNeeded());
    }

    public static RuleExtractor extractor() {
        return Holder.EXTRACTOR;
    }
}
