package org.claimtrace.extract.attribution;

/** Quotation marks as CoreNLP's tokenizer leaves them (it turns straight quotes into `` and ''). */
final class Quotes {
    private Quotes() {}

    static boolean isMark(String word) {
        return switch (word) {
            case "\"", "``", "''", "\u201c", "\u201d" -> true;
            default -> false;
        };
    }

    /** Whether a token stands inside a quotation: an odd number of quotation marks before it in its sentence. */
    static boolean inside(java.util.List<org.claimtrace.annotate.Token> tokens, int i) {
        int marks = 0;
        for (int k = 0; k < i; k++) if (isMark(tokens.get(k).word())) marks++;
        return marks % 2 == 1;
    }

    static boolean isOpening(String word) {
        return word.equals("``") || word.equals("\u201c");
    }
}
