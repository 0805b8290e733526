package org.claimtrace.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;

/**
 * One sentence. {@code tokens} carry offsets into the article text as given. The dependency graph
 * and CoreNLP's own tokens are kept for the rule engine only (Semgrex and TokensRegex match
 * CoreNLP structures); nothing downstream of extraction sees them.
 *
 * @param dependencies basic dependencies, or null when the sentence was not parsed
 */
public record AnnotatedSentence(int index, int begin, int end, String text, List<Token> tokens,
                                SemanticGraph dependencies, List<CoreLabel> coreTokens) {
    public boolean parsed() {
        return dependencies != null;
    }
}
