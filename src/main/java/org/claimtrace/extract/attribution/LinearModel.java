package org.claimtrace.extract.attribution;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A binary logistic-regression model over feature strings, as a map from feature to weight: the
 * form in which claimtrace ships what it learned (small, readable text, no serialized classes).
 * The file has one "feature TAB weight" a line; lines starting with # are comments, and
 * "# threshold TAB p" sets the decision threshold.
 */
public record LinearModel(Map<String, Double> weights, double threshold) {
    public LinearModel {
        weights = Map.copyOf(weights);
    }

    public static LinearModel parse(List<String> lines) {
        Map<String, Double> w = new HashMap<>();
        double threshold = 0.5;
        for (String line : lines) {
            if (line.startsWith("# threshold\t")) threshold = Double.parseDouble(line.split("\t")[1]);
            if (line.isBlank() || line.startsWith("#")) continue;
            int tab = line.lastIndexOf('\t');
            w.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
        }
        return new LinearModel(w, threshold);
    }

    public double logit(Collection<String> features) {
        double z = 0;
        for (String f : features) z += weights.getOrDefault(f, 0.0);
        return z;
    }

    public double probability(Collection<String> features) {
        return 1 / (1 + Math.exp(-logit(features)));
    }

    public LinearModel withThreshold(double t) {
        return new LinearModel(weights, t);
    }
}
