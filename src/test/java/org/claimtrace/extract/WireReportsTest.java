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
}
