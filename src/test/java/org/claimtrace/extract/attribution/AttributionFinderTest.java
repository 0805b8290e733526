package org.claimtrace.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.claimtrace.annotate.AnnotatedArticle;
import org.claimtrace.extract.HandParse;
import org.junit.jupiter.api.Test;

/**
 * The attribution layer with the shipped models on sentences parsed by hand: the shapes news
 * attributes speech in, and adjuncts that are not what is said. No CoreNLP model is loaded.
 */
class AttributionFinderTest {
    /** The reading's source, cue and content, as written. */
    private static void assertReading(Attribution a, String source, String cue, String content) {
        assertEquals(source, a.source().text(), a.toString());
        assertEquals(cue, a.cue().text(), a.toString());
        assertEquals(content, a.content().text(), a.toString());
    }

    private static final AttributionFinder FINDER = new AttributionFinder(AttributionModels.load());

    private static Attribution theOnly(AnnotatedArticle a) {
        List<Attribution> found = FINDER.find(a);
        assertEquals(1, found.size(), found.toString());
        return found.getFirst();
    }

    @Test
    void saidThat() {
        Attribution a = theOnly(HandParse.article(
                "Officials/NNS/official said/VBD/say the/DT/the group/NN/group carried/VBD/carry out/RP/out the/DT/the attack/NN/attack ./././.",
                """
                root(ROOT-0, said-2)
                nsubj(said-2, Officials-1)
                det(group-4, the-3)
                nsubj(carried-5, group-4)
                ccomp(said-2, carried-5)
                compound:prt(carried-5, out-6)
                det(attack-8, the-7)
                obj(carried-5, attack-8)
                punct(said-2, .-9)"""));
        assertReading(a, "Officials", "said", "the group carried out the attack");
        assertEquals(0, a.sourceHead());
    }

    @Test
    void aThatClauseTheParserHungOnTheSettingsParticiple() {
        // as CoreNLP parses "said in a statement released Monday that ...": the clause under "released"
        Attribution a = theOnly(HandParse.article(
                "The/DT/the ministry/NN/ministry said/VBD/say in/IN/in a/DT/a statement/NN/statement released/VBN/release Monday/NNP/Monday "
                        + "that/IN/that the/DT/the rebels/NNS/rebel were/VBD/be responsible/JJ/responsible ./././.",
                """
                root(ROOT-0, said-3)
                det(ministry-2, The-1)
                nsubj(said-3, ministry-2)
                case(statement-6, in-4)
                det(statement-6, a-5)
                obl(said-3, statement-6)
                dep(said-3, released-7)
                obl:tmod(released-7, Monday-8)
                mark(responsible-13, that-9)
                det(rebels-11, the-10)
                nsubj(responsible-13, rebels-11)
                cop(responsible-13, were-12)
                ccomp(released-7, responsible-13)
                punct(said-3, .-14)"""));
        assertReading(a, "The ministry", "said", "that the rebels were responsible");
    }

    @Test
    void aClosingSaidTheParserHungLooselyOnAClauseInside() {
        // as CoreNLP parses "X is suspected of having hacked a computer owned by ..., police said Wednesday": "said" a dep of "hacked"
        Attribution a = theOnly(HandParse.article(
                "Dravia/NNP/Dravia is/VBZ/be suspected/VBN/suspect of/IN/of having/VBG/have hacked/VBN/hack a/DT/a computer/NN/computer "
                        + "owned/VBN/own by/IN/by a/DT/a leader/NN/leader ,/,/, police/NNS/police said/VBD/say Wednesday/NNP/Wednesday ./././.",
                """
                root(ROOT-0, suspected-3)
                nsubj:pass(suspected-3, Dravia-1)
                aux:pass(suspected-3, is-2)
                mark(hacked-6, of-4)
                aux(hacked-6, having-5)
                advcl(suspected-3, hacked-6)
                det(computer-8, a-7)
                nsubj(owned-9, computer-8)
                dep(hacked-6, owned-9)
                case(leader-12, by-10)
                det(leader-12, a-11)
                obl(owned-9, leader-12)
                punct(hacked-6, ,-13)
                nsubj(said-15, police-14)
                dep(hacked-6, said-15)
                obl:tmod(said-15, Wednesday-16)
                punct(suspected-3, .-17)"""));
        assertReading(a, "police", "said", "Dravia is suspected of having hacked a computer owned by a leader");
    }

