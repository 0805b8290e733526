package org.claimtrace.eval;

/** Precision, recall and F1 of one kind of item. */
public record Score(String kind, int truePositives, int predicted, int gold) {
    public double precision() {
        return predicted == 0 ? (gold == 0 ? 1.0 : 0.0) : (double) truePositives / predicted;
    }

    public double recall() {
        return gold == 0 ? 1.0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
