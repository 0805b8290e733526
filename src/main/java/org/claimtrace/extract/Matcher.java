package org.claimtrace.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.NlpPipeline;

/**
 * Runs the rules of a {@link RuleBook} over a sentence and returns the matches, once each. Only
 * the rules whose cue words the sentence has are tried ({@link RuleBook#candidates}).
 */
final class Matcher {
    private final RuleBook book;

    Matcher(RuleBook book) {
        this.book = book;
    }

    List<RuleMatch> match(AnnotatedSentence s) {
        List<RuleMatch> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Rule r : book.candidates(NlpPipeline.wordsAndLemmas(s.coreTokens()))) {
            if (r.semgrex() != null) {
                if (!s.parsed()) continue;
                SemgrexMatcher m = r.semgrex().matcher(s.dependencies());
                while (m.find()) {
                    Map<String, int[]> roles = new HashMap<>();
                    for (String name : m.getNodeNames()) {
                        IndexedWord w = m.getNode(name);
                        roles.put(name, new int[] {w.index() - 1, w.index()});
                    }
                    add(out, seen, new RuleMatch(r, s, roles));
                }
            } else {
                TokenSequenceMatcher m = r.tokens().getMatcher(s.coreTokens());
                while (m.find()) {
                    Map<String, int[]> roles = new HashMap<>();
                    for (String name : r.roles()) {
                        int from = m.start("$" + name);
                        if (from >= 0) roles.put(name, new int[] {from, m.end("$" + name)});
                    }
                    add(out, seen, new RuleMatch(r, s, roles));
                }
            }
        }
        return out;
    }

    private static void add(List<RuleMatch> out, Set<String> seen, RuleMatch m) {
        StringBuilder key = new StringBuilder(m.rule().id());
        m.roles().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> key.append('|').append(e.getKey()).append(e.getValue()[0]).append('-').append(e.getValue()[1]));
        if (seen.add(key.toString())) out.add(m);
    }
}
