package org.claimtrace.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.claimtrace.extract.attribution.LinearModel;

/**
 * Which parties named in what a source says it blames ({@link BlameCandidates}); what the rules
 * and the act reading find stands without it. The shipped decision is a logistic model learned
 * from annotated real news by {@code claimtrace blame train} ({@code blame-weights.tsv}, whose
 * header says how it was built); training runs the extractor with a decision that records every
 * candidate and accepts none.
 */
public interface BlameDecision {
    /** The probability that a candidate is blame, or a negative number for one not accepted. */
    double score(BlameCandidate c);

    String RESOURCE = "/org/claimtrace/extract/blame-weights.tsv";

    /** The learned model shipped with claimtrace. */
    static BlameDecision shipped() {
        return of(shippedModel());
    }

    /** The weights and threshold of {@code blame-weights.tsv}, read once. */
    static LinearModel shippedModel() {
        return Holder.MODEL;
    }

    static BlameDecision of(LinearModel model) {
        return c -> {
            double p = model.probability(c.features());
            return p >= model.threshold() ? p : -1;
        };
    }

    /** Parses a weights file in {@link LinearModel}'s form. */
    static LinearModel load(InputStream in) {
        try (in) {
            return LinearModel.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the shipped model on first use. */
    final class Holder {
        private Holder() {}

        private static final LinearModel MODEL = load(BlameDecision.class.getResourceAsStream(RESOURCE));
    }

    /** A decision that accepts nothing and hands every candidate to {@code sink}: what training reads. */
    static BlameDecision recording(List<BlameCandidate> sink) {
        return c -> {
            synchronized (sink) {
                sink.add(c);
            }
            return -1;
        };
    }
}