    @Test
    void aParentheticalSaidWhoseSubjectTheParserHungOnTheClauseBefore() {
        // as CoreNLP parses "[clause], Microsoft Corporation said on Friday": the name an apposition in the clause
        Attribution a = theOnly(HandParse.article(
                "Hackers/NNS/hacker targeted/VBD/target a/DT/a campaign/NN/campaign ,/,/, Acme/NNP/Acme Corporation/NNP/Corporation "
                        + "said/VBD/say on/IN/on Friday/NNP/Friday ./././.",
                """
                root(ROOT-0, targeted-2)
                nsubj(targeted-2, Hackers-1)
                det(campaign-4, a-3)
                obj(targeted-2, campaign-4)
                punct(campaign-4, ,-5)
                compound(Corporation-7, Acme-6)
                appos(campaign-4, Corporation-7)
                dep(targeted-2, said-8)
                case(Friday-10, on-9)
                obl(said-8, Friday-10)
                punct(targeted-2, .-11)"""));
        assertReading(a, "Acme Corporation", "said", "Hackers targeted a campaign");
        // and with "said" hung on the clause's root noun as its modifier ("... are behind a campaign ..., Acme said on Friday")
        Attribution b = theOnly(HandParse.article(
                "Hackers/NNS/hacker are/VBP/be behind/IN/behind a/DT/a campaign/NN/campaign ,/,/, Acme/NNP/Acme Corporation/NNP/Corporation "
                        + "said/VBD/say on/IN/on Friday/NNP/Friday ./././.",
                """
                root(ROOT-0, campaign-5)
                nsubj(campaign-5, Hackers-1)
                cop(campaign-5, are-2)
                case(campaign-5, behind-3)
                det(campaign-5, a-4)
                punct(campaign-5, ,-6)
                compound(Corporation-8, Acme-7)
                appos(campaign-5, Corporation-8)
                acl(campaign-5, said-9)
                case(Friday-11, on-10)
                obl(said-9, Friday-11)
                punct(campaign-5, .-12)"""));
        assertReading(b, "Acme Corporation", "said", "Hackers are behind a campaign");
    }

    @Test
    void ofTwoComplementsTheOneAfterTheCue() {
        // as CoreNLP parses "Under a sky that seemed grey, Obama warned that ...": the relative clause a second ccomp
        Attribution a = theOnly(HandParse.article(
                "Under/IN/under a/DT/a sky/NN/sky that/WDT/that seemed/VBD/seem grey/JJ/grey ,/,/, Obama/NNP/Obama warned/VBD/warn "
                        + "that/IN/that the/DT/the museum/NN/museum would/MD/would help/VB/help ./././.",
                """
                root(ROOT-0, warned-9)
                case(sky-3, Under-1)
                det(sky-3, a-2)
                obl(seemed-5, sky-3)
                nsubj(seemed-5, that-4)
                ccomp(warned-9, seemed-5)
                xcomp(seemed-5, grey-6)
                punct(warned-9, ,-7)
                nsubj(warned-9, Obama-8)
                mark(help-14, that-10)
                det(museum-12, the-11)
                nsubj(help-14, museum-12)
                aux(help-14, would-13)
                ccomp(warned-9, help-14)
                punct(warned-9, .-15)"""));
        assertEquals("Obama", a.source().text());
        assertEquals("that the museum would help", a.content().text());
    }

