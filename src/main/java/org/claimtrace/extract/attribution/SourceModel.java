package org.claimtrace.extract.attribution;

import java.util.Set;
import org.claimtrace.annotate.AnnotatedSentence;

/**
 * The learned source chooser: of the sentence's noun-phrase heads and pronouns, the one the
 * {@link LinearModel} over {@link SourceFeatures} scores highest, or none when "no source"
 * scores higher still.
 */
public record SourceModel(LinearModel model) {

    /** The source's head token for the cue, or -1 for none. */
    public int choose(AnnotatedSentence s, int cue, Set<Integer> cueTokens, int rulePick) {
        int best = -1;
        double bestScore = model.logit(SourceFeatures.none(s, cue, rulePick));
        for (int i = 0; i < s.tokens().size(); i++) {
            if (!SourceFeatures.candidate(s, i, cueTokens)) continue;
            double score = model.logit(SourceFeatures.of(s, cue, i, rulePick));
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }
}
