package org.claimtrace.extract.learn;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.Counter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Binary logistic regression with CoreNLP's {@link LinearClassifierFactory} (L2 prior), returned
 * as the weight of each feature for the positive class (the difference of the two classes'
 * weights, which is what the logistic needs). Rare features are dropped before training and tiny
 * weights after it, to keep the shipped file small.
 */
final class LinearTrainer {
    static final String YES = "YES";
    static final String NO = "NO";

    private LinearTrainer() {}

    record Example(List<String> features, boolean positive) {}

    static Map<String, Double> train(List<Example> examples, double sigma, int minFeatureCount, double minWeight) {
        Dataset<String, String> data = new Dataset<>();
        for (Example e : examples) data.add(new BasicDatum<>(e.features(), e.positive() ? YES : NO));
        data.applyFeatureCountThreshold(minFeatureCount);
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(sigma);
        factory.setVerbose(false);
        LinearClassifier<String, String> c = factory.trainClassifier(data);
        Map<String, Counter<String>> w = c.weightsAsMapOfCounters();
        Map<String, Double> out = new HashMap<>();
        for (String f : w.get(YES).keySet()) {
            double d = w.get(YES).getCount(f) - w.get(NO).getCount(f);
            if (Math.abs(d) >= minWeight) out.put(f, d);
        }
        return out;
    }
}
