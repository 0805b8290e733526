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

    static boolean isOpening(String word) {
        return word.equals("``") || word.equals("\u201c");
    }
}
