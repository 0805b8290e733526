package org.claimtrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimtrace.annotate.AnnotatedArticle;
import org.claimtrace.annotate.EntityType;
import org.claimtrace.extract.attribution.AttributionFinder;
import org.claimtrace.extract.attribution.AttributionModels;
import org.junit.jupiter.api.Test;

/**
 * Typed facts read from the attribution layer's statements, on sentences parsed by hand (no
 * CoreNLP model): a group speaking of its own act claims it, a source naming another doer blames
 * it, a group saying it did not denies it, an outlet saying what another said relays it. Each keeps
 * the statement it was read from.
 */
class FactsFromStatementsTest {
    private static final RuleExtractor EXTRACTOR = new RuleExtractor(RuleExtractor.rules(), new AttributionFinder(AttributionModels.load()));

    private static <T extends Fact> List<T> of(AnnotatedArticle a, Class<T> kind) {
        return EXTRACTOR.extract(a).facts().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    private static final String CARRIED_OUT = """
            root(ROOT-0, said-3)
            compound(Front-2, Harbor-1)
            nsubj(said-3, Front-2)
            nsubj(carried-5, it-4)
            ccomp(said-3, carried-5)
            compound:prt(carried-5, out-6)
            det(attack-8, the-7)
            obj(carried-5, attack-8)
            punct(said-3, .-9)""";

    @Test
    void aGroupSayingItDidItClaimsIt() {
        AnnotatedArticle a = HandParse.withMentions(
                "Harbor/NNP/Harbor Front/NNP/Front said/VBD/say it/PRP/it carried/VBD/carry out/RP/out the/DT/the attack/NN/attack ./././.",
                CARRIED_OUT, "Harbor Front=ORGANIZATION");
        List<Fact.Claim> claims = of(a, Fact.Claim.class);
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Harbor Front", claims.getFirst().claimant().text());
        assertEquals("attack", claims.getFirst().event().kind());
        assertTrue(of(a, Fact.Attribution.class).isEmpty());
    }

    @Test
    void aSourceNamingAnotherDoerBlamesIt() {
        AnnotatedArticle a = HandParse.withMentions(
                "Kenyan/JJ/kenyan officials/NNS/official said/VBD/say Harbor/NNP/Harbor Front/NNP/Front carried/VBD/carry out/RP/out the/DT/the attack/NN/attack ./././.",
                """
                root(ROOT-0, said-3)
                amod(officials-2, Kenyan-1)
                nsubj(said-3, officials-2)
                compound(Front-5, Harbor-4)
                nsubj(carried-6, Front-5)
                ccomp(said-3, carried-6)
                compound:prt(carried-6, out-7)
                det(attack-9, the-8)
                obj(carried-6, attack-9)
                punct(said-3, .-10)""", "Harbor Front=ORGANIZATION");
        List<Fact.Attribution> blame = of(a, Fact.Attribution.class);
        assertEquals(1, blame.size(), blame.toString());
        assertEquals("Kenyan officials", blame.getFirst().attributor().text());
        assertEquals("Harbor Front", blame.getFirst().party().text());
        assertEquals(Fact.Certainty.ASSERTED, blame.getFirst().certainty());
        assertTrue(of(a, Fact.Claim.class).isEmpty());
    }

    @Test
    void aGroupSayingItDidNotDeniesIt() {
        AnnotatedArticle a = HandParse.withMentions(
                "Harbor/NNP/Harbor Front/NNP/Front said/VBD/say it/PRP/it did/VBD/do not/RB/not carry/VB/carry out/RP/out the/DT/the attack/NN/attack ./././.",
                """
                root(ROOT-0, said-3)
                compound(Front-2, Harbor-1)
                nsubj(said-3, Front-2)
                nsubj(carry-7, it-4)
                aux(carry-7, did-5)
                advmod(carry-7, not-6)
                ccomp(said-3, carry-7)
                compound:prt(carry-7, out-8)
                det(attack-10, the-9)
                obj(carry-7, attack-10)
                punct(said-3, .-11)""", "Harbor Front=ORGANIZATION");
        List<Fact.Denial> denials = of(a, Fact.Denial.class);
        assertEquals(1, denials.size(), denials.toString());
        assertEquals("Harbor Front", denials.getFirst().denier().text());
        assertNotNull(denials.getFirst().statement());
        assertTrue(of(a, Fact.Claim.class).isEmpty());
    }

    @Test
    void anOutletSayingWhatAnotherSaidRelaysIt() {
        AnnotatedArticle a = HandParse.withMentions(
                "Reuters/NNP/Reuters reported/VBD/report that/IN/that the/DT/the army/NN/army said/VBD/say the/DT/the rebels/NNS/rebel fled/VBD/flee ./././.",
                """
                root(ROOT-0, reported-2)
                nsubj(reported-2, Reuters-1)
                mark(said-6, that-3)
                det(army-5, the-4)
                nsubj(said-6, army-5)
                ccomp(reported-2, said-6)
                det(rebels-8, the-7)
                nsubj(fled-9, rebels-8)
                ccomp(said-6, fled-9)
                punct(reported-2, .-10)""", "Reuters=MEDIA_OUTLET");
        List<Fact.Report> reports = of(a, Fact.Report.class);
        assertTrue(reports.stream().anyMatch(r -> r.reporter().text().equals("Reuters") && r.reporter().type() == EntityType.MEDIA_OUTLET
                && r.reported() instanceof Fact.Statement inner && inner.cue().text().equals("said") && r.statement() != null),
                reports.toString());
        List<Fact.Statement> statements = of(a, Fact.Statement.class);
        assertEquals(2, statements.size(), statements.toString());
    }
}
