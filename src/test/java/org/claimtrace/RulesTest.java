package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.claimtrace.extract.ExtractedArticle;
import org.claimtrace.annotate.EntityType;
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

    /** The one fact of this kind the sentence states (it fails when there are none or several). */
    static <T extends Fact> T theOnly(Class<T> kind, String text) {
        List<Fact> f = facts(text);
        List<T> found = of(f, kind);
        assertEquals(1, found.size(), f.toString());
        return found.getFirst();
    }

    /** The sentence states no fact of this kind. */
    static void assertNone(Class<? extends Fact> kind, String text) {
        List<Fact> f = facts(text);
        assertTrue(of(f, kind).isEmpty(), f.toString());
    }

    @Test
    void aGroupThatTurnsToSocialMediaToClaimIsTheClaimantNotTheMedia() {
        List<Fact> f = facts("The gang responsible for the attack, the Kora Liberation Army, turned to social media to claim "
                + "responsibility for the Wednesday mass shooting, the Associated Press reported.");
        // the claim the outlet relays, which it does not blame on the group
        Fact.Report r = of(f, Fact.Report.class).getFirst();
        assertTrue(r.reported() instanceof Fact.Claim c && c.claimant().text().equals("Kora Liberation Army"), f.toString());
        assertTrue(of(f, Fact.Attribution.class).isEmpty(), f.toString());
    }

    @Test
    void policeSpeakingOfTheirOwnOperationClaimNoAttack() {
        assertNone(Fact.Claim.class, "A gunfight broke out at a camp near Pecs on Tuesday. The Kenyan police said they had carried out "
                + "the raid on the camp, killing four gunmen.");
    }

    @Test
    void creditForAnAttackAndAnAttackClaimedByAGroupAreClaims() {
        // "for the bombing" hangs from "credit" in the parse, not from the verb
        assertEquals("Crimson Brigade", theOnly(Fact.Claim.class, "A car bomb killed 55 people in Pecs on Thursday. "
                + "The Crimson Brigade group claimed credit for the bombing.").claimant().text());
        assertEquals("Crimson Brigade", theOnly(Fact.Claim.class, "The last two bomb blasts in Pecs were claimed by the Crimson Brigade.")
                .claimant().text());
        assertNone(Fact.Claim.class, "The last two bomb blasts in Pecs were not claimed by anyone.");
    }

    @Test
    void aGroupSayingItTargetedAPlaceClaimsTheAttack() {
        Fact.Claim c = theOnly(Fact.Claim.class, "The Kora Liberation Army said on Tuesday that it targeted the airport in Lira in a drone attack.");
        assertEquals("Kora Liberation Army", c.claimant().text());
    }

    @Test
    void aSpokesmanDenyingThatHisGroupDidItDeniesAndClaimsNothing() {
        for (String text : List.of(
                "A suicide bombing killed 22 people in Lira on Thursday. A spokesman for the Kora Liberation Army denied on Friday that the group was behind the suicide bombing.",
                "A suicide bombing killed 22 people in Lira on Thursday. A spokesman for the Kora Liberation Army denied on Friday that it was behind the suicide bombing.")) {
            List<Fact> f = facts(text);
            assertTrue(of(f, Fact.Claim.class).isEmpty(), f.toString());
            assertEquals(List.of("Kora Liberation Army"), of(f, Fact.Denial.class).stream().map(d -> d.denier().text()).toList(), f.toString());
        }
    }

    @Test
    void targetingSaidOfOthersBlamesNoOne() {
        assertTrue(attributions("The Kora Liberation Army ran a campaign of fake videos. Researchers said it is also targeting the opposition "
                + "leader in the attack on the election.").isEmpty());
    }

    @Test
    void aManClaimingToSpeakForAGroupClaimsForIt() {
        Fact.Claim c = theOnly(Fact.Claim.class, "A bomb hit the police headquarters in Lira on Thursday. Abu Zaid, a man claiming to speak for "
                + "the Kora Liberation Army told the BBC that the group is responsible for the blast.");
        assertEquals("Kora Liberation Army", c.claimant().text());
        // one who says he belongs to the group claims for it too; a bystander does not
        for (String text : List.of(
                "A bomb exploded near the parliament in Lira on Tuesday. A man who alleged himself as a member of the rebel Kora Liberation "
                        + "Army claimed early Wednesday morning that the group is responsible for the deadly blast.",
                "A bomb exploded near the parliament in Lira on Tuesday. A caller who said he was a member of the Kora Liberation Army told "
                        + "the newspaper that the group carried out the attack.")) {
            assertEquals("Kora Liberation Army", theOnly(Fact.Claim.class, text).claimant().text());
        }
        assertTrue(of(facts("A bomb exploded near the parliament in Lira on Tuesday. A man who lives near the parliament told the "
                + "newspaper that the group carried out the attack."), Fact.Claim.class).isEmpty());
        // the police's "the group" is another's
        assertTrue(of(facts("A bomb hit the police headquarters in Lira on Thursday. Police said the group was responsible for the blast."),
                Fact.Claim.class).isEmpty());
    }

    @Test
    void claimOfResponsibilityWithItsChannel() {
        List<Fact> f = facts("The Black Lotus group claimed responsibility for the cyberattack on the Lisbon metro through its Telegram channel.");
        List<Fact.Claim> claims = of(f, Fact.Claim.class);
        assertEquals(1, claims.size(), f.toString());
        assertEquals("Black Lotus", claims.getFirst().claimant().text().replace(" group", ""));
        assertTrue(List.of("claim.responsibility", "claim.from-statement").contains(claims.getFirst().evidence().rule()), claims.getFirst().toString());
        assertEquals("Telegram", claims.getFirst().channel().text());
    }

    @Test
    void aGroupSayingItKilledClaimsButForcesKillingBlameNoOne() {
        Fact.Claim claim = theOnly(Fact.Claim.class, "The Sahel Liberation Front said on Monday it had killed 12 soldiers in an ambush near Gao.");
        assertTrue(claim.claimant().text().contains("Sahel Liberation Front"), claim.toString());
        assertNone(Fact.Attribution.class, "The army said security forces killed five Sahel Liberation Front fighters near Gao on Monday.");
    }

    @Test
    void aGroupNamingItsOwnCommanderClaimsAndBlamesNoOne() {
        List<Fact> f = facts("The Sahel Liberation Front claimed responsibility for Monday's attack on an army base near Gao. The group "
                + "said in a statement that the attack was led by its commander Amadou Kone and carried out by fighters of its "
                + "southern brigade.");
        assertEquals(1, of(f, Fact.Claim.class).size(), f.toString());
        assertTrue(of(f, Fact.Attribution.class).isEmpty(), f.toString());
    }

    @Test
    void theAuthoritiesAreASourceThatBlames() {
        Fact.Attribution a = theOnly(Fact.Attribution.class,
                "Authorities said on Saturday that the Kora Liberation Army most likely carried out the attack on the market in Pecs.");
        assertEquals("Authorities", a.attributor().text());
        assertEquals("Kora Liberation Army", a.party().text());
        assertEquals(Fact.Certainty.HEDGED, a.certainty());
    }

    @Test
    void aSpeakerClosingTheSentenceSaysWhatWentBeforeHoweverTheParserHungIt() {
        // the parser hangs "said" on "attacked" as its complement
        Fact.Statement st = theOnly(Fact.Statement.class,
                "At least 20 residents of a remote village were killed when gunmen attacked, a military source said Monday.");
        assertEquals("At least 20 residents of a remote village were killed when gunmen attacked", st.content().text());
    }

    @Test
    void theDayAReportCameOutIsNoReporter() {
        List<Fact> f = facts("Websites of several ministries were hit by cyberattacks over the weekend, Kyodo news agency reported Monday, "
                + "citing national police.");
        List<String> reporters = of(f, Fact.Report.class).stream().map(r -> r.reporter().text()).distinct().toList();
        assertEquals(List.of("Kyodo"), reporters.stream().map(r -> r.replaceAll(" .*", "")).distinct().toList(), f.toString());
    }

    @Test
    void aGroupSayingItsBomberCarriedOutTheAttackClaimsIt() {
        Fact.Claim c = theOnly(Fact.Claim.class, "A suicide bomber killed 20 people at the border crossing near Pecs on Sunday. "
                + "Shortly afterwards the Kora Liberation Army said its bomber Tamas Varga carried out the attack.");
        assertEquals("Kora Liberation Army", c.claimant().text());
    }

    @Test
    void anOutletThatSawOrObtainedAGroupsPostRelaysIt() {
        List<Fact> f = facts("The Kora Liberation Army in a post seen by Reuters on Monday said its fighters attacked an army post near Pecs. "
                + "A statement obtained by the Associated Press said the group had planned the raid for weeks.");
        List<String> reporters = of(f, Fact.Report.class).stream().map(r -> r.reporter().text()).sorted().toList();
        assertEquals(List.of("Associated Press", "Reuters"), reporters, f.toString());
    }

    @Test
    void aFactionOfAGroupClaimsAndTheMediaThatReportedItDoNot() {
        List<Fact> f = facts("The Crimson Brigade (CB) denied any role on Monday. The statement came after the local media reported "
                + "that a faction of the CB claimed responsibility for the bombing in Pecs.");
        // the media relay the claim: it stands in their report
        List<Fact.Claim> claims = new java.util.ArrayList<>(of(f, Fact.Claim.class));
        of(f, Fact.Report.class).stream().filter(r -> r.reported() instanceof Fact.Claim).forEach(r -> claims.add((Fact.Claim) r.reported()));
        assertEquals(1, claims.size(), f.toString());
        assertEquals("faction of the CB", claims.getFirst().claimant().text());
    }

    @Test
    void theGroupPointsBackToOneGroupButTheGroupsToNoOneOfThem() {
        Fact.Claim one = theOnly(Fact.Claim.class, "The Crimson Brigade attacked a post in Varna on Monday. "
                + "Earlier the group had also claimed responsibility for a bombing in Pecs.");
        assertEquals("Crimson Brigade", one.claimant().text());
        assertNone(Fact.Claim.class, "The Crimson Brigade attacked a post in Varna on Monday. "
                + "Earlier both the groups had also claimed responsibility for a bombing in Pecs.");
    }

    @Test
    void eachOutletConjoinedWithAReporterReportsToo() {
        List<Fact> f = facts("The Crimson Brigade carried out the bombing in Pecs, the Interior Ministry said, as reported by Reuters and the Dravia News Agency.");
        assertEquals(java.util.Set.of("Reuters", "Dravia News Agency"), java.util.Set.copyOf(reporters(f)), reporters(f).toString());
    }

    @Test
    void mediaReportsStandForTheMediaThatCarriedThem() {
        List<Fact> f = facts("The Crimson Brigade is believed to be behind the bombing in Pecs, according to Dravian media reports on Friday.");
        assertEquals(List.of("Dravian media reports"), reporters(f), f.toString());
    }

    @Test
    void itClaimingAgainIsTheGroupNotTheMediaNamedBetween() {
        List<Fact> f = facts("The Crimson Brigade claimed responsibility for the raid in Pecs on social media. State media said only that it "
                + "was a terrorist attack. It also claimed responsibility for two bombings in Varna on Wednesday.");
        List<Fact.Claim> claims = of(f, Fact.Claim.class);
        assertFalse(claims.isEmpty(), f.toString());
        assertTrue(claims.stream().allMatch(c -> c.claimant().text().contains("Crimson Brigade")), claims.toString());
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
        assertTrue(List.of("claim.said-members-did", "claim.from-statement").contains(claims.getFirst().evidence().rule()), claims.toString());
        // A force speaking of its own officers' arrests claims no attack.
        assertNone(Fact.Claim.class, "The Kenyan police said its officers arrested two suspects after the attack in Nairobi.");
    }

    @Test
    void anOutletCitedByAnotherRelaysTheClaimBetweenThemAndTheSource() {
        List<Fact> f = facts("MOSCOW - 28 August 2017: The Crimson Brigade on Monday claimed responsibility for an attack on policemen "
                + "in the city of Pecs, Russia Today reported, citing monitoring group SITE.");
        List<Fact.Report> reports = of(f, Fact.Report.class);
        assertEquals(1, reports.size(), f.toString());
        Fact.Report outer = reports.getFirst();
        assertEquals("Russia Today", outer.reporter().text(), f.toString());
        assertTrue(outer.reported() instanceof Fact.Report inner && inner.reporter().text().equals("SITE")
                && inner.reported() instanceof Fact.Claim c && c.claimant().text().equals("Crimson Brigade"), f.toString());
    }

    @Test
    void anOrganisationThatRelaysAStatementReportsItButOneThatReportsDoesNot() {
        List<Fact> f = facts("The Harbor Front claimed the bombing in Tunis. The statement was later relayed by the Sentinel Monitoring Group, "
                + "a firm that tracks militant messaging.");
        List<Fact.Report> reports = of(f, Fact.Report.class);
        assertEquals(1, reports.size(), f.toString());
        assertEquals("Sentinel Monitoring Group", reports.getFirst().reporter().text());
        // "reported" is what outlets do: an organisation that reports is speaking, not relaying.
        assertNone(Fact.Report.class, "The Harbor Front reported that the bridge in Tunis had been destroyed.");
    }

    @Test
    void bearingTheHallmarksOfAGroupIsAnAttributionToIt() {
        Fact.Attribution blame = theOnly(Fact.Attribution.class, "Interior Minister Lena Varga said the blast in Pecs bore the hallmarks of the Crimson Brigade.");
        assertTrue(blame.party().text().contains("Crimson Brigade"), blame.toString());
        assertTrue(List.of("attribution.hallmarks", "attribution.from-statement").contains(blame.evidence().rule()), blame.toString());
        assertNone(Fact.Attribution.class, "The new hall in Pecs bears the name of the Crimson Brigade's founder.");
    }

    @Test
    void anOutletNamedAtTheEndOfTheSentenceReportsIt() {
        List<Fact> f = facts("The transport minister resigned after the crash in Varna, the Daily Monitor reported on Tuesday.");
        List<Fact.Report> reports = of(f, Fact.Report.class);
        assertEquals(1, reports.size(), f.toString());
        assertEquals("Daily Monitor", reports.getFirst().reporter().text());
        assertTrue(List.of("report.sentence-final", "report.outlet-statement").contains(reports.getFirst().evidence().rule()), reports.getFirst().toString());
        assertNone(Fact.Report.class, "The transport minister resigned after the crash in Varna, Ivan Petrov said.");
    }

    @Test
    void outletsNamedAfterTheirReportOrQuotingSomeone() {
        Fact.Report inverted = theOnly(Fact.Report.class,
                "A dam in Varna was damaged on Sunday. The minister said saboteurs were behind the blast, reports state news agency Dravia Press.");
        assertEquals("Dravia Press", inverted.reporter().text());
        // "..., reports X news agency.": the outlet's noun after its name
        Fact.Report agency = theOnly(Fact.Report.class,
                "The minister said saboteurs were behind the blast in Varna, reports Dravia news agency.");
        assertTrue(agency.reporter().text().startsWith("Dravia"), agency.toString());
        // "..., said the Velka-based Dravia News agency.", "..., the Dravia News Agency, which tracks militants, has said."
        Fact.Report said = theOnly(Fact.Report.class,
                "The Crimson Brigade claimed responsibility for the blast in Varna, said the Velka-based Dravia News agency.");
        assertTrue(said.reporter().text().contains("Dravia News"), said.toString());
        Fact.Report hasSaid = theOnly(Fact.Report.class,
                "The Crimson Brigade claimed responsibility for the blast in Varna, the Dravia News Agency, which tracks militants, has said.");
        assertTrue(hasSaid.reporter().text().contains("Dravia News"), hasSaid.toString());
        Fact.Report quoted = theOnly(Fact.Report.class,
                "Two people died in the blast in Varna, a police officer was quoted as saying by the daily Varna Courier.");
        assertTrue(quoted.reporter().text().contains("Varna Courier"), quoted.toString());
        // "..., X reports.": an unknown name that reports at the end of a sentence is an outlet
        Fact.Report sentenceFinal = theOnly(Fact.Report.class,
                "The hackers' claim was confirmed by the Varna police on Monday, Pravdik reports.");
        assertEquals("Pravdik", sentenceFinal.reporter().text());
        assertNone(Fact.Report.class, "Two people died in the blast in Varna, a police officer was quoted as saying.");
        // "..., police reported Tuesday.": a day is no outlet
        assertTrue(reporters(facts("The Crimson Brigade tried to hack the computers of 61 institutions, police reported Tuesday.")).isEmpty());
    }

    @Test
    void anOutletTheSpeakerWasSpeakingToReportsIt() {
        List<Fact> f = facts("A suicide bomber attacked a convoy in Lira on Monday. Speaking to Reuters by telephone, the Kora Liberation "
                + "Army's spokesman said the group carried out the attack.");
        assertEquals(List.of("Reuters"), reporters(f), f.toString());
        // reporters are no outlet
        assertTrue(reporters(facts("A suicide bomber attacked a convoy in Lira on Monday. Speaking to reporters, Interior Minister "
                + "Tomas Varga said the Kora Liberation Army carried out the attack.")).isEmpty());
    }

    @Test
    void anOutletAStatementWasSentToOrThatContactedOrAiredTheSpeakerReportsIt() {
        Fact.Report faxed = theOnly(Fact.Report.class, "The Crimson Brigade claimed the bombing in Pecs in a faxed statement to the Varna Times news agency.");
        assertTrue(faxed.reporter().text().contains("Varna Times"), faxed.toString());
        Fact.Report contacted = theOnly(Fact.Report.class, "Contacted by the Dravia Press news agency on Sunday, the minister dismissed the accusations.");
        assertTrue(contacted.reporter().text().contains("Dravia Press"), contacted.toString());
        Fact.Report aired = theOnly(Fact.Report.class, "The bombs in Pecs were similar, police chief Anton Kell said on the Varna Television network.");
        assertTrue(aired.reporter().text().contains("Varna Television"), aired.toString());
        assertNone(Fact.Report.class, "The bombs in Pecs were similar, police chief Anton Kell said on Monday.");
    }

    @Test
    void anOutletAGroupRunsCarriesItsStatementAsItsChannelNotAsARelay() {
        String said = "The Crimson Brigade carried out the attack on the ship, its spokesman Amir Vell said in a statement aired on Tuesday by the ";
        List<Fact> own = facts(said + "Brigade-run Varna TV channel.");
        assertEquals(List.of(), reporters(own), own.toString());
        assertEquals(java.util.Set.of("Varna TV"), java.util.Set.copyOf(reporters(facts(said + "state-run Varna TV channel."))));
    }

    @Test
    void aGroupSayingTheAttackWasCarriedOutByThemBlamesNoOutletItCalled() {
        List<Fact> f = facts("The Crimson Brigade claimed responsibility for the bombing in telephone calls to local newspapers, "
                + "saying the attack was carried out by them.");
        assertFalse(of(f, Fact.Claim.class).isEmpty(), f.toString());
        assertTrue(of(f, Fact.Attribution.class).isEmpty(), f.toString());
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
    void itAfterAnotherNamedPartyIsThatPartyNotTheSpeaker() {
        // "it" with no other party before it is the group that speaks
        Fact.Claim claim = theOnly(Fact.Claim.class, "The Tigris Brigades said on Monday that it carried out the bombing of the bridge in Mosul.");
        assertTrue(claim.claimant().text().contains("Tigris Brigades"), claim.toString());
        // a party named between the speaker and "it" is whom "it" means: a charge, not a claim
        List<Fact> f = facts("The Tigris Brigades levelled allegations against the Northern Liberation Front, claiming it carried out the bombing of the bridge in Mosul.");
        assertTrue(of(f, Fact.Claim.class).isEmpty(), f.toString());
        // "they" after the militants a bomb went off on
        assertNone(Fact.Claim.class, "Two militants were wounded when a bomb they were planting in Kunduz exploded, according to the Tigris Brigades.");
        // another name of the speaker, in its own phrase, is no other party
        Fact.Claim named = theOnly(Fact.Claim.class,
                "The Tigris Brigades, or Saraya Dijla in Arabic, claimed on Monday it was behind the bombing of the bridge in Mosul.");
        assertTrue(named.claimant().text().contains("Tigris Brigades"), named.toString());
    }

    @Test
    void aQuestionPutToAGroupIsNoClaim() {
        assertNone(Fact.Claim.class, "The Tigris Brigades did not immediately respond to queries on whether they were responsible for the bombing in Mosul.");
        assertNone(Fact.Attribution.class, "Reporters asked the minister whether the Tigris Brigades were responsible for the bombing in Mosul.");
    }

    @Test
    void officialsBlamingDoersWhoBelongToAGroupBlameTheGroup() {
        Fact.Attribution a = theOnly(Fact.Attribution.class,
                "Officials blamed the bombing on outlawed separatists belonging to the Northern Liberation Front.");
        assertEquals("Officials", a.attributor() == null ? null : a.attributor().text(), a.toString());
        assertTrue(a.party().text().contains("Northern Liberation Front"), a.toString());
    }

    @Test
    void eachConjoinedBlamerBlamesAndAPlaceSomeoneIsBasedInIsNotThem() {
        List<Fact.Attribution> a = of(facts("Police and the Interior Ministry blamed the bombing on the Tigris Brigades."),
                Fact.Attribution.class);
        assertEquals(2, a.size(), a.toString());
        assertTrue(a.stream().anyMatch(x -> x.attributor().text().equals("Police")), a.toString());
        assertTrue(a.stream().anyMatch(x -> x.attributor().text().contains("Interior Ministry")), a.toString());
        assertTrue(a.stream().allMatch(x -> x.party().text().contains("Tigris Brigades")), a.toString());
        Fact.Attribution based = theOnly(Fact.Attribution.class, "The ministry alleged that Lagos-based planners directed the assault on the port.");
        assertEquals("Lagos-based planners", based.party().text(), based.toString());
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

    // ---------------------------------------------------------------- reports: told, quoted by, sent to, citing

    static List<String> reporters(List<Fact> f) {
        return of(f, Fact.Report.class).stream().map(r -> r.reporter().text()).toList();
    }

    @Test
    void theOutletAStatementIsToldToReportsItButParliamentDoesNot() {
        List<Fact> f = facts("Defence Minister Oskar Brandt told state radio Kalvex that the patrol had been ambushed near the border.");
        assertEquals(List.of("Kalvex"), reporters(f), f.toString());
        assertEquals("report.told-outlet", of(f, Fact.Report.class).getFirst().evidence().rule());
        assertEquals("Oskar Brandt", of(f, Fact.Report.class).getFirst().subject().text());
        List<Fact> house = facts("Oskar Brandt told parliament that the patrol had been ambushed near the border.");
        assertTrue(reporters(house).isEmpty(), house.toString());
    }

    @Test
    void anOutletASourceSpokeToInARelativeClauseReportsWhatHeSaid() {
        List<Fact> f = facts("The patrol was ambushed near the border, said a Dravian army officer who spoke to the BBC on condition of anonymity.");
        assertEquals(List.of("BBC"), reporters(f), f.toString());
        List<Fact> friend = facts("The patrol was ambushed near the border, said a Dravian army officer who spoke to Oskar Brandt on Monday.");
        assertTrue(reporters(friend).isEmpty(), friend.toString());
    }

    @Test
    void theDatelineWireReportsEveryStatementAndAnOutletSpokenToReportsToo() {
        List<Fact> f = facts("Border patrol ambushed in Dravia\n\nVELKA, Dravia, May 2 (Reuters) - Defence Minister Oskar Brandt told "
                + "Reuters on Monday that the patrol had been ambushed near the border. Brandt later told the BBC that two soldiers were missing.");
        List<Fact.Report> reports = of(f, Fact.Report.class);
        // the wire published the story: it reports both statements; the BBC relays the one told to it
        assertEquals(java.util.Set.of("Reuters", "BBC"), java.util.Set.copyOf(reporters(f)), f.toString());
        assertEquals(2, reports.stream().filter(r -> r.evidence().rule().equals("report.wire-dateline")).count(), reports.toString());
        assertTrue(reports.stream().allMatch(r -> r.subject() != null && r.subject().text().contains("Brandt")), reports.toString());
        // the dateline is no party: the minister, not the city, is the source
        List<Fact.Statement> st = of(f, Fact.Statement.class);
        assertEquals(2, st.size(), st.toString());
        assertTrue(st.stream().allMatch(x -> x.source() != null && x.source().text().contains("Brandt")), st.toString());
    }

    @Test
    void creditLinesAtTheEndNameTheWire() {
        String story = "Defence Minister Oskar Brandt said on Monday that the patrol had been ambushed near the border.";
        for (String[] credit : new String[][] {{"\n\nAFP\n", "AFP"}, {"\n\nCredit: Dravia Wire (Text Excluding Headline)\n", "Dravia Wire"},
                {" \u2013 Velkanews.com", "Velkanews"}, {"\n\nBloomberg\n", "Bloomberg"}}) {
            List<Fact> f = facts(story + credit[0]);
            assertEquals(List.of(credit[1]), reporters(f), f.toString());
        }
        // a sentence that ends the article is no credit, nor is a name alone that is no outlet's
        assertTrue(reporters(facts(story + "\n\nThe army did not comment.")).isEmpty());
        assertTrue(reporters(facts(story + "\n\nOskar Brandt\n")).isEmpty());
        // two wires in one dateline, split by a slash
        List<Fact> two = facts("VELKA (THE DRAVIA TIMES/ASIA NEWS NETWORK) - " + story);
        assertEquals(java.util.Set.of("THE DRAVIA TIMES", "ASIA NEWS NETWORK"), java.util.Set.copyOf(reporters(two)), two.toString());
    }

    @Test
    void anOutletNamedBesideItsKindRelaysWhatItCites() {
        List<Fact> f = facts("The video was cited by the local news portal Vesti Dunava, and the account was later removed.");
        List<Fact.Report> r = of(f, Fact.Report.class);
        assertEquals(List.of("Vesti Dunava"), reporters(f), f.toString());
        assertEquals(org.claimtrace.annotate.EntityType.MEDIA_OUTLET, r.getFirst().reporter().type());
    }

    @Test
    void aStatementSentToAnOutletIsReportedByIt() {
        List<Fact> f = facts("In a statement sent to Reuters, the Kora Liberation Army said its fighters had attacked the base in Lira.");
        assertEquals(List.of("Reuters"), reporters(f), f.toString());
        Fact.Report r = of(f, Fact.Report.class).getFirst();
        assertTrue(r.reported() instanceof Fact.Claim c && c.claimant().text().contains("Kora Liberation Army"), r.toString());
    }

    @Test
    void anOutletCitingSourcesReportsWhatItSays() {
        List<Fact> f = facts("Al Jazeera said, citing two security sources, that the convoy had been hit by a roadside bomb.");
        assertEquals(List.of("Al Jazeera"), reporters(f), f.toString());
        List<Fact> police = facts("The police, citing two witnesses, said the convoy had been hit by a roadside bomb.");
        assertTrue(reporters(police).isEmpty(), police.toString());
    }

    @Test
    void aGroupsOwnChannelAndThePlatformAPersonSharedOnAreNoReporters() {
        List<Fact> f = facts("The Kora Liberation Army claimed the ambush near Dire. A statement posted on the group's Telegram channel "
                + "said its fighters had ambushed the convoy.");
        assertTrue(reporters(f).isEmpty(), f.toString());
        List<Fact> shared = facts("The Kora Liberation Army claimed the ambush near Dire. The statement was shared on X by Lena Holt, "
                + "a researcher who tracks militant media.");
        assertEquals(List.of("Lena Holt"), reporters(shared), shared.toString());
    }

    // ---------------------------------------------------------------- claims: behind, hacked, took credit, members

    @Test
    void aGroupSayingItWasBehindTheAttackClaimsIt() {
        List<Fact> f = facts("The Dawn Riders, an armed group, said it was behind the attack on the depot in Lira.");
        List<Fact.Claim> claims = of(f, Fact.Claim.class);
        assertEquals(1, claims.size(), f.toString());
        // read from the statement (it keeps it) or by the rule's shape
        assertTrue(List.of("claim.said-behind", "claim.from-statement").contains(claims.getFirst().evidence().rule()), claims.toString());
        assertTrue(claims.getFirst().claimant().text().contains("Dawn Riders"), claims.toString());
        assertTrue(of(f, Fact.Attribution.class).isEmpty(), f.toString());
    }

    @Test
    void aGroupSayingItHackedATargetClaimsTheIntrusion() {
        List<Fact> f = facts("Hacktivists claim attack on Durban water utility\n\nA group calling itself Grey Lynx said on Monday "
                + "that it had hacked the water utility in Durban.");
        List<Fact.Claim> claims = of(f, Fact.Claim.class);
        assertFalse(claims.isEmpty(), f.toString());
        assertTrue(claims.stream().allMatch(c -> c.claimant().text().equals("Grey Lynx")), claims.toString());
        assertNone(Fact.Claim.class, "The Grey Lynx company said it had hired a new auditor.");
    }

    @Test
    void takingCreditForAnAttackIsAClaimButForAnEconomyIsNot() {
        List<Fact> f = facts("The Kora Liberation Army took credit for the bombing of the pipeline in Lira.");
        List<Fact.Claim> claims = of(f, Fact.Claim.class);
        assertEquals(1, claims.size(), f.toString());
        assertEquals("claim.took-credit", claims.getFirst().evidence().rule());
        assertNone(Fact.Claim.class, "The finance minister Ana Ruiz took credit for the fall in inflation.");
    }

    @Test
    void aGroupSayingItsCommandoDidItClaimsTheAttack() {
        Fact.Claim claim = theOnly(Fact.Claim.class, "In a communique on its website, the Southern Front said its commando had detonated the car bomb in Lira.");
        assertTrue(claim.claimant().text().contains("Southern Front"), claim.toString());
    }

    @Test
    void theCityOfTheDatelineIsNoClaimantAndAnArticleCarriesTheName() {
        List<Fact> f = facts("Faction claims market bombing\n\nKORVA, Dravia, May 2 (Reuters) - A militant faction calling itself "
                + "Ahd al-Nur has claimed responsibility for Sunday's bombing at a market in Korva.");
        List<Fact.Claim> claims = of(f, Fact.Claim.class);
        assertFalse(claims.isEmpty(), f.toString());
        assertTrue(claims.stream().noneMatch(c -> c.claimant().text().equalsIgnoreCase("Korva")), claims.toString());
    }

    // ---------------------------------------------------------------- attributions

    static List<Fact.Attribution> attributions(String text) {
        return of(facts(text), Fact.Attribution.class);
    }

    @Test
    void theSpeakerOfASaidClauseBlamesWithAParticiple() {
        List<Fact.Attribution> a = attributions("Three people were taken to a hospital in Pecs, police chief Anton Kell said, "
                + "blaming Crimson Brigade insurgents for the blast at the market.");
        assertFalse(a.isEmpty(), a.toString());
        assertTrue(a.stream().allMatch(x -> x.attributor() != null && x.attributor().text().equals("Anton Kell")), a.toString());
        assertTrue(a.stream().anyMatch(x -> x.party().text().contains("Crimson Brigade")), a.toString());
    }

    @Test
    void aPronounThatSpeaksIsThePersonTheSentenceBeforeWasAboutNotOneItMerelyNamed() {
        List<Fact.Attribution> a = attributions("A car bomb exploded near a shrine in Pecs on Tuesday. Police commander Anton Kell said the car "
                + "exploded as crowds gathered to honour the poet Miklos Varga. \"The Crimson Brigade is behind this attack,\" he said.");
        assertFalse(a.isEmpty(), a.toString());
        assertTrue(a.stream().noneMatch(x -> x.attributor().text().contains("Varga")), a.toString());
        assertTrue(a.stream().anyMatch(x -> x.attributor().text().contains("Kell") && x.party().text().contains("Crimson Brigade")), a.toString());
    }

    @Test
    void aStateBodyIsNamedWithItsCountrysPossessive() {
        List<Fact.Attribution> a = attributions("A bomb killed ten people at a market in Pecs on Monday. Kenya's Foreign Ministry "
                + "blamed the Crimson Brigade for the attack.");
        assertTrue(a.stream().anyMatch(x -> x.attributor().text().equals("Kenya's Foreign Ministry")), a.toString());
    }

    @Test
    void aDocumentThatSpeaksIsWhoIssuedIt() {
        List<Fact> f = facts("A car bomb killed ten people at a bus station in Pecs on Saturday. In a tweet on Saturday, the Interior Ministry "
                + "condemned the attack. \"Crimson Brigade terrorists continue to target innocent civilians,\" the tweet said.");
        List<Fact.Statement> said = of(f, Fact.Statement.class).stream().filter(x -> x.content().text().contains("terrorists")).toList();
        assertEquals(1, said.size(), f.toString());
        assertEquals("Interior Ministry", said.getFirst().source().text(), f.toString());
        // one that no sentence before has issued is no one
        List<Fact> alone = facts("A car bomb killed ten people at a bus station in Pecs on Saturday. \"Terrorists continue to target "
                + "innocent civilians,\" the tweet said.");
        assertTrue(of(alone, Fact.Statement.class).stream().allMatch(x -> x.source() == null), alone.toString());
    }

    @Test
    void aSpokesmanOfAnUnnamedInstitutionBlamesForItAndAChiefForHimself() {
        String text = "A bomb killed two soldiers at a school in Pecs on Tuesday. \"Two soldiers died,\" army spokesman Colonel Anton Kell "
                + "said by telephone. \"It is the work of the Crimson Brigade,\" he said, accusing the Crimson Brigade of orchestrating the attack.";
        List<Fact.Attribution> a = attributions(text);
        assertFalse(a.isEmpty(), a.toString());
        assertTrue(a.stream().allMatch(x -> x.attributor() != null && x.attributor().text().equals("army")), a.toString());
        List<Fact.Attribution> chief = attributions(text.replace("army spokesman", "deputy provincial police chief"));
        assertFalse(chief.isEmpty(), chief.toString());
        assertTrue(chief.stream().allMatch(x -> x.attributor() != null && x.attributor().text().equals("Anton Kell")), chief.toString());
    }

    @Test
    void aSpokespersonForABodyOrOfABodyNamedInHisTitleBlamesForIt() {
        List<Fact.Attribution> a = attributions("Col. Anton Kell, a spokesperson for the Dravian coalition, "
                + "said the Crimson Brigade was behind the drone attack on the airport in Pecs.");
        assertFalse(a.isEmpty(), a.toString());
        assertTrue(a.stream().allMatch(x -> x.attributor() != null && x.attributor().text().equals("Dravian coalition")), a.toString());
        // named in full once with his body's name in his title, then by his surname
        List<Fact.Attribution> b = attributions("Anton Kell, Southern Velka Command spokesperson, said two soldiers died in Pecs. "
                + "Kell suspected Crimson Brigade rebels could be behind the latest attack in Pecs.");
        assertFalse(b.isEmpty(), b.toString());
        assertTrue(b.stream().allMatch(x -> x.attributor() != null && x.attributor().text().equals("Southern Velka Command")), b.toString());
    }

    @Test
    void aDayIsNoPartyAndAnOfficeIsNoPlace() {
        List<Fact.Attribution> a = attributions("Several newspapers have attributed the bombing in Pecs on Thursday to the Crimson Brigade.");
        assertTrue(a.stream().noneMatch(x -> x.party().text().equals("Thursday")), a.toString());
        List<Fact.Attribution> b = attributions("The Varna governor's office said the Crimson Brigade was responsible for the blast in Pecs.");
        assertFalse(b.isEmpty(), b.toString());
        assertEquals("Varna governor's office", b.getFirst().attributor().text(), b.toString());
    }

    @Test
    void aGroupDescribedByTwoWordsIsAPartyAndAnIntelligenceAgencyIsNoOutlet() {
        Fact.Attribution group = theOnly(Fact.Attribution.class, "Varnian authorities blamed a local insurgent group for the bombing in Pecs.");
        assertEquals("local insurgent group", group.party().text());
        Fact.Attribution agency = theOnly(Fact.Attribution.class, "Dravia's intelligence agency blamed the Crimson Brigade for the attack in Pecs.");
        assertEquals("Dravia's intelligence agency", agency.attributor().text());
        assertEquals(EntityType.ORGANIZATION, agency.attributor().type());
        // the agency's claim ties the bombing to another: blame, no claim by the agency
        assertNone(Fact.Claim.class, "Varna rejected the intelligence agency's claim that the Crimson Brigade was behind the bombing in Pecs.");
    }

    @Test
    void anAttackBlamedOnAGroupWithNoOneBlamingIt() {
        List<Fact.Attribution> a = attributions("The bombing in Lira has been blamed on the Kora Liberation Army.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("attribution.blamed-on-passive", a.getFirst().evidence().rule());
        assertEquals(null, a.getFirst().attributor());
        assertTrue(a.getFirst().party().text().contains("Kora Liberation Army"));
    }

    @Test
    void pointingTheFingerAtAGroupOrADescribedCulprit() {
        List<Fact.Attribution> a = attributions("Interior Minister Lena Varga pointed the finger at the Crimson Brigade after the blast in Pecs.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Lena Varga", a.getFirst().attributor().text());
        assertTrue(a.getFirst().party().text().contains("Crimson Brigade"));
        List<Fact.Attribution> described = attributions("Interior Minister Lena Varga pointed the finger at smugglers working for a rival cartel.");
        assertEquals(List.of("smugglers working for a rival cartel"), described.stream().map(x -> x.party().text()).toList());
        // a bare plural names no culprit
        assertTrue(attributions("The minister blamed militants for the attack.").isEmpty());
    }

    @Test
    void blamingAGroupForABombingButNotTheWeatherForPrices() {
        List<Fact.Attribution> a = attributions("Interior Minister Tomas Varga blamed the Azure Hand for the bombing in Korva.");
        assertEquals(1, a.size(), a.toString());
        assertTrue(a.getFirst().party().text().contains("Azure Hand"));
        assertTrue(attributions("He blamed the drought for the rise in prices.").isEmpty());
    }

    @Test
    void aDevicePlantedByMembersOfAGroupIsAttributedToTheGroup() {
        List<Fact.Attribution> a = attributions("Inspector Mara Quist said the device had been planted by two members of the Azure Hand.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("attribution.planted-by", a.getFirst().evidence().rule());
        assertEquals("Azure Hand", a.getFirst().party().text().replaceFirst("^the ", ""));
        assertEquals("Mara Quist", a.getFirst().attributor().text());
    }

    @Test
    void theWorkOfAServiceIsAHedgedAttributionToTheService() {
        List<Fact.Attribution> a = attributions("Senator Ivo Marsh said the blast may have been the work of Dravia's intelligence service.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Dravia's intelligence service", a.getFirst().party().text());
        assertEquals(Fact.Certainty.HEDGED, a.getFirst().certainty());
        assertEquals("Ivo Marsh", a.getFirst().attributor().text());
    }

    @Test
    void sayingAGroupFiredTheRocketsAttributesTheAttackButAGroupOnItselfDoesNot() {
        List<Fact.Attribution> a = attributions("The defence ministry said the Azure Hand had fired the rockets at the port.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("attribution.said-did", a.getFirst().evidence().rule());
        assertTrue(a.getFirst().party().text().contains("Azure Hand"));
        assertTrue(attributions("The Azure Hand said it had fired the rockets at the port.").isEmpty());
    }

    @Test
    void officersOfACityPoliceAndAGroupNamedBesideItsKind() {
        List<Fact.Attribution> a = attributions("The rights group Civic Shield said the shooting was carried out by officers of the Durban city police.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Durban city police", a.getFirst().party().text());
        assertEquals("Civic Shield", a.getFirst().attributor().text());
    }

    @Test
    void theyAfterUnnamedOfficialsIsNotAnEarlierGroupNorNoOne() {
        // "they" are the two officials, not the group named before: the officials, described, blame
        List<Fact.Attribution> a = attributions("The Azure Hand denied the report. Two officials said they believed the attack had been carried "
                + "out by smugglers working for a foreign cartel.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("officials", a.getFirst().attributor().text(), a.toString());
        // A passive attribution without an agent is one by no one.
        List<Fact.Attribution> passive = attributions("The bombing in Lira has been blamed on smugglers working for a foreign cartel.");
        assertEquals(1, passive.size(), passive.toString());
        assertEquals(null, passive.getFirst().attributor());
    }

    @Test
    void aServiceSaidToBeBehindTheAttackIsAHedgedAttributionByWhoeverSaysSo() {
        List<Fact.Attribution> a = attributions("Dravian officials on Monday suggested that a foreign intelligence service may have been behind "
                + "the sabotage of the pipeline.");
        assertEquals(1, a.size(), a.toString());
        assertTrue(List.of("attribution.behind-event", "attribution.from-statement").contains(a.getFirst().evidence().rule()), a.toString());
        assertEquals("foreign intelligence service", a.getFirst().party().text());
        assertEquals(Fact.Certainty.HEDGED, a.getFirst().certainty());
        assertTrue(a.getFirst().attributor() != null && a.getFirst().attributor().text().contains("officials"), a.toString());
        // a group saying it was behind an attack claims it, and blames no one
        assertTrue(attributions("The Dawn Riders said they were behind the attack on the depot in Lira.").isEmpty());
    }

    @Test
    void aCommuniqueReadOnAnOutletIsReportedByIt() {
        List<Fact> f = facts("The army said in a communique read on state television Radio Kalvex that four soldiers had been killed.");
        assertEquals(List.of("Radio Kalvex"), reporters(f), f.toString());
    }

    @Test
    void theResearchersAreTheFirmTheyWereFirstTiedToAndTheUnitIsTheNameItIsKnownBy() {
        List<Fact.Attribution> a = attributions("Researchers with the cybersecurity company Kestrel Security said on Friday that hackers "
                + "had deployed a new wiper against a power utility in Estonia. The researchers attributed the attack to a hacking "
                + "group known as Copper Heron, which they have tracked since 2021.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Kestrel Security", a.getFirst().attributor().text());
        assertEquals("Copper Heron", a.getFirst().party().text());
    }

    @Test
    void unsourcedBlameInIdiomsAndConjoinedClausesHasNoAttributor() {
        for (String text : List.of(
                "Another blast on Thursday killed three children and was also blamed on the Kora Liberation Army.",
                "A bus hit a roadside bomb near Lira on Monday. No group has claimed responsibility for the attack, but suspicion has "
                        + "fallen on the Kora Liberation Army.",
                "A bomb exploded at the airport in Lira on Monday. But all fingers were pointed at the Kora Liberation Army, which had "
                        + "earlier disowned the blast.",
                "A bomb killed five people in Lira on Friday. No one immediately claimed the attack, but it bore the hallmarks of the "
                        + "Kora Liberation Army.")) {
            Fact.Attribution a = theOnly(Fact.Attribution.class, text);
            assertEquals(null, a.attributor(), text);
            assertEquals("Kora Liberation Army", a.party().text(), text);
        }
    }

    @Test
    void whatAGroupUsuallyDoesBlamesItForNothing() {
        assertTrue(attributions("A bomb killed five people in Lira on Friday. No group claimed responsibility for the attack, but such "
                + "strikes are usually carried out by the Kora Liberation Army.").isEmpty());
        assertTrue(attributions("A bomb killed five people in Lira on Friday. Police said the Kora Liberation Army frequently attacks "
                + "markets in the north.").isEmpty());
    }

    @Test
    void militantsFromAGroupWhoKillSoldiersPutTheBlameOnTheGroup() {
        List<Fact.Attribution> a = attributions("Officials said militants from the Kora Liberation Army killed ten soldiers in the attack near Korva.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Officials", a.getFirst().attributor().text());
        assertEquals("Kora Liberation Army", a.getFirst().party().text());
        // where fighters come from is not whose they are
        assertTrue(attributions("Officials said fighters from Moravia killed ten soldiers in the attack near Korva.").isEmpty());
    }

    @Test
    void hackersBackedByAStatePutTheBlameOnTheState() {
        List<Fact.Attribution> a = attributions("Skilled hackers, apparently backed by the Moravian government, may have been stealing data "
                + "from three banks since 2019, Microsoft said on Tuesday in a report.\nThe intrusions went unnoticed for years, the report said.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Microsoft", a.getFirst().attributor().text());
        assertEquals("Moravian government", a.getFirst().party().text());
    }

    @Test
    void aGroupTheSourceCallsByANameIsThatName() {
        for (String text : List.of(
                "The attack on the oil company caused damage. Microsoft attributed the attack to a group it calls Holmium.",
                "The attack on the oil company caused damage. Microsoft attributed the attack to a group that researchers track as Copper Heron.")) {
            Fact.Attribution a = theOnly(Fact.Attribution.class, text);
            assertEquals("Microsoft", a.attributor().text());
            assertTrue(List.of("Holmium", "Copper Heron").contains(a.party().text()), a.toString());
        }
    }

    @Test
    void anEventNamedAsAGroupsPutsTheBlameOnTheGroupButAPlaceOnlySaysWhere() {
        Fact.Attribution a = theOnly(Fact.Attribution.class,
                "A car bomb killed five people in Korva on Monday. The United Nations mission said the attack bears the hallmarks of a Kora Front operation.");
        assertEquals("Kora Front", a.party().text());
        assertTrue(attributions("A car bomb killed five people in Korva on Monday. Police linked the blast to the Korva attack of 2019.").isEmpty());
    }

    @Test
    void aGroupNameTheParserSplitsFromItsGroupNounIsTheParty() {
        // parsed as "blamed [the ... Army] [rebel group]", a double object "blame" never takes
        Fact.Attribution a = theOnly(Fact.Attribution.class, "Interior Minister Tomas Varga blamed the separatist Kora Liberation Army (KLA) rebel group for the attack.");
        assertEquals("Kora Liberation Army", a.party().text());
    }

    @Test
    void doersTiedToAPartyPutTheBlameOnIt() {
        for (String text : List.of(
                "Microsoft said the cyberattack on the port authority was carried out by hackers tied to the Kora Liberation Front.",
                "Microsoft said in a blog post that hackers who appear to be tied to the Kora Liberation Front carried out the "
                        + "cyberattack on the port authority.")) {
            List<Fact.Attribution> a = attributions(text);
            assertEquals(1, a.size(), text + " " + a);
            assertEquals("Microsoft", a.getFirst().attributor().text());
            assertEquals("Kora Liberation Front", a.getFirst().party().text());
        }
        assertTrue(attributions("Microsoft said the cyberattack on the port authority was carried out by hackers not linked to "
                + "the Kora Liberation Front.").stream().noneMatch(x -> x.party().text().contains("Kora")));
    }

    @Test
    void theResultOrWorkOfAGroupBlamesTheGroupNotTheWordThis() {
        List<Fact.Attribution> a = attributions("A bomb attack on a train in Lira killed seven people on Tuesday. "
                + "Ana Ruiz, an analyst at the Lira Institute, said: \"It is fairly certain this "
                + "is the result of the Kora Liberation Front and other groups.\"");
        assertTrue(a.stream().anyMatch(x -> x.party().text().equals("Kora Liberation Front")), a.toString());
        // an event linked to other events blames none of them
        assertTrue(attributions("Prime Minister Ana Ruiz linked the Lira blast to other recent attacks in the country.").isEmpty());
    }

    @Test
    void aBranchOfAGroupClaimsAsItself() {
        Fact.Claim c = theOnly(Fact.Claim.class, "A Kora Liberation Front affiliate has claimed responsibility for an attack in Lira "
                + "that killed four soldiers.");
        assertEquals("Kora Liberation Front affiliate", c.claimant().text());
    }

    @Test
    void theOutletThatCarriesASourcesOwnPieceRelaysIt() {
        for (String text : List.of(
                "Interior Minister Ana Ruiz wrote in a Wall Street Journal op-ed published Monday night that the Kora Liberation "
                        + "Front was responsible for the attack in Lira.",
                "Interior Minister Ana Ruiz wrote in a column for The Lira Times that the Kora Liberation Front was responsible "
                        + "for the attack in Lira.")) {
            List<Fact> f = facts(text);
            assertEquals(1, reporters(f).size(), f.toString());
        }
    }

    @Test
    void aStatementIssuedToAnOutletIsRelayedByIt() {
        List<Fact> f = facts("The Kora Liberation Front claimed the attack on the depot in Lira. The statement was issued to the "
                + "Lira News Agency, a website that has received statements from militants before.");
        assertTrue(reporters(f).contains("Lira News Agency"), f.toString());
    }

    @Test
    void quotationsSignedOffByADashAndTranscriptSpeakersAreStatements() {
        List<Fact> f = facts("Voters in Lira said what they think of the campaign.\n\n"
                + "\u201cThe mayor must stop treating the market traders as if they were criminals in this city.\u201d\u2015 Carla Sanchez\n\n"
                + "WALLACE: Let us start with the breaking news on the debate story tonight, Governor.\n\n"
                + "Photo: Lira Times\n\n"
                + "The debate was moderated by Chris Wallace of the Lira Times.");
        List<Fact.Statement> statements = of(f, Fact.Statement.class);
        assertTrue(statements.stream().anyMatch(x -> x.source() != null && x.source().text().equals("Carla Sanchez")
                && x.content().text().startsWith("The mayor must stop")), statements.toString());
        assertTrue(statements.stream().anyMatch(x -> x.source() != null && x.source().text().equals("WALLACE")
                && x.content().text().startsWith("Let us start")), statements.toString());
        assertTrue(statements.stream().noneMatch(x -> x.cue().text().equals(":") && x.content().text().contains("Lira Times")),
                statements.toString());
    }

    @Test
    void addingThatAfterAQuotationSaysTheClauseForTheSpeakerOutsideTheQuotation() {
        for (String text : List.of(
                "\"We do not see a link to terrorism,\" the mayor said, adding that it would take more hours before details emerge.",
                "In a statement, Kestrel said: \"Lira Coal was highly successful when it became an independent company nearly a "
                        + "decade ago,\" adding that its market value quadrupled in less than a year.")) {
            var found = new org.claimtrace.extract.attribution.AttributionFinder(org.claimtrace.extract.attribution.AttributionModels.load())
                    .find(Pipelines.nlp().annotate(READER.fromText("t.txt", text)));
            var adding = found.stream().filter(a -> a.cue().text().equals("adding")).findFirst()
                    .orElseThrow(() -> new AssertionError(found.toString()));
            assertTrue(adding.content().text().startsWith("that it would take") || adding.content().text().startsWith("that its market"),
                    adding.toString());
            assertTrue(adding.source().text().equals("the mayor") || adding.source().text().equals("Kestrel"), adding.toString());
        }
    }

    @Test
    void anInstitutionNamedByWhatItIsBlamesForItself() {
        // "No group claimed ..., but": the blame that follows the "no" is stated all the same
        Fact.Attribution a = theOnly(Fact.Attribution.class, "Bomb kills four in Garissa\n"
                + "A roadside bomb killed four soldiers near Garissa on Monday.\n"
                + "There was no immediate claim of responsibility, but the Kenyan defence ministry blamed the attack on al Shabaab fighters.");
        assertEquals("Kenyan defence ministry", a.attributor().text(), a.toString());
        assertTrue(a.party().text().contains("al Shabaab"), a.toString());
    }

    @Test
    void suspectingTheInvolvementOfANamedGroupIsHedgedBlame() {
        // the name stands in apposition after a comma; "police", unnamed, is who suspects
        Fact.Attribution a = theOnly(Fact.Attribution.class, "Pipeline blast in Balochistan\n"
                + "A bomb damaged a gas pipeline in Dera Bugti on Saturday.\n"
                + "No group has said it carried out the attack, but police suspect the involvement of the outlawed separatist organisation, "
                + "the Baloch Liberation Army (BLA).");
        assertEquals("police", a.attributor().text(), a.toString());
        assertEquals("Baloch Liberation Army", a.party().text(), a.toString());
        assertEquals(Fact.Certainty.HEDGED, a.certainty(), a.toString());
    }

    @Test
    void rulesNameNoEntityOfTheSeeds() throws Exception {
        String rules = new String(RulesTest.class.getResourceAsStream("/org/claimtrace/extract/rules.tsv").readAllBytes());
        String lexicons = new String(RulesTest.class.getResourceAsStream("/org/claimtrace/extract/lexicons.txt").readAllBytes());
        for (String name : List.of("Putin", "Azaim", "Crocus", "ISKP", "Khorasan", "Newsweek", "TASS", "Amaq")) {
            assertTrue(!rules.contains(name), name);
            assertTrue(!lexicons.toLowerCase(java.util.Locale.ROOT).contains(name.toLowerCase(java.util.Locale.ROOT)), name);
        }
        assertTrue(rules.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).count() >= 30,
                rules.lines().collect(Collectors.joining("\n")).length() + " chars");
    }
}
