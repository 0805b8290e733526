package org.claimtrace.resolve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.claimtrace.map.CT;
import org.claimtrace.map.Iris;
import org.claimtrace.map.Vocab.Dct;
import org.claimtrace.source.ArticleIds;
import org.claimtrace.store.ArticleStore;

/**
 * The user gazetteers a store keeps: each file given with {@code --gazetteer} is stored whole, as
 * Turtle text under its file name, in a graph of its own (BASE/graph/gazetteer), so that every
 * later resolution uses it, whoever runs it and without the file, until it is forgotten. Stored as
 * text, its concepts and labels stay out of the queries that read every graph; what it says
 * reaches the graph through resolution (owl:sameAs, ct:branchOf in the resolution graph).
 */
public final class UserGazetteers {
    private UserGazetteers() {}

    public static String graph(Iris iris) {
        return iris.base() + "graph/gazetteer";
    }

    /** Stores each file (replacing one stored under the same file name). */
    public static void keep(ArticleStore store, Iris iris, List<Path> files) {
        if (files.isEmpty()) return;
        Model m = store.graph(graph(iris));
        for (Path p : files) {
            String name = p.getFileName().toString();
            String text;
            try {
                text = Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read gazetteer " + p + " (" + e.getMessage() + ")");
            }
            Resource node = m.createResource(node(iris, name));
            m.removeAll(node, null, null);
            node.addProperty(RDF.type, CT.UserGazetteer).addProperty(Dct.source, name).addProperty(CT.turtle, text);
        }
        store.put(graph(iris), m);
    }

    /** Forgets the gazetteers stored under these file names ("all": every one); the names it forgot. */
    public static List<String> forget(ArticleStore store, Iris iris, List<String> names) {
        Model m = store.graph(graph(iris));
        List<String> gone = new ArrayList<>();
        for (var e : stored(m).entrySet()) {
            if (names.contains("all") || names.contains(e.getKey())) {
                m.removeAll(m.createResource(node(iris, e.getKey())), null, null);
                gone.add(e.getKey());
            }
        }
        if (gone.isEmpty()) {
            throw new IllegalArgumentException("no stored gazetteer named " + names + "; stored: " + stored(m).keySet());
        }
        store.put(graph(iris), m);
        return gone;
    }

    /** The stored gazetteers' Turtle texts, by file name. */
    public static TreeMap<String, String> read(ArticleStore store, Iris iris) {
        return stored(store.graph(graph(iris)));
    }

    private static TreeMap<String, String> stored(Model m) {
        TreeMap<String, String> out = new TreeMap<>();
        for (Resource r : m.listSubjectsWithProperty(RDF.type, CT.UserGazetteer).toList()) {
            Statement name = r.getProperty(Dct.source);
            Statement text = r.getProperty(CT.turtle);
            if (name != null && text != null) out.put(name.getString(), text.getString());
        }
        return out;
    }

    private static String node(Iris iris, String name) {
        return iris.base() + "gazetteer/" + ArticleIds.sha256(name).substring(0, 16);
    }
}
