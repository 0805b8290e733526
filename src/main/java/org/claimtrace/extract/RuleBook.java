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
 * The rules (rules.tsv), loaded and compiled once, with the cue lexicons of {@link Lexicons}
 * expanded into them. A bad rule fails here, at load, with its line number, never on the first
 * article: a pattern that does not compile, an unknown lexicon, a kind without a builder, or roles
 * and properties its builder does not read ({@link RoleSpec}).
 */
public final class RuleBook {
    private static final Pattern LEXICON_REF = Pattern.compile("@([A-Z_]+)");
    private static final Pattern SEMGREX_NAME = Pattern.compile("=([a-zA-Z]+)");
    private static final Pattern TOKENS_NAME = Pattern.compile("\\(\\?\\$([a-zA-Z]+)");
    private final List<Rule> rules;
    /** Per rule, in the order of {@link #rules}: the word sets a sentence must meet for it to match (see {@link #candidates}). */
    private final List<List<Set<String>>> required;

    private RuleBook(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.required = this.rules.stream()
                // pattern(): the rule's text with its @LEXICONs already expanded
                .map(r -> r.semgrex() != null ? requiredSemgrexNodes(r.semgrex().pattern()) : requiredTokens(r.tokens().pattern()))
                .toList();
    }

    /** The shipped rules, checked against the roles each kind's builder reads. */
    static RuleBook load(Map<Rule.Kind, RoleSpec> specs) {
        return parse(lines("rules.tsv"), "rules.tsv", specs);
    }

    /**
     * Rules from lines of the rule file's format: id, kind, engine, confidence, properties ("-" for
     * none, else comma-separated) and pattern, tab-separated.
     */
    static RuleBook parse(List<String> ls, String file, Map<Rule.Kind, RoleSpec> specs) {
        Map<String, String> lex = Lexicons.alternatives();
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int n = 0; n < ls.size(); n++) {
            String line = ls.get(n);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t");
            String where = file + ":" + (n + 1);
            if (c.length != 6) throw new IllegalStateException(where + ": expected 6 tab-separated columns, found " + c.length);
            if (!ids.add(c[0])) throw new IllegalStateException(where + ": duplicate rule id " + c[0]);
            Rule.Kind kind;
            try {
                kind = Rule.Kind.valueOf(c[1]);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": unknown kind " + c[1] + " (kinds: " + List.of(Rule.Kind.values()) + ")");
            }
            RoleSpec spec = specs.get(kind);
            if (spec == null) throw new IllegalStateException(where + ": no builder reads rules of kind " + kind);
            double conf = Double.parseDouble(c[3]);
            Set<String> props = c[4].equals("-") ? Set.of() : Set.of(c[4].split(","));
            String pattern = expand(c[5], lex, where);
            Set<String> roles = names(c[2].equals("tokens") ? TOKENS_NAME : SEMGREX_NAME, pattern);
            String problem = spec.problem(roles, props);
            if (problem != null) throw new IllegalStateException(where + ": rule " + c[0] + " " + problem);
            try {
                switch (c[2]) {
                    case "semgrex" -> rules.add(new Rule(c[0], kind, conf, props, roles, SemgrexPattern.compile(pattern), null));
                    case "tokens" -> rules.add(new Rule(c[0], kind, conf, props, roles, null, TokenSequencePattern.compile(pattern)));
                    default -> throw new IllegalStateException(where + ": engine must be semgrex or tokens");
                }
            } catch (RuntimeException e) {
                if (e instanceof IllegalStateException) throw e;
                throw new IllegalStateException(where + ": rule " + c[0] + " does not compile: " + e.getMessage(), e);
            }
        }
        return new RuleBook(rules);
    }

    private static Set<String> names(Pattern p, String pattern) {
        Set<String> out = new HashSet<>();
        Matcher m = p.matcher(pattern);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static String expand(String pattern, Map<String, String> lex, String where) {
        Matcher m = LEXICON_REF.matcher(pattern);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String v = lex.get(m.group(1));
            if (v == null) throw new IllegalStateException(where + ": unknown lexicon @" + m.group(1) + " (see lexicons.txt)");
            m.appendReplacement(b, Matcher.quoteReplacement(v));
        }
        m.appendTail(b);
        return b.toString();
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
        Set<String> always = new HashSet<>(Lexicons.EVENT);
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

    /** The ids of the rules the rule file gives this property. */
    Set<String> idsWith(String property) {
        Set<String> out = new HashSet<>();
        for (Rule r : rules) if (r.is(property)) out.add(r.id());
        return out;
    }
}
