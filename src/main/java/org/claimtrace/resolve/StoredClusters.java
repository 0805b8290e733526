package org.claimtrace.resolve;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QuerySolution;
import org.claimtrace.annotate.DescribedParty;
import org.claimtrace.annotate.EntityType;

/**
 * Each article's own entities as the store holds them, read back from their mentions (which keep
 * the article resolver's ct:localKey): what cross-article resolution starts from.
 */
final class StoredClusters {
    private StoredClusters() {}

    /** The clusters of the rows of {@link ResolutionQuery#MENTIONS}, in id order. */
    static List<LocalCluster> of(List<QuerySolution> mentionRows) {
        record Acc(String cur, Map<String, Integer> surfaces, Map<EntityType, Integer> types, Map<EntityType, Integer> phraseTypes,
                   boolean[] outlet, boolean[] named) {}
        Map<String, Acc> acc = new TreeMap<>();
        Map<String, String[]> keyOf = new HashMap<>();
        for (QuerySolution s : mentionRows) {
            String g = s.getResource("g").getURI();
            String lk = s.getLiteral("lk").getString();
            String id = g + "#" + lk;
            Acc a = acc.computeIfAbsent(id, k -> new Acc(s.getResource("cur").getURI(), new TreeMap<>(),
                    new EnumMap<>(EntityType.class), new EnumMap<>(EntityType.class), new boolean[1], new boolean[1]));
            keyOf.put(id, new String[] {g, lk});
            a.surfaces().merge(s.getLiteral("text").getString(), 1, Integer::sum);
            String by = s.getLiteral("by").getString();
            // The rules' phrases are typed by their role, not their name: they vote only when nothing else does.
            EntityType lt = EntityType.valueOf(s.getLiteral("lt").getString());
            if (by.startsWith("argument-phrase")) a.phraseTypes().merge(lt, 1, Integer::sum);
            else a.types().merge(lt, 1, Integer::sum);
            if (by.startsWith("outlet-")) a.outlet()[0] = true;
            if (!DescribedParty.is(s.getLiteral("text").getString(), by)) a.named()[0] = true;
        }
        List<LocalCluster> out = new ArrayList<>();
        acc.forEach((id, a) -> out.add(new LocalCluster(keyOf.get(id)[0], keyOf.get(id)[1], a.cur(), a.surfaces(),
                a.types().isEmpty() ? a.phraseTypes() : a.types(), a.outlet()[0], !a.named()[0])));
        return out;
    }
}
