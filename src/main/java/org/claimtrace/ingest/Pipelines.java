package org.claimtrace.ingest;

import java.nio.file.Path;
import java.util.List;
import org.claimtrace.annotate.MediaOutletTyper;
import org.claimtrace.annotate.NlpPipeline;
import org.claimtrace.extract.RuleBook;
import org.claimtrace.extract.RuleExtractor;
import org.claimtrace.extract.attribution.AttributionFinder;
import org.claimtrace.extract.attribution.AttributionModels;

/** The expensive parts, built once per process: the CoreNLP pipeline with the default lexicons, and the rules. */
public final class Pipelines {
    private Pipelines() {}

    private static final class Holder {
        static final RuleBook RULES = RuleExtractor.rules();
        static final AttributionModels ATTRIBUTION = AttributionModels.load();
        /**
         * Parses only the sentences a rule could match or that hold a word of the cue lexicon: the same
         * facts as parsing every sentence (a test checks it), less parsing.
         */
        static final java.util.function.Predicate<java.util.Set<String>> PARSE_NEEDED = parseNeeded();
        static final NlpPipeline NLP = new NlpPipeline(MediaOutletTyper.load(List.of()), PARSE_NEEDED);
        static final RuleExtractor EXTRACTOR = new RuleExtractor(RULES, new AttributionFinder(ATTRIBUTION));

        private static java.util.function.Predicate<java.util.Set<String>> parseNeeded() {
            java.util.Set<String> cues = ATTRIBUTION.cues().lemmas();
            return RULES.parseNeeded().or(words -> !java.util.Collections.disjoint(cues, words));
        }
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
                : new NlpPipeline(MediaOutletTyper.load(outletLexicons), Holder.PARSE_NEEDED);
    }

    public static RuleExtractor extractor() {
        return Holder.EXTRACTOR;
    }
}
