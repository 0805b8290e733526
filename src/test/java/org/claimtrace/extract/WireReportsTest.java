package org.claimtrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Datelines and credit lines as wires write them (texts written for the test), read without CoreNLP. */
class WireReportsTest {
    private static final String STORY = "Defence Minister Oskar Brandt said on Monday that the patrol had been ambushed near the border.";

    private static List<String> wires(String text) {
        return WireReports.find(text).stream().map(WireReports.Wire::name).toList();
    }

    @Test
    void datelinesWithADateOrAStopBeforeTheDash() {
        assertEquals(List.of("IANS"), wires("Velka, July 11 (IANS) " + STORY));
        assertEquals(List.of("EFE"), wires("Velka, Apr 18 (EFE).- " + STORY));
        assertEquals(List.of("Reuters"), wires("VELKA, Dravia, May 2 (Reuters) - " + STORY));
    }

    @Test
    void creditsThatCloseTheText() {
        assertEquals(List.of("dpa"), wires(STORY + " The army did not comment. (dpa)"));
        assertEquals(List.of("Sapa", "AP"), wires(STORY + " The army did not comment. \u2013 Sapa-AP"));
        assertEquals(List.of("Reuters"), wires(STORY + "\n\n(source: Reuters)\n"));
        assertEquals(List.of("AFP", "Dravia Press"), wires(STORY + "\n\nSources: AFP, Dravia Press\n"));
        // names closing the text are credits only when they are an outlet's, which find() leaves to its caller
        assertEquals(List.of("Reuters", "AFP"), wires(STORY + "\n\nReuters/AFP\n"));
        assertEquals(List.of("Dravia Times"), wires(STORY + " The army did not comment.(Dravia Times)"));
        assertEquals(List.of(), wires(STORY + " The army did not comment (sic)"));
        // one agency whose name holds a hyphen stays one
        assertEquals(List.of("ABC-XYZ"), wires(STORY + "\n\nSource: ABC-XYZ\n"));
    }

    private static List<Boolean> needsOutletCheck(String text) {
        return WireReports.find(text).stream().map(WireReports.Wire::byline).toList();
    }

    @Test
    void bylinesAndMastheadsAtTheTop() {
        // "the" and a date after the name: an outlet's byline, trusted without the outlet check
        assertEquals(List.of("Dravia Chronicle"), wires("Patrol ambushed\n\nBy The Dravia Chronicle 1 October 2021\n\n" + STORY));
        assertEquals(List.of(false), needsOutletCheck("Patrol ambushed\n\nBy The Dravia Chronicle 1 October 2021\n\n" + STORY));
        // a writer's byline is found, but only an outlet's name will pass the check
        assertEquals(List.of(true), needsOutletCheck("Patrol ambushed\n\nBy Anna Kowal\n\n" + STORY));
        assertEquals(List.of("Velka Times"), wires("- The Velka Times - Wednesday, November 15, 2017\n\n" + STORY));
        assertEquals(List.of("Dravia Press"), wires("\u2022 Dravia Press\n\n" + STORY));
        assertEquals(List.of("Velka Post"), wires("Patrol ambushed\n\nThe Velka Post :\n" + STORY));
        // a sentence is no masthead, nor a dateline's place alone on its line
        assertEquals(List.of(), wires("Pipeline blown up\n\nVELKA:\n" + STORY));
        assertEquals(List.of(), wires("- Police said the patrol had been ambushed.\n\n" + STORY));
    }

    @Test
    void aNameAloneOnALineOfTheHeadIsAMastheadForTheOutletCheck() {
        assertEquals(List.of("DRAVIA PRESS"), wires("Patrol ambushed near border\n\n3/2/2014\nDRAVIA PRESS\n" + STORY));
        assertEquals(List.of("DPA"), wires("Patrol ambushed near border\nDPA |\n\n" + STORY));
        assertEquals(List.of("Velka News"), wires("Patrol ambushed near border\nVelka News, March 15, 2016 Adjust font size:\n" + STORY));
        assertEquals(List.of("masthead"), WireReports.find("Patrol ambushed\nDPA\n" + STORY).stream().map(WireReports.Wire::how).toList());
        // a dateline's place, a byline and a headline in title case are no mastheads (a title-case name still meets the outlet check)
        assertEquals(List.of(), wires("Patrol ambushed near border\nVELKA:\n" + STORY));
        assertEquals(List.of(), wires("Patrol ambushed near border\nVELKA, Dravia \u2014 " + STORY));
        assertEquals(List.of("Anna Kowal"), wires("Patrol ambushed near border\nBy Anna Kowal\n" + STORY));
        assertEquals(List.of(), wires("Patrol Ambushed Near Border, Police Say\n" + STORY));
        // a site's name above the headline is its masthead, and a name after the body has begun is no credit of the head
        assertEquals(List.of(), wires("Dravia Press\nPatrol ambushed near border\n" + STORY));
        assertEquals(List.of(), wires("Patrol ambushed near border\n" + STORY + "\nDravia Press\n" + STORY));
    }

    @Test
    void aPageTitlesSiteAndALastLineOfBarsAreCredits() {
        assertEquals(List.of("Dravia Guardian"), wires("Patrol ambushed near border, officials say\u2014The Dravia Guardian\n" + STORY));
        assertEquals(List.of("Velka News"), wires("Patrol ambushed near border | Velka News\n\n" + STORY));
        assertEquals(List.of("Dravia Star"), wires(STORY + "\n\nThe Dravia Star | April 1, 2012 | Article Link\n"));
        // a dateline's dash and a sentence on the last line are neither
        assertEquals(List.of(), wires("VELKA, Dravia - " + STORY));
        assertEquals(List.of(), wires(STORY + "\n" + STORY));
    }

    @Test
    void aNameSignedBesideTheAgenciesIsAnOutlets() {
        assertEquals(List.of("Dravia Today"), wires(STORY + "\n\nDravia Today/Agencies\n"));
        assertEquals(List.of(false), needsOutletCheck(STORY + "\n\nDravia Today/Agencies\n"));
        assertEquals(List.of(true), needsOutletCheck(STORY + "\n\nDravia Today\n"));
    }
}
