package org.claimtrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct quotations: text between paired quotation marks (curly or straight) of at least
 * three words, which may run over several sentences. Cheaper than CoreNLP's quote annotator,
 * whose speaker attribution needs coref (see the closing note of the facts issue for the measure).
 */
public final class QuoteReader {
    private static final Pattern QUOTE = Pattern.compile("[\u201c\"]([^\u201c\u201d\"]{3,2000}?)[\u201d\"]");

    /** Quoted spans (without the marks) of a text. */
    public static List<Span> quotes(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            String inner = m.group(1);
            if (inner.strip().split("\\s+").length < 3 || inner.contains("\n\n")) continue;
            out.add(new Span(m.start(1), m.end(1), inner));
        }
        return out;
    }
}
