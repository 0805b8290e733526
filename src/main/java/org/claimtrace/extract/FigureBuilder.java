package org.claimtrace.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.Mention;
import org.claimtrace.annotate.Token;

/** Reported figures ("at least 137 dead"): deaths or injuries, the value as written, and who gave it ("according to X"). */
final class FigureBuilder implements FactBuilder {
    @Override
    public Rule.Kind kind() {
        return Rule.Kind.FIGURE;
    }

    @Override
    public RoleSpec roles() {
        return RoleSpec.of(Set.of("num", "noun"), Set.of("qual"));
    }

    @Override
    public Optional<Fact.Figure> build(RuleMatch m, ExtractionContext ctx) {
        AnnotatedSentence s = m.sentence();
        String kind = null;
        for (Token t : s.tokens()) {
            String l = t.lemma().toLowerCase(Locale.ROOT);
            if (Lexicons.DEATH_WORDS.contains(l)) kind = "deaths";
            else if (kind == null && Lexicons.INJURY_WORDS.contains(l)) kind = "injuries";
        }
        if (kind == null) return Optional.empty();
        String num = ctx.args.span(s, m.roles().get("num")[0], m.roles().get("num")[1]).text();
        long quantity = parseNumber(num);
        if (quantity < 0) return Optional.empty();
        String qualifier = m.has("qual") && m.roles().get("qual")[1] > m.roles().get("qual")[0]
                ? ctx.args.span(s, m.roles().get("qual")[0], m.roles().get("qual")[1]).text() : null;
        String value = qualifier == null ? num : qualifier + " " + num;
        Mention givenBy = null;
        for (int i = 0; i + 2 < s.tokens().size(); i++) {
            if (s.tokens().get(i).word().equalsIgnoreCase("according")) {
                for (int k = i + 2; k < Math.min(s.tokens().size(), i + 8) && givenBy == null; k++) {
                    givenBy = ctx.args.mentionAt(s, k, ExtractionContext.ACTORS).orElse(null);
                }
            }
        }
        return Optional.of(new Fact.Figure(kind, value, quantity, qualifier, ctx.main, givenBy, ctx.evidence(m, m.rule().confidence())));
    }

    private static long parseNumber(String s) {
        String t = s.replace(",", "").toLowerCase(Locale.ROOT);
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            List<String> words = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                    "nineteen", "twenty");
            int i = words.indexOf(t);
            if (i >= 0) return i;
            Map<String, Long> tens = new LinkedHashMap<>(Map.of("thirty", 30L, "forty", 40L, "fifty", 50L, "sixty", 60L,
                    "seventy", 70L, "eighty", 80L, "ninety", 90L, "hundred", 100L, "dozen", 12L, "dozens", 24L));
            return tens.getOrDefault(t, -1L);
        }
    }
}
