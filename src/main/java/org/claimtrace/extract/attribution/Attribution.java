package org.claimtrace.extract.attribution;

import org.claimtrace.extract.Span;

/**
 * One attribution the general layer found: a source (who), a cue (the word or phrase that
 * attributes: "said", "according to", "claimed", "a statement") and a content (what is
 * attributed), as the attribution corpora define them (PARC, PolNeAR). Direct, indirect and mixed
 * quotes, beliefs and assessments all count. The typed facts (claims, blame, reports) are read
 * from these.
 *
 * @param sentence    the sentence of the cue
 * @param source      the source as written (a pronoun when the text uses one), or null when none is stated
 * @param sourceHead  the source's head token in the sentence, or -1; for a relative "who" or
 *                    "which" the antecedent, so that the typed facts name who it is
 * @param cueHead     the cue's head token in the sentence
 * @param content     what is attributed; it may run past the sentence (a quotation)
 * @param contentHead the content's head token when it lies in the sentence, else -1
 * @param rule        how it was found: the cue model and the role pattern ("cue-model/nsubj+ccomp")
 * @param confidence  how likely the reading is right: the acceptor's probability (the cue model's
 *                    before the acceptor has seen it)
 */
public record Attribution(int sentence, Span source, int sourceHead, Span cue, int cueHead, Span content, int contentHead,
                          String rule, double confidence) {
    public Attribution withConfidence(double c) {
        return new Attribution(sentence, source, sourceHead, cue, cueHead, content, contentHead, rule, c);
    }
}
