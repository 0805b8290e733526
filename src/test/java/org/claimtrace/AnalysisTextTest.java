package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimtrace.annotate.AnalysisText;
import org.claimtrace.source.Article;
import org.junit.jupiter.api.Test;

/** The text CoreNLP reads: a dateline ends its own line, wherever the page repeats it, and nothing else does. */
class AnalysisTextTest {

    private static String analysed(String text) {
        return AnalysisText.of(new Article("a", "a.txt", text, null, List.of())).text();
    }

    @Test
    void everyDatelineOfTheOpeningEndsItsLine() {
        String text = "Iran blames Israel for drone attack\n\n"
                + "DUBAI, United Arab Emirates (AP) \u2014 Iran blamed Israel on Thursday for a drone attack\u2026\n\n"
                + "DUBAI, United Arab Emirates (AP) \u2014 Iran blamed Israel on Thursday for a drone attack on a workshop.";
        String analysed = analysed(text);
        assertEquals(text.length(), analysed.length());
        assertEquals(2, analysed.split("\\(AP\\) \n", -1).length - 1, analysed);
    }

    @Test
    void datelinesWithoutAnAgencyOrWithADateEndTheirLine() {
        assertEquals("KABUL \n- Seven Afghan army soldiers were killed.", analysed("KABUL -- Seven Afghan army soldiers were killed."));
        assertEquals("BERLIN \n Germany on Friday blamed Russia.", analysed("BERLIN - Germany on Friday blamed Russia."));
        assertEquals("MUMBAI, Sept 30\n A bomb blast killed seven people.", analysed("MUMBAI, Sept 30: A bomb blast killed seven people."));
        assertEquals("SANAA, March 15, 2011\n Tribesmen blocked the repairs.", analysed("SANAA, March 15, 2011- Tribesmen blocked the repairs."));
        assertEquals("Tokyo, April 18 (Jiji Press)\n-Japanese minister Akazawa returned.",
                analysed("Tokyo, April 18 (Jiji Press)--Japanese minister Akazawa returned."));
        assertEquals("Sanaa, April 7 (Velka Press)\nYemen's Houthi forces claimed the attack.",
                analysed("Sanaa, April 7 (Velka Press) Yemen's Houthi forces claimed the attack."));
        assertEquals("Seoul, Apr 18 (EFE).\n The group tried to hack the banks.", analysed("Seoul, Apr 18 (EFE).- The group tried to hack the banks."));
    }

    @Test
    void aPartyNamedWithItsAcronymOrAHyphenIsNoDateline() {
        String front = "Fighters of the Front (FLN) - a separatist group - attacked the post.";
        assertEquals(front, analysed(front));
        String branch = "ISIS-K claimed the attack in a statement.";
        assertEquals(branch, analysed(branch));
    }
}
