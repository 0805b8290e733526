package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimtrace.annotate.AnnotatedArticle;
import org.claimtrace.annotate.DescribedParty;
import org.claimtrace.annotate.EntityType;
import org.claimtrace.annotate.KnownNames;
import org.claimtrace.annotate.Mention;
import org.claimtrace.ingest.Pipelines;
import org.claimtrace.resolve.Gazetteer;
import org.claimtrace.resolve.NameKeys;
import org.claimtrace.source.ArticleReader;
import org.claimtrace.util.Resources;
import org.junit.jupiter.api.Test;

/**
 * The curated gazetteer parses and says where each entry comes from, and names are typed from it
 * and from their context on sentences written for this test (real CoreNLP, the shared pipeline).
 */
class NameTypingTest {
    private static final ArticleReader READER = new ArticleReader();

    @Test
    void everyGazetteerFileParsesAndEveryEntryNamesItsSource() {
        for (String f : KnownNames.FILES) {
            List<KnownNames.Entry> entries = KnownNames.parse(Resources.lines(KnownNames.class, "gazetteer/" + f), f);
            assertFalse(entries.isEmpty(), f);
            for (KnownNames.Entry e : entries) assertFalse(e.source().isBlank(), f + ": " + e.name());
            String header = String.join("\n", Resources.lines(KnownNames.class, "gazetteer/" + f).subList(0, 3));
            assertTrue(header.startsWith("#"), f + " opens with where its entries come from");
        }
        assertTrue(KnownNames.shared().isMalware("NotPetya"));
        assertTrue(KnownNames.shared().isPeople("Fulani"));
    }

