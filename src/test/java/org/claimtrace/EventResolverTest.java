package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.claimtrace.resolve.EventResolver;
import org.claimtrace.resolve.EventResolver.CanonicalEvent;
import org.claimtrace.resolve.EventResolver.LocalEvent;
import org.junit.jupiter.api.Test;

/** Events across articles, on hand-built events: when they meet, when they stay apart, and why. */
class EventResolverTest {
    private static final String A = "https://claimtrace.org/id/article/";
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    private static LocalEvent event(String article, String kind, String place, LocalDate date, Set<String> parties,
                                    Set<String> context, Set<String> story) {
        String id = (article + "0000000000000000").substring(0, 16);
        return new LocalEvent(A + id, "https://claimtrace.org/id/event/" + kind + "-" + id.substring(0, 12), kind, place,
                place == null ? null : "Kiri", date, parties, context, story);
    }

    @Test
    void aStorysEditionsAreOneEventWithoutPlaceOrParties() {
        List<LocalEvent> events = new ArrayList<>();
        for (String a : List.of("aa", "bb", "cc")) {
            events.add(event(a, "bombing", null, DAY, Set.of(), Set.of(), Set.of("kaduna", "sunday bulus", "nigeria")));
        }
        List<CanonicalEvent> out = new EventResolver().resolve(events);
        assertEquals(1, out.size(), out.toString());
        assertTrue(out.getFirst().reasons().get(1).startsWith("same kind and story"), out.getFirst().reasons().toString());
        Collections.reverse(events);
        assertEquals(out.getFirst().slug(), new EventResolver().resolve(events).getFirst().slug(), "order does not matter");
    }

    @Test
    void differentPlacesDifferentKindsAndDistantDatesStayApart() {
        Set<String> story = Set.of("islamic state", "iraq", "amaq");
        List<CanonicalEvent> out = new EventResolver().resolve(List.of(
                event("aa", "attack", "https://x/entity/kiri", DAY, Set.of("https://x/entity/is"), Set.of(), story),
                event("bb", "attack", "https://x/entity/ryom", DAY, Set.of("https://x/entity/is"), Set.of(), story),
                event("cc", "raid", "https://x/entity/kiri", DAY, Set.of(), Set.of(), story),
                event("dd", "attack", "https://x/entity/kiri", DAY.plusDays(90), Set.of(), Set.of(), story)));
        assertEquals(4, out.size(), out.toString());
    }

    @Test
    void aPartyInCommonWithSharedContextJoinsAnUnplacedReportToThePlacedOne() {
        List<CanonicalEvent> out = new EventResolver().resolve(List.of(
                event("aa", "attack", "https://x/entity/kiri", DAY, Set.of("https://x/entity/jem"), Set.of("pulwama", "crpf"), Set.of()),
                event("bb", "attack", null, DAY.plusDays(1), Set.of("https://x/entity/jem"), Set.of("crpf", "srinagar"), Set.of())));
        assertEquals(1, out.size(), out.toString());
        assertTrue(out.getFirst().reasons().get(1).contains("a party in common"), out.getFirst().reasons().toString());
    }

    @Test
    void twoEventsOneArticleKeepsApartStayApart() {
        Set<String> story = Set.of("sirga", "burkina faso", "jnim");
        List<CanonicalEvent> out = new EventResolver().resolve(List.of(
                event("aa", "raid", null, DAY, Set.of(), Set.of(), story),
                event("aa", "raid", "https://x/entity/sirga", DAY, Set.of(), Set.of(), story)));
        assertEquals(2, out.size(), out.toString());
    }
}
