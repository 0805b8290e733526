package org.claimtrace.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cuts overlong sentences into pieces before the tagger, the NER and the parser see them, as
 * CoreNLP's parse.maxlen keeps its own parser from them. A text without sentence breaks (a
 * scraped table, a list run together, a whole file on one line) is one "sentence" to the splitter:
 * 4 MB of it sat in the dependency parser for over ten minutes at 4.2 GB, its cost growing with
 * the square of its length. No real sentence comes near {@link #MAX_TOKENS} tokens (the
 * longest in the test corpora has about a hundred); a piece of that length takes the tagger and
 * the parser about 15 and 60 ms. Pieces end at a comma, semicolon, colon or dash when one falls
 * in the last half of the window.
 */
final class LongSentences {
    static final int MAX_TOKENS = 250;
    private static final Set<String> SOFT_BREAKS = Set.of(",", ";", ":", "-", "--", "\u2013", "\u2014");

    private LongSentences() {}

    /**
     * Replaces each sentence of {@code doc} longer than {@code max} tokens by pieces of at most
     * {@code max}, renumbering sentences and tokens as the splitter numbers them. Returns a note
     * for the article when it cut anything.
     */
    static Optional<String> cut(Annotation doc, int max) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences.stream().allMatch(s -> s.get(CoreAnnotations.TokensAnnotation.class).size() <= max)) return Optional.empty();
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> out = new ArrayList<>();
        int cut = 0;
        int longest = 0;
        int pieces = 0;
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() <= max) {
                out.add(s);
                continue;
            }
            cut++;
            longest = Math.max(longest, tokens.size());
            for (int from = 0; from < tokens.size(); ) {
                int to = end(tokens, from, max);
                out.add(piece(text, new ArrayList<>(tokens.subList(from, to))));
                pieces++;
                from = to;
            }
        }
        for (int i = 0; i < out.size(); i++) number(out.get(i), i);
        doc.set(CoreAnnotations.SentencesAnnotation.class, out);
        return Optional.of("%,d sentence%s longer than %d tokens (the longest %,d) cut into %,d pieces for annotation"
                .formatted(cut, cut == 1 ? "" : "s", max, longest, pieces));
    }

    private static int end(List<CoreLabel> tokens, int from, int max) {
        int hard = Math.min(tokens.size(), from + max);
        if (hard == tokens.size()) return hard;
        for (int i = hard - 1; i > from + max / 2; i--) {
            if (SOFT_BREAKS.contains(tokens.get(i).word())) return i + 1;
        }
        return hard;
    }

    /** A sentence as CoreNLP's splitter makes one (WordsToSentencesAnnotator): its text, offsets and tokens. */
    private static CoreMap piece(String text, List<CoreLabel> tokens) {
        int begin = tokens.getFirst().get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = tokens.getLast().get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        Annotation sentence = new Annotation(text.substring(begin, end));
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokens.getFirst().get(CoreAnnotations.TokenBeginAnnotation.class));
        sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokens.getLast().get(CoreAnnotations.TokenEndAnnotation.class));
        return sentence;
    }

    private static void number(CoreMap sentence, int index) {
        sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        int i = 1;
        for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
            t.setIndex(i++);
            t.setSentIndex(index);
        }
    }
}
