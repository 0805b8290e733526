package org.claimtrace.annotate;

/**
 * A named-entity mention. Offsets index the article text as given; tokens index its sentence.
 *
 * @param source how its type was decided: "ner", "outlet-lexicon", "outlet-gazetteer:KIND" (agency, outlet, photo), "outlet-context:RULE", "byline", "photo-credit"
 */
public record Mention(String text, EntityType type, int sentence, int tokenBegin, int tokenEnd,
                      int begin, int end, String source) {
    public Mention withType(EntityType t, String why) {
        return new Mention(text, t, sentence, tokenBegin, tokenEnd, begin, end, why);
    }

    /** Whether the mention holds token {@code token} of sentence {@code sentence}. */
    public boolean holds(int sentence, int token) {
        return this.sentence == sentence && tokenBegin <= token && token < tokenEnd;
    }

    public boolean overlaps(Mention o) {
        return sentence == o.sentence && tokenBegin < o.tokenEnd && o.tokenBegin < tokenEnd;
    }
}
