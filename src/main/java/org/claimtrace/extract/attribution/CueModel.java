package org.claimtrace.extract.attribution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.Token;

/**
 * The learned cue classifier: a {@link LinearModel} over {@link CueFeatures}, applied to tokens
 * whose lemma is in the cue lexicon (lemmas that were cues often enough in the training data).
 */
public final class CueModel {
    private final LinearModel model;
    private final Map<String, Double> lexicon;

    public CueModel(LinearModel model, Map<String, Double> lexicon) {
        this.model = model;
        this.lexicon = Map.copyOf(lexicon);
    }

    /** The lexicon file: "lemma TAB times a cue TAB occurrences TAB rate" a line. */
    static Map<String, Double> parseLexicon(List<String> lines) {
        Map<String, Double> lex = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t");
            lex.put(c[0], Double.parseDouble(c[3]));
        }
        return lex;
    }

    public LinearModel linear() {
        return model;
    }

    public double threshold() {
        return model.threshold();
    }

    public CueModel withThreshold(double t) {
        return new CueModel(model.withThreshold(t), lexicon);
    }

    /**
     * A token the classifier looks at: its lemma has been a cue in the training data, and it is a
     * content word ("according" aside: the prepositions of "in his view" or "for him" are left out).
     */
    public boolean candidate(Token t) {
        return lexicon.containsKey(key(t)) && (contentWord(t.pos()) || key(t).equals("according"));
    }

    static boolean contentWord(String pos) {
        return pos.startsWith("VB") || pos.startsWith("NN") || pos.startsWith("JJ") || pos.startsWith("RB");
    }

    /**
     * The lemmas that were a cue in at least {@code minRate} of their occurrences: a sentence holding
     * none of them is not worth parsing for the cue model (its other candidates are rarely cues).
     */
    public Set<String> lemmas(double minRate) {
        Set<String> out = new HashSet<>();
        lexicon.forEach((k, v) -> {
            if (v >= minRate) out.add(k);
        });
        return out;
    }

    public double probability(AnnotatedSentence s, int i) {
        return model.probability(CueFeatures.of(s, i));
    }

    public boolean isCue(double probability) {
        return probability >= model.threshold();
    }

    static String key(Token t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }
}
