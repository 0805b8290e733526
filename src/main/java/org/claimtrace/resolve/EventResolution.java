package org.claimtrace.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical events of one resolution and, per article, which one each of its event IRIs is.
 *
 * @param events    every canonical event
 * @param byArticle per article, its current event IRI to the canonical event
 */
record EventResolution(List<EventResolver.CanonicalEvent> events, Map<String, Map<String, EventResolver.CanonicalEvent>> byArticle) {

    static EventResolution of(List<EventResolver.CanonicalEvent> events) {
        Map<String, Map<String, EventResolver.CanonicalEvent>> byArticle = new HashMap<>();
        for (EventResolver.CanonicalEvent ev : events) {
            for (EventResolver.LocalEvent le : ev.members()) {
                byArticle.computeIfAbsent(le.article(), a -> new HashMap<>()).put(le.currentIri(), ev);
            }
        }
        return new EventResolution(events, byArticle);
    }

    /** The article's event IRIs to their canonical events. */
    Map<String, EventResolver.CanonicalEvent> inArticle(String article) {
        return byArticle.getOrDefault(article, Map.of());
    }
}
