package org.claimtrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rule book's checks at load time, on rule lines written here (no CoreNLP model needed). */
class RuleBookTest {
    private static final Map<Rule.Kind, RoleSpec> SPECS = specs();

    private static Map<Rule.Kind, RoleSpec> specs() {
        Map<Rule.Kind, RoleSpec> m = new EnumMap<>(Rule.Kind.class);
        m.put(Rule.Kind.CLAIM, new ClaimBuilder().roles());
        m.put(Rule.Kind.REPORT, new ReportBuilder().roles());
        m.put(Rule.Kind.RELATION, new RelationBuilder().roles());
        return m;
    }

    private static String failure(String line) {
        return assertThrows(IllegalStateException.class, () -> RuleBook.parse(List.of("# header", line), "test.tsv", SPECS)).getMessage();
    }

    @Test
    void theShippedRulesLoadAndEveryKindHasABuilder() {
        RuleBook book = RuleExtractor.rules();
        assertTrue(book.rules().size() > 50);
        Set<Rule.Kind> kinds = new java.util.HashSet<>();
        book.rules().forEach(r -> kinds.add(r.kind()));
        assertEquals(Set.of(Rule.Kind.values()), kinds);
        assertEquals(Set.of("report.as-reported-by", "report.according-to", "report.citing", "report.citing-tokens",
                "report.quoted-as-saying-by", "report.inverted"),
                book.idsWith(ReportBuilder.OUTER));
    }

    @Test
    void aRuleWithoutARoleItsBuilderNeedsFailsAtLoadWithItsLine() {
        String m = failure("claim.x\tCLAIM\tsemgrex\t0.9\t-\t{lemma:claim} >nsubj {}=agent");
        assertTrue(m.startsWith("test.tsv:2: rule claim.x names no cue"), m);
    }

    @Test
    void aRoleNoBuilderReadsFails() {
        String m = failure("claim.x\tCLAIM\tsemgrex\t0.9\t-\t{lemma:claim}=cue >nsubj {}=speaker");
        assertTrue(m.contains("names role speaker that its builder does not read"), m);
    }

    @Test
    void tokensRulesDeclareTheirGroupsToo() {
        String m = failure("report.x\tREPORT\ttokens\t0.8\t-\t(?$cue [{word:according}] [{word:to}]) [{tag:NNP}]");
        assertTrue(m.contains("names no reporter"), m);
    }

    @Test
    void aRuleMustNameOneOfItsBuildersAlternatives() {
        String m = failure("relation.x\tRELATION\tsemgrex\t0.8\t-\t{lemma:wing}=head >nmod {}=owner");
        assertTrue(m.contains("names none of [branch, outlet]"), m);
    }

    @Test
    void unknownPropertiesAndLexiconsAndKindsFail() {
        assertTrue(failure("report.x\tREPORT\tsemgrex\t0.8\tinner\t{lemma:report}=cue >nsubj {}=reporter").contains("property inner"));
        assertTrue(failure("claim.x\tCLAIM\tsemgrex\t0.8\t-\t{lemma:/@NO_SUCH/}=cue").contains("unknown lexicon @NO_SUCH"));
        assertTrue(failure("x\tTHREAT\tsemgrex\t0.8\t-\t{lemma:warn}=cue >obj {}=target").contains("no builder reads rules of kind THREAT"));
        assertTrue(failure("x\tCLAIM\tsemgrex\t0.8\t-").contains("expected 6 tab-separated columns"));
    }

    @Test
    void propertiesAndLexiconsAreRead() {
        RuleBook book = RuleBook.parse(List.of(
                "report.x\tREPORT\tsemgrex\t0.8\touter\t{lemma:/@SAY/}=cue >nsubj {}=reporter"), "test.tsv", SPECS);
        Rule r = book.rules().getFirst();
        assertTrue(r.is(ReportBuilder.OUTER));
        assertEquals(Set.of("cue", "reporter"), r.roles());
        assertTrue(r.semgrex().pattern().contains("say|state"), r.semgrex().pattern());
    }

    @Test
    void everyListTheCodeReadsIsInTheLexiconFile() {
        assertFalse(Lexicons.HEDGES.isEmpty());
        assertTrue(Lexicons.EVENT.contains("attack"));
        assertThrows(IllegalStateException.class, () -> Lexicons.get("NO_SUCH_LIST"));
    }
}
