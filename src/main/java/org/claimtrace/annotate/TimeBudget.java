package org.claimtrace.annotate;

import java.time.Duration;

/**
 * The time one article may take, checked between the steps of its annotation (between groups of
 * sentences, between annotators) and of the stages after it, so that no article can hold a batch
 * up: past its budget the article is given up with {@link Exceeded} and the batch goes on. Each
 * step between two checks is bounded (sentences are cut to {@link LongSentences#MAX_TOKENS}
 * tokens), so the article stops soon after its time is up.
 */
public final class TimeBudget {
    /** No limit (the benchmark's bare pipeline, tests). */
    public static final TimeBudget NONE = new TimeBudget(null, 0);

    private final Duration budget;
    private final long deadlineNanos;

    private TimeBudget(Duration budget, long deadlineNanos) {
        this.budget = budget;
        this.deadlineNanos = deadlineNanos;
    }

    /** A budget of {@code budget} from now; zero or negative means none. */
    public static TimeBudget of(Duration budget) {
        return budget.isZero() || budget.isNegative() ? NONE : new TimeBudget(budget, System.nanoTime() + budget.toNanos());
    }

    /** Throws {@link Exceeded} when the time is up; {@code where} says where the article was ("while tagging, ..."), for its skip reason. */
    public void check(String where) {
        if (budget != null && System.nanoTime() - deadlineNanos > 0) throw new Exceeded(budget, where);
    }

    /** An article ran past its time budget: why it is skipped. */
    public static final class Exceeded extends RuntimeException {
        Exceeded(Duration budget, String where) {
            super("took longer than the " + budget.toSeconds() + " s an article may take (stopped " + where + "); see --article-timeout");
        }
    }
}
