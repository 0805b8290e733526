package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.claimtrace.extract.ExtractedArticle;
import org.claimtrace.extract.Fact;
import org.claimtrace.ingest.Pipelines;
import org.claimtrace.source.ArticleReader;
import org.junit.jupiter.api.Test;

/** The rules on sentences written for these tests (none from the seeds), with negative cases. */
class RulesTest {
    private static final ArticleReader READER = new ArticleReader();

    static List<Fact> facts(String text) {
        ExtractedArticle x = Pipelines.extractor().extract(Pipelines.nlp().annotate(READER.fromText("t.txt", text)));
        return x.facts();
    }

    static <T extends Fact> List<T> of(List<Fact> facts, Class<T> kind) {
        return facts.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    @Test
    void claimOfResponsibilityWithItsChannel() {
        List<Fact> f = facts("The Black Lotus group claimed responsibility for the cyberattack on the Lisbon metro through its Telegram channel.");
        List<Fact.Claim> claims = of(f, Fact.Claim.class);
        assertEquals(1, claims.size(), f.toString());
        assertEquals("Black Lotus", claims.getFirst().claimant().text().replace(" group", ""));
        assertEquals("claim.responsibility", claims.getFirst().evidence().rule());
        assertEquals("Telegram", claims.getFirst().channel().text());
    }

    @Test
    void passiveClaim() {
        List<Fact.Claim> claims = of(facts("Police are investigating the bombing claimed by the Northern Liberation Front in Lagos."), Fact.Claim.class);
        assertEquals(1, claims.size());
        assertTrue(claims.getFirst().claimant().text().contains("Northern Liberation Front"));
    }

    @Test
    void aGroupSayingItsFightersDidItClaimsTheAttack() {
        List<Fact> f = facts("The bombing of the bridge in Mosul was the work of the Tigris Brigades, which said its fighters detonated the charges at dawn.");
        List<Fact.Claim> claims = of(f, Fact.Claim.class);
        assertEquals(1, claims.size(), f.toString());
        assertTrue(claims.getFirst().claimant().text().contains("Tigris Brigades"), claims.toString());
        assertEquals("claim.said-members-did", claims.getFirst().evidence().rule());
        // A force speaking of its own officers' arrests claims no attack.
        List<Fact> police = facts("The Kenyan police said its officers arrested two suspects after the attack in Nairobi.");
        assertTrue(of(police, Fact.Claim.class).isEmpty(), police.toString());
    }

    @Test
    void anOrganisationThatRelaysAStatementReportsItButOneThatReportsDoesNot() {
        List<Fact> f = facts("The Harbor Front claimed the bombing in Tunis. The statement was later relayed by the Sentinel Monitoring Group, "
                + "a firm that tracks militant messaging.");
        List<Fact.Report> reports = of(f, Fact.Report.class);
        assertEquals(1, reports.size(), f.toString());
        assertEquals("Sentinel Monitoring Group", reports.getFirst().reporter().text());
        // "reported" is what outlets do: an organisation that reports is speaking, not relaying.
        List<Fact> own = facts("The Harbor Front reported that the bridge in Tunis had been destroyed.");
        assertTrue(of(own, Fact.Report.class).isEmpty(), own.toString());
    }

    @Test
    void bearingTheHallmarksOfAGroupIsAnAttributionToIt() {
        List<Fact> f = facts("Interior Minister Lena Varga said the blast in Pecs bore the hallmarks of the Crimson Brigade.");
        List<Fact.Attribution> blamed = of(f, Fact.Attribution.class);
        assertEquals(1, blamed.size(), f.toString());
        assertTrue(blamed.getFirst().party().text().contains("Crimson Brigade"), blamed.toString());
        assertEquals("attribution.hallmarks", blamed.getFirst().evidence().rule());
        List<Fact> other = facts("The new hall in Pecs bears the name of the Crimson Brigade's founder.");
        assertTrue(of(other, Fact.Attribution.class).isEmpty(), other.toString());
    }

    @Test
    void anOutletNamedAtTheEndOfTheSentenceReportsIt() {
        List<Fact> f = facts("The transport minister resigned after the crash in Varna, the Daily Monitor reported on Tuesday.");
        List<Fact.Report> reports = of(f, Fact.Report.class);
        assertEquals(1, reports.size(), f.toString());
        assertEquals("Daily Monitor", reports.getFirst().reporter().text());
        assertEquals("report.sentence-final", reports.getFirst().evidence().rule());
        List<Fact> person = facts("The transport minister resigned after the crash in Varna, Ivan Petrov said.");
        assertTrue(of(person, Fact.Report.class).isEmpty(), person.toString());
    }

    @Test
    void aGroupDescriptionIsNoSecondClaimantOnceTheArticleNamesOne() {
        // Without the filter the headline gives a second claim, by "Hacker group".
        List<Fact> f = facts("Hacker group claims attack on Kismayo port systems\n\nA hacker group calling itself the Jubba Front claimed "
                + "responsibility for the attack in Kismayo on Monday.");
        List<Fact.Claim> claims = of(f, Fact.Claim.class);
        assertFalse(claims.isEmpty(), f.toString());
        assertTrue(claims.stream().allMatch(c -> c.claimant().text().contains("Jubba Front")), claims.toString());
        // With no name in the article, the description is all there is, and the claim stays.
        List<Fact> alone = facts("Hacker group claims attack on Kismayo port systems");
        assertEquals(1, of(alone, Fact.Claim.class).size(), alone.toString());
    }

    @Test
    void noGroupHasClaimedIsNoClaim() {
        List<Fact> f = facts("No group has claimed responsibility for the blast in Cairo, officials said.");
        assertTrue(of(f, Fact.Claim.class).isEmpty(), f.toString());
    }

    @Test
    void denialIsRecordedAndIsNotAClaim() {
        List<Fact> f = facts("The Sahel Brigade denied any involvement in the attack on the convoy near Bamako.");
        assertTrue(of(f, Fact.Claim.class).isEmpty(), f.toString());
        assertEquals(1, of(f, Fact.Denial.class).size(), f.toString());
    }

    @Test
    void attributionWithAttributorAndParty() {
        List<Fact.Attribution> a = of(facts("Interior Minister Tomas Varga blamed the bombing on the Red Dawn movement."), Fact.Attribution.class);
        assertEquals(1, a.size());
        assertEquals("Tomas Varga", a.getFirst().attributor().text());
        assertTrue(a.getFirst().party().text().contains("Red Dawn"));
        assertEquals(Fact.Certainty.ASSERTED, a.getFirst().certainty());
    }

    @Test
    void hintIsAHedgedAttribution() {
        List<Fact.Attribution> a = of(facts("Officials in Berlin hinted at Moldavia's involvement in the sabotage."), Fact.Attribution.class);
        assertEquals(1, a.size());
        assertEquals(Fact.Certainty.HEDGED, a.getFirst().certainty());
    }

    @Test
    void passiveCommittedByIsAnAttribution() {
        List<Fact.Attribution> a = of(facts("Prosecutors said the attack was carried out by the Crimson Hand militia."), Fact.Attribution.class);
        assertEquals(1, a.size(), a.toString());
        assertTrue(a.getFirst().party().text().contains("Crimson Hand"));
    }

    @Test
    void relayThroughAnOutletIsAReportAndAPersonsOwnSpeechIsNot() {
        List<Fact> f = facts("The statement was later shared by Al Jazeera. The senator said that the vote would be close.");
        List<Fact.Report> r = of(f, Fact.Report.class);
        assertEquals(List.of("Al Jazeera"), r.stream().map(x -> x.reporter().text()).toList());
        List<Fact.Statement> s = of(f, Fact.Statement.class);
        assertEquals(1, s.size());
        assertEquals("said", s.getFirst().cue().text());
        assertTrue(s.getFirst().content().text().contains("the vote would be close"), s.toString());
    }

    @Test
    void accordingToAnOutletIsAReportAccordingToAPersonIsAStatement() {
        List<Fact> f = facts("Twelve people were killed, according to Reuters. According to a campaign aide, Delgado will not run again.");
        assertEquals(List.of("Reuters"), of(f, Fact.Report.class).stream().map(x -> x.reporter().text()).toList());
        assertTrue(of(f, Fact.Statement.class).stream().anyMatch(s -> s.cue().text().equals("According to")), f.toString());
    }

    @Test
    void directQuotationGoesToItsSpeaker() {
        List<Fact.Statement> s = of(facts("Senator Maria Delgado spoke in Dayton.\n\"We will not back down from this fight,\" she said."),
                Fact.Statement.class);
        List<Fact.Statement> direct = s.stream().filter(Fact.Statement::direct).toList();
        assertEquals(1, direct.size(), s.toString());
        assertEquals("Maria Delgado", direct.getFirst().source().text());
        assertTrue(direct.getFirst().content().text().startsWith("We will not back down"));
    }

    @Test
    void casualtyFigureWithItsSource() {
        List<Fact.Figure> g = of(facts("The explosion killed at least 14 people, according to Xinhua."), Fact.Figure.class);
        assertEquals(1, g.size());
        assertEquals("at least 14", g.getFirst().value());
        assertEquals(14, g.getFirst().quantity());
        assertEquals("deaths", g.getFirst().kind());
        assertEquals("Xinhua", g.getFirst().givenBy().text());
    }

    @Test
    void numbersThatAreNotCasualtiesAreNoFigure() {
        assertTrue(of(facts("The hall can host up to 6,200 guests and 40 artists."), Fact.Figure.class).isEmpty());
    }

    @Test
    void threatWithItsTarget() {
        List<Fact.Threat> t = of(facts("The Red Dawn movement threatened Governor Alan Brooks in a video on Sunday."), Fact.Threat.class);
        assertEquals(1, t.size(), t.toString());
        assertEquals("Alan Brooks", t.getFirst().target().text());
    }

    @Test
    void mediaOutletOfAGroup() {
        List<Fact.OrgRelation> r = of(facts("The Red Dawn movement's Dawn Voice media released the video on Monday."), Fact.OrgRelation.class);
        assertEquals(1, r.size(), r.toString());
        assertEquals("media outlet of", r.getFirst().relation());
    }

    @Test
    void rulesNameNoEntityOfTheSeeds() throws Exception {
        String rules = new String(RulesTest.class.getResourceAsStream("/org/claimtrace/extract/rules.tsv").readAllBytes());
        for (String name : List.of("Putin", "Azaim", "Crocus", "ISKP", "Khorasan", "Newsweek", "TASS", "Amaq")) {
            assertTrue(!rules.contains(name), name);
        }
        assertTrue(rules.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).count() >= 30,
                rules.lines().collect(Collectors.joining("\n")).length() + " chars");
    }
}
