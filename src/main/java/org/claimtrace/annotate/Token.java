package org.claimtrace.annotate;

/**
 * One token. Offsets index the article text as given.
 *
 * @param index position in its sentence, from 0
 * @param ner   CoreNLP's NER tag, "O" for none
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {}
