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
        static final double CUE_RATE_TO_PARSE = 0.1;
        /**
         * Parses only the sentences a rule could match or that hold a lemma that was a cue in at
         * least a tenth of its occurrences in the training data (on PolNeAR dev this keeps the
         * attribution layer's source+content F1 within 0.005 of parsing everything; on news, about
         * 86% of sentences are parsed instead of 98%). The rules find the same facts as when every
         * sentence is parsed (a test checks it).
         */
        static final java.util.function.Predicate<java.util.Set<String>> PARSE_NEEDED = parseNeeded();
        static final NlpPipeline NLP = new NlpPipeline(MediaOutletTyper.load(List.of()), PARSE_NEEDED);
        static final RuleExtractor EXTRACTOR = new RuleExtractor(RULES, new AttributionFinder(ATTRIBUTION));

        private static java.util.function.Predicate<java.util.Set<String>> parseNeeded() {
            java.util.Set<String> cues = ATTRIBUTION.cues().lemmas(CUE_RATE_TO_PARSE);
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

    /** Which sentences the shared pipeline parses (see {@link NlpPipeline#selects}). */
    public static java.util.function.Predicate<java.util.Set<String>> parseNeeded() {
        return Holder.PARSE_NEEDED;
    }

    public static RuleExtractor extractor() {
        return Holder.EXTRACTOR;
    }
}