    @Test
    void aFrontedWhenClauseIsNotWhatIsSaid() {
        List<Attribution> found = FINDER.find(HandParse.article(
                "When/WRB/when the/DT/the rebels/NNS/rebel attacked/VBD/attack the/DT/the town/NN/town ,/,/, the/DT/the governor/NN/governor "
                        + "warned/VBD/warn ./././.",
                """
                root(ROOT-0, warned-10)
                advmod(attacked-4, When-1)
                det(rebels-3, the-2)
                nsubj(attacked-4, rebels-3)
                advcl(warned-10, attacked-4)
                det(town-6, the-5)
                obj(attacked-4, town-6)
                punct(warned-10, ,-7)
                det(governor-9, the-8)
                nsubj(warned-10, governor-9)
                punct(warned-10, .-11)"""));
        assertTrue(found.stream().noneMatch(a -> a.content().text().startsWith("When")), found.toString());
    }

    @Test
    void aQuotationBeforeAParentheticalSaid() {
        Attribution a = theOnly(HandParse.article(
                "\"/``/\" We/PRP/we will/MD/will win/VB/win ,/,/, \"/''/\" he/PRP/he said/VBD/say ./././.",
                """
                root(ROOT-0, win-4)
                punct(win-4, "-1)
                nsubj(win-4, We-2)
                aux(win-4, will-3)
                punct(win-4, ,-5)
                punct(win-4, "-6)
                parataxis(win-4, said-8)
                nsubj(said-8, he-7)
                punct(win-4, .-9)"""));
        assertEquals("he", a.source().text());
        assertTrue(a.content().text().contains("We will win"), a.content().text());
        assertTrue(a.rule().endsWith("+quotation"), a.rule());
    }

    @Test
    void accordingTo() {
        Attribution a = theOnly(HandParse.article(
                "According/VBG/accord to/IN/to Reuters/NNP/Reuters/ORGANIZATION ,/,/, the/DT/the army/NN/army shelled/VBD/shell the/DT/the town/NN/town ./././.",
                """
                root(ROOT-0, shelled-7)
                case(Reuters-3, According-1)
                fixed(According-1, to-2)
                obl(shelled-7, Reuters-3)
                punct(shelled-7, ,-4)
                det(army-6, the-5)
                nsubj(shelled-7, army-6)
                det(town-9, the-8)
                obj(shelled-7, town-9)
                punct(shelled-7, .-10)"""));
        assertReading(a, "Reuters", "According to", "the army shelled the town");
    }

    @Test
    void aParticipleBorrowsTheSubjectOfItsClause() {
        List<Attribution> found = FINDER.find(HandParse.article(
                "The/DT/the ministry/NN/ministry issued/VBD/issue a/DT/a statement/NN/statement ,/,/, saying/VBG/say the/DT/the army/NN/army had/VBD/have withdrawn/VBN/withdraw ././.",
                """
                root(ROOT-0, issued-3)
                det(ministry-2, The-1)
                nsubj(issued-3, ministry-2)
                det(statement-5, a-4)
                obj(issued-3, statement-5)
                punct(issued-3, ,-6)
                advcl(issued-3, saying-7)
                det(army-9, the-8)
                nsubj(withdrawn-11, army-9)
                aux(withdrawn-11, had-10)
                ccomp(saying-7, withdrawn-11)
                punct(issued-3, .-12)"""));
        Attribution a = found.stream().filter(x -> x.cue().text().equals("saying")).findFirst().orElseThrow(() -> new AssertionError(found));
        assertEquals("The ministry", a.source().text());
        assertEquals("the army had withdrawn", a.content().text());
    }

    @Test
    void anAdjunctSetOffByACommaIsNotWhatIsSaid() {
        AnnotatedArticle a = HandParse.article(
                "Campaigning/VBG/campaign in/IN/in Ohio/NNP/Ohio/LOCATION ,/,/, she/PRP/she said/VBD/say ./././.",
                """
                root(ROOT-0, said-6)
                advcl(said-6, Campaigning-1)
                case(Ohio-3, in-2)
                obl(Campaigning-1, Ohio-3)
                punct(said-6, ,-4)
                nsubj(said-6, she-5)
                punct(said-6, .-7)""");
        assertEquals(Set.of(), Roles.of(a.sentences().getFirst(), 5, Set.of(5)).content());
        assertTrue(FINDER.find(a).isEmpty());
    }
}
