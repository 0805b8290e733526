package org.claimtrace.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * The names people know their articles by: the source file name ({@code dct:source}, as the user
 * gave it to ingest), else the headline, else the start of the article id. Looked up for the
 * articles a result names only, a few hundred per query ({@code VALUES} first, so each is one
 * index lookup in its own graph).
 */
public final class ArticleNames {
    private static final int PER_QUERY = 500;
    private static final String QUERY = """
            PREFIX dct:    <http://purl.org/dc/terms/>
            PREFIX schema: <https://schema.org/>
            SELECT ?article ?file ?headline WHERE {
              VALUES ?article { %s }
              GRAPH ?article {
                OPTIONAL { ?article dct:source ?file }
                OPTIONAL { ?article schema:headline ?headline }
              }
            }
            """;

    private ArticleNames() {}

    public static Map<String, String> of(QueryRunner runner, Collection<String> articles) {
        Map<String, String> names = new HashMap<>();
        List<String> all = new ArrayList<>(articles);
        for (int from = 0; from < all.size(); from += PER_QUERY) {
            StringBuilder values = new StringBuilder();
            for (String a : all.subList(from, Math.min(all.size(), from + PER_QUERY))) {
                values.append(NodeFmtLib.strNT(NodeFactory.createURI(a))).append(' ');
            }
            for (QuerySolution s : runner.select(QUERY.formatted(values), Map.of())) {
                String name = s.contains("file") ? s.getLiteral("file").getString()
                        : s.contains("headline") ? s.getLiteral("headline").getString() : null;
                if (name != null) names.merge(s.getResource("article").getURI(), name, (x, y) -> x.compareTo(y) <= 0 ? x : y);
            }
        }
        for (String a : all) names.computeIfAbsent(a, ArticleNames::shortId);
        return names;
    }

    private static String shortId(String article) {
        String id = article.substring(article.lastIndexOf('/') + 1);
        return id.length() > 12 ? id.substring(0, 12) + "…" : id;
    }
}