    @Test
    void aMalformedLineIsAOneLineErrorWithItsPlace() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> KnownNames.parse(List.of("# x", "Foo\tGROUP\t\t\tcommon"), "x.tsv"));
        assertEquals("x.tsv:2: type must be one of [PERSON, ORGANIZATION, PLACE, MEDIA_OUTLET], not 'GROUP'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> KnownNames.parse(List.of("Foo\tPLACE"), "y.tsv"));
        assertTrue(e.getMessage().startsWith("y.tsv:1: expected name, type, aliases, part of, source"), e.getMessage());
    }

    @Test
    void noNameOfOneListStandsForTwoThingsOfDifferentKinds() {
        Map<String, KnownNames.Entry> seen = new HashMap<>();
        for (KnownNames.Entry e : KnownNames.shared().entries()) {
            List<String> names = new java.util.ArrayList<>(e.aliases());
            names.add(e.name());
            for (String n : names) {
                KnownNames.Entry other = seen.putIfAbsent(NameKeys.key(n), e);
                assertTrue(other == null || other == e || other.type() == e.type() || other.file().equals("outlets.tsv")
                                || e.file().equals("outlets.tsv"),
                        n + " is both " + other + " and " + e);
            }
        }
    }

    @Test
    void threatActorsLinkToTheirAttackPagesAndCountriesToVerifiedIds() {
        Gazetteer g = Gazetteer.load(List.of());
        Gazetteer.Concept sandworm = g.byKey(NameKeys.key("Voodoo Bear"));
        assertNotNull(sandworm);
        assertEquals("Sandworm Team", sandworm.label());
        assertTrue(sandworm.sameAs().contains("https://attack.mitre.org/groups/G0034/"), sandworm.toString());
        Gazetteer.Concept afghanistan = g.byKey("afghanistan");
        assertTrue(afghanistan.sameAs().contains("http://www.wikidata.org/entity/Q889"), afghanistan.toString());
        Gazetteer.Concept iskp = g.byKey(NameKeys.key("ISIS-K"));
        Gazetteer.Concept is = g.byKey(NameKeys.key("Daesh"));
        assertTrue(iskp.branchOf().contains(is.iri()), iskp + " is a branch of " + is);
    }

    @Test
    void namesAreTypedFromTheGazetteerAndFromTheirContext() {
        AnnotatedArticle a = Pipelines.nlp().annotate(READER.fromText("t.txt",
                "Officials said the militant group Harkat al-Zubair carried out the raid on the Kiri village near Gamboru, "
                        + "a remote town in the north. Jaish-e-Mohammed claimed the attack, Xinhua news agency reported. "
                        + "Researchers linked the NotPetya malware to Sandworm, which also used the Olympic Destroyer wiper."));
        assertEquals(Optional.of(EntityType.ORGANIZATION), type(a, "Harkat al-Zubair"), a.mentions().toString());
        assertEquals(Optional.of(EntityType.PLACE), type(a, "Kiri"), a.mentions().toString());
        assertEquals(Optional.of(EntityType.PLACE), type(a, "Gamboru"), a.mentions().toString());
        assertEquals(Optional.of(EntityType.ORGANIZATION), type(a, "Jaish-e-Mohammed"), a.mentions().toString());
        assertEquals(Optional.of(EntityType.MEDIA_OUTLET), type(a, "Xinhua"), a.mentions().toString());
        assertEquals(Optional.of(EntityType.ORGANIZATION), type(a, "Sandworm"), a.mentions().toString());
        assertEquals(Optional.empty(), type(a, "NotPetya"), "malware is no party");
        assertEquals(Optional.empty(), type(a, "Olympic Destroyer"), "malware is no party");
    }

    @Test
    void whoClaimsResponsibilityIsAGroupUnlessARoleWordNamesHimItsSpeaker() {
        AnnotatedArticle a = Pipelines.nlp().annotate(READER.fromText("t.txt",
                "A little-known organisation named 'Katibat Nur al-Din' has claimed responsibility for the blast near the embassy. "
                        + "Police said Katibat Nur al-Din had not been heard of before. "
                        + "In Kabul, Taliban spokesman Zabihullah Mujahid claimed responsibility for a second attack."));
        assertEquals(Optional.of(EntityType.ORGANIZATION), type(a, "Katibat Nur al-Din"), a.mentions().toString());
        assertEquals(Optional.of(EntityType.PERSON), type(a, "Zabihullah Mujahid"), a.mentions().toString());
    }

    @Test
    void aCoinedListedNameIsANameEvenWhereTheTaggerCallsItACommonNoun() {
        AnnotatedArticle a = Pipelines.nlp().annotate(READER.fromText("t.txt",
                "According to a report issued by a security firm on Tuesday, a group known as APT19 with links to the state has kept busy."));
        assertEquals(Optional.of(EntityType.ORGANIZATION), type(a, "APT19"), a.mentions().toString());
    }

    @Test
    void aFirmWhoseReportIsCitedIsNoOutlet() {
        AnnotatedArticle a = Pipelines.nlp().annotate(READER.fromText("t.txt",
                "Hackers have spied on governments in the region for a decade, researchers from internet security company FireEye said. "
                        + "According to FireEye's new threat report, the group stole documents from ministries."));
        assertEquals(Optional.of(EntityType.ORGANIZATION), type(a, "FireEye"), a.mentions().toString());
    }

    @Test
    void anOutletsNationalEditionIsPartOfItsName() {
        AnnotatedArticle a = Pipelines.nlp().annotate(READER.fromText("t.txt",
                "The governor told CNN Indonesia that the blast was an attack. The police chief told BBC Urdu the same on Monday. "
                        + "A minister told CNN Tuesday that the border was closed."));
        assertEquals(Optional.of(EntityType.MEDIA_OUTLET), type(a, "CNN Indonesia"), a.mentions().toString());
        assertEquals(Optional.of(EntityType.MEDIA_OUTLET), type(a, "BBC Urdu"), a.mentions().toString());
        assertEquals(Optional.of(EntityType.MEDIA_OUTLET), type(a, "CNN"), a.mentions().toString());
    }

    @Test
    void aTitleBeforeASourcesNameIsNoOutlet() {
        AnnotatedArticle a = Pipelines.nlp().annotate(READER.fromText("t.txt",
                "A guard was killed when gunmen attacked the village of Camlica with rifles, according to Gov. Abdullah Erin."));
        assertTrue(a.mentions().stream().noneMatch(m -> m.type() == EntityType.MEDIA_OUTLET), a.mentions().toString());
    }

    @Test
    void namesNerMissesAreGroupsWhereTheTextSaysSo() {
        AnnotatedArticle a = Pipelines.nlp().annotate(READER.fromText("t.txt",
                "Hackers from the so-called \"Grey Heron\" group claimed the attack. "
                        + "The Lagos-linked group Silver Kestrel denied it. "
                        + "A second cyber group, known as Iron Av3ngers, took control of the stations. "
                        + "The Islamist group did not comment."));
        assertEquals(Optional.of(EntityType.ORGANIZATION), type(a, "Grey Heron"), a.mentions().toString());
        assertEquals(Optional.of(EntityType.ORGANIZATION), type(a, "Silver Kestrel"), a.mentions().toString());
        assertEquals(Optional.of(EntityType.ORGANIZATION), type(a, "Iron Av3ngers"), a.mentions().toString());
        assertEquals(Optional.empty(), type(a, "Islamist"), "a word of belief is no group name");
        assertTrue(a.mentions().stream().noneMatch(m -> m.text().startsWith("Lagos-linked")), a.mentions().toString());
    }

    @Test
    void spansAreMendedWhereARuleCanSeeThem() {
        AnnotatedArticle a = Pipelines.nlp().annotate(READER.fromText("t.txt",
                "The blast hit Anbar province, police chief K P Raghuvanshi said. "
                        + "The Baloch Liberation Army's Majeed Brigade said it attacked the Nevatim air base."));
        assertEquals(Optional.of(EntityType.PLACE), type(a, "Anbar"), a.mentions().toString());
        assertEquals(Optional.of(EntityType.PERSON), type(a, "K P Raghuvanshi"), a.mentions().toString());
        assertEquals(Optional.of(EntityType.ORGANIZATION), type(a, "Baloch Liberation Army"), a.mentions().toString());
        assertEquals(Optional.of(EntityType.ORGANIZATION), type(a, "Majeed Brigade"), a.mentions().toString());
        assertEquals(Optional.of(EntityType.PLACE), type(a, "Nevatim air base"), a.mentions().toString());
    }

    @Test
    void describedPartiesAreToldFromNames() {
        assertTrue(DescribedParty.is("Indian officials", "argument-phrase"));
        assertTrue(DescribedParty.is("security sources", "argument-phrase"));
        assertTrue(DescribedParty.is("Kenyan media", "outlet-context:collective"));
        assertTrue(DescribedParty.is("the Army", "ner"));
        assertTrue(DescribedParty.is("interior ministry", "ner"));
        assertFalse(DescribedParty.is("Hunt", "argument-phrase"));
        assertFalse(DescribedParty.is("Interior Ministry", "ner"));
        assertFalse(DescribedParty.is("Islamic State", "gazetteer:armed-groups.tsv"));
    }

    private static Optional<EntityType> type(AnnotatedArticle a, String text) {
        return a.mentions().stream().filter(m -> m.text().equals(text)).map(Mention::type).findFirst();
    }
}
