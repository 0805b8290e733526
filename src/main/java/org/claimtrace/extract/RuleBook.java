package org.claimtrace.extract;

import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules (rules.tsv) and cue lexicons (cues.txt), loaded and compiled once. A bad rule fails
 * here, at load, with its line number, never on the first article.
 */
public final class RuleBook {
    private static final Pattern LEXICON_REF = Pattern.compile("@([A-Z_]+)");
    private final List<Rule> rules;
    private final Map<String, Set<String>> lexicons;

    private RuleBook(List<Rule> rules, Map<String, Set<String>> lexicons) {
        this.rules = List.copyOf(rules);
        this.lexicons = lexicons;
    }

    public static RuleBook load() {
        Map<String, String> lex = parseLexicons(lines("cues.txt"));
        Map<String, Set<String>> sets = new HashMap<>();
        lex.forEach((k, v) -> sets.put(k, new HashSet<>(List.of(v.split("\\|")))));
        List<Rule> rules = new ArrayList<>();
        List<String> ls = lines("rules.tsv");
        Set<String> ids = new HashSet<>();
        for (int n = 0; n < ls.size(); n++) {
            String line = ls.get(n);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t");
            String where = "rules.tsv:" + (n + 1);
            if (c.length != 5) throw new IllegalStateException(where + ": expected 5 tab-separated columns, found " + c.length);
            if (!ids.add(c[0])) throw new IllegalStateException(where + ": duplicate rule id " + c[0]);
            Rule.Kind kind = Rule.Kind.valueOf(c[1]);
            double conf = Double.parseDouble(c[3]);
            String pattern = expand(c[4], lex, where);
            try {
                switch (c[2]) {
                    case "semgrex" -> rules.add(new Rule(c[0], kind, conf, SemgrexPattern.compile(pattern), null));
                    case "tokens" -> rules.add(new Rule(c[0], kind, conf, null, TokenSequencePattern.compile(pattern)));
                    default -> throw new IllegalStateException(where + ": engine must be semgrex or tokens");
                }
            } catch (RuntimeException e) {
                if (e instanceof IllegalStateException) throw e;
                throw new IllegalStateException(where + ": rule " + c[0] + " does not compile: " + e.getMessage(), e);
            }
        }
        return new RuleBook(rules, sets);
    }

    private static String expand(String pattern, Map<String, String> lex, String where) {
        Matcher m = LEXICON_REF.matcher(pattern);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String v = lex.get(m.group(1));
            if (v == null) throw new IllegalStateException(where + ": unknown lexicon @" + m.group(1) + " (see cues.txt)");
            m.appendReplacement(b, Matcher.quoteReplacement(v));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static Map<String, String> parseLexicons(List<String> lines) {
        Map<String, String> out = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int eq = line.indexOf('=');
            out.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return out;
    }

    private static List<String> lines(String name) {
        return org.claimtrace.util.Resources.lines(RuleBook.class, name);
    }

    /**
     * Every lemma a rule or cue lexicon names: a sentence with none of them can match no
     * dependency rule, so it need not be parsed (see NlpPipeline).
     */
    public java.util.Set<String> triggerLemmas() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        lexicons.values().forEach(out::addAll);
        for (String line : lines("rules.tsv")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            java.util.regex.Matcher m = Pattern.compile("(?:lemma|word):/?\\^?\\(?([a-z|_\\[\\]A-Z]+)").matcher(line);
            while (m.find()) {
                for (String w : m.group(1).split("\\|")) {
                    String clean = w.replaceAll("[^a-zA-Z_]", "").toLowerCase(java.util.Locale.ROOT);
                    if (!clean.isEmpty()) out.add(clean);
                }
            }
        }
        out.add("according");
        return out;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Whether a lemma is in a cue lexicon of cues.txt. */
    public boolean inLexicon(String lexicon, String lemma) {
        Set<String> s = lexicons.get(lexicon);
        if (s == null) throw new IllegalArgumentException("no lexicon " + lexicon);
        return s.contains(lemma.toLowerCase(java.util.Locale.ROOT));
    }
}
