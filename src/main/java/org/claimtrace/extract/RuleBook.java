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
    /** Per rule, in the order of {@link #rules}: the word sets a sentence must meet for it to match (see {@link #candidates}). */
    private final List<List<Set<String>>> required;

    private RuleBook(List<Rule> rules, Map<String, Set<String>> lexicons) {
        this.rules = List.copyOf(rules);
        this.lexicons = lexicons;
        this.required = this.rules.stream()
                // pattern(): the rule's text with its @LEXICONs already expanded
                .map(r -> r.semgrex() != null ? requiredSemgrexNodes(r.semgrex().pattern()) : requiredTokens(r.tokens().pattern()))
                .toList();
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
     * Which sentences need a dependency parse, given the lower-cased lemmas and words of their
     * tokens: those that hold, for some rule, a word of every lemma- or word-constrained node the
     * rule requires (nodes under a negated or optional relation are not required), and those with
     * an event noun, around which EventFinder reads the parse. A test checks that parsing only
     * these sentences gives the same facts as parsing all.
     */
    public java.util.function.Predicate<Set<String>> parseNeeded() {
        Set<String> always = new HashSet<>(lexicons.getOrDefault("EVENT", Set.of()));
        // A rule that names no word could match any sentence; it does not make every sentence worth parsing.
        List<List<Set<String>>> naming = required.stream().filter(r -> !r.isEmpty()).toList();
        return words -> !java.util.Collections.disjoint(always, words) || naming.stream().anyMatch(r -> meets(r, words));
    }

    /**
     * The rules that could match a sentence with these lower-cased lemmas and words: a rule is
     * skipped when a node it requires names no word of the sentence. Matching only these gives the
     * same matches as trying every rule (a test checks it), at a fraction of the cost, since a
     * Semgrex matcher sorts the sentence's graph before it looks at a node.
     */
    public List<Rule> candidates(Set<String> words) {
        List<Rule> out = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) if (meets(required.get(i), words)) out.add(rules.get(i));
        return out;
    }

    private static boolean meets(List<Set<String>> nodes, Set<String> words) {
        for (Set<String> node : nodes) if (java.util.Collections.disjoint(node, words)) return false;
        return true;
    }

    /**
     * The word sets of the Semgrex nodes a match needs: every node not under a negated (!) or
     * optional (?) relation. A pattern with a disjunction ([A | B]) needs any one of its words.
     */
    private static List<Set<String>> requiredSemgrexNodes(String pattern) {
        if (pattern.replaceAll("\\{[^{}]*\\}", "").contains("[")) return anyWordOf(pattern);
        List<Set<String>> out = new ArrayList<>();
        java.util.Deque<Boolean> groups = new java.util.ArrayDeque<>();
        boolean pending = false;
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            boolean inOptional = !groups.isEmpty() && groups.peek();
            if ((ch == '!' || ch == '?') && i + 1 < pattern.length() && (pattern.charAt(i + 1) == '>' || pattern.charAt(i + 1) == '<')) {
                pending = true;
            } else if (ch == '(') {
                groups.push(pending || inOptional);
                pending = false;
            } else if (ch == ')') {
                if (!groups.isEmpty()) groups.pop();
            } else if (ch == '{') {
                int end = pattern.indexOf('}', i);
                Set<String> words = alternatives(pattern.substring(i + 1, end));
                if (!pending && !inOptional && !words.isEmpty()) out.add(words);
                pending = false;
                i = end;
            }
        }
        return out;
    }

    /**
     * For a TokensRegex rule, the first token of its anchor group (cue or noun): the rest may be
     * optional. Without an anchor, any word the pattern names.
     */
    private static List<Set<String>> requiredTokens(String pattern) {
        for (String name : List.of("cue", "noun")) {
            int at = pattern.indexOf("(?$" + name + " ");
            if (at < 0) continue;
            int open = pattern.indexOf("[{", at);
            Set<String> words = alternatives(pattern.substring(open + 2, pattern.indexOf("}]", open)));
            if (!words.isEmpty()) return List.of(words);
        }
        return anyWordOf(pattern);
    }

    /** One requirement: any word the pattern names (none if it names none). */
    private static List<Set<String>> anyWordOf(String pattern) {
        Set<String> words = alternatives(pattern);
        return words.isEmpty() ? List.of() : List.of(words);
    }

    /** The lower-cased words a node's lemma: or word: constraint allows; empty if it names none. */
    private static Set<String> alternatives(String node) {
        Matcher m = CONSTRAINT_WORDS.matcher(node);
        Set<String> out = new HashSet<>();
        while (m.find()) {
            for (String w : m.group(1).split("\\|")) {
                String clean = w.replaceAll("\\[([a-zA-Z])[a-zA-Z]*\\]", "$1").replaceAll("[^a-zA-Z_]", "").toLowerCase(java.util.Locale.ROOT);
                if (!clean.isEmpty()) out.add(clean);
            }
        }
        return out;
    }

    /** The words of a lemma: or word: constraint: "lemma:/claim|take/", "word:/[Aa]ccording/", "lemma:/^(death|dead)$/". */
    private static final Pattern CONSTRAINT_WORDS = Pattern.compile("(?:lemma|word):/?\\^?\\(?([a-zA-Z|_\\[\\]]+)");

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
