package org.claimtrace.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.Token;

/**
 * Features of a whole attribution for the acceptor, the layer's last step: how the roles were
 * read (the shape), the cue's lemma and probability, what kind of source it has and how far, how
 * long the content is and whether it is a quotation. The acceptor learns which combinations are
 * usually right, which the cue model alone cannot see (a likely cue whose content or source the
 * parse got wrong).
 */
public final class AcceptFeatures {
    private AcceptFeatures() {}

    public static List<String> of(AnnotatedSentence s, Attribution a) {
        List<String> f = new ArrayList<>(16);
        String shape = a.rule().replaceFirst("^cue-model/", "");
        Token cue = s.tokens().get(a.cueHead());
        String lemma = CueFeatures.lower(cue.lemma());
        f.add("bias");
        f.add("shape=" + shape);
        f.add("shape+cuel=" + shape + "|" + lemma);
        f.add("cuel=" + lemma);
        f.add("cuep=" + cue.pos());
        f.add("p=" + Math.min(9, (int) (a.confidence() * 10)));
        if (a.source() == null) {
            f.add("src=none");
            f.add("src=none|" + shape);
        } else if (a.sourceHead() >= 0 && a.sourceHead() < s.tokens().size()) {
            Token src = s.tokens().get(a.sourceHead());
            String kind = src.pos().startsWith("PRP") || src.pos().startsWith("W") ? "pron" : src.pos().startsWith("NNP") ? "name" : "noun";
            f.add("src=" + kind);
            if (!"O".equals(src.ner())) f.add("srcner=" + src.ner());
            int d = a.sourceHead() - a.cueHead();
            f.add("srcdist=" + (d < -6 ? "far-left" : d < 0 ? "left" : d <= 6 ? "right" : "far-right"));
        }
        int words = a.content().text().split("\\s+").length;
        f.add("clen=" + (words <= 2 ? "1-2" : words <= 5 ? "3-5" : words <= 15 ? "6-15" : "16+"));
        if (a.content().end() > s.end() || a.content().begin() < s.begin()) f.add("crosses-sentence");
        return f;
    }
}
