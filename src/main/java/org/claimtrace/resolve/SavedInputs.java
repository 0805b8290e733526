package org.claimtrace.resolve;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.XSD;

/**
 * The rows the last resolution of a local store read ({@link ResolutionRows}) and the resolution
 * graph it wrote, saved in a file in the store's folder, so that the next resolution reads only
 * the graphs changed since and writes only the difference of the resolution graph. The file
 * names a random token, which the transaction that writes the resolution graph also puts in that
 * graph ({@code ct:inputsToken}); rows whose token the store does not hold (a resolution stopped
 * between the two, a writer that cannot name the graphs it changed, a store copied without the
 * file) are not used, nor rows read by other queries ({@link ResolutionQuery#digest()}) or for
 * another resolution graph. A file that cannot be read is treated as absent: the full read is
 * always right.
 */
final class SavedInputs {
    static final String FILE = "claimtrace-resolution-inputs.bin";
    private static final String MAGIC = "claimtrace resolution inputs";
    private static final int FORMAT = 2;
    private static final byte IRI = 1;
    private static final byte STRING = 2;
    private static final byte LANG = 3;
    private static final byte TYPED = 4;

    private final Path file;
    private final String resolutionGraph;

    SavedInputs(Path storeDir, String resolutionGraph) {
        this.file = storeDir.resolve(FILE);
        this.resolutionGraph = resolutionGraph;
    }

    /** The rows a resolution read and the resolution graph it wrote. */
    record Saved(ResolutionRows rows, Set<Triple> resolution) {}

    /** The saved rows and resolution graph when they carry {@code token} (the store's), else null. */
    Saved load(String token) {
        if (token == null || !Files.isRegularFile(file)) return null;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!readString(in).equals(MAGIC) || in.readInt() != FORMAT || !readString(in).equals(ResolutionQuery.digest())
                    || !readString(in).equals(resolutionGraph) || !readString(in).equals(token)) {
                return null;
            }
            Node[] nodes = new Node[in.readInt()];
            for (int i = 0; i < nodes.length; i++) nodes[i] = readNode(in);
            ResolutionQuery[] queries = ResolutionQuery.values();
            ResolutionRows rows = new ResolutionRows();
            int graphs = in.readInt();
            for (int gi = 0; gi < graphs; gi++) {
                String graph = nodes[in.readInt()].getURI();
                int queryCount = in.readInt();
                for (int qi = 0; qi < queryCount; qi++) {
                    ResolutionQuery query = queries[in.readInt()];
                    int width = query.vars().size();
                    int count = in.readInt();
                    for (int r = 0; r < count; r++) {
                        Node[] row = new Node[width];
                        for (int v = 0; v < width; v++) {
                            int id = in.readInt();
                            row[v] = id < 0 ? null : nodes[id];
                        }
                        rows.addRow(graph, query, row);
                    }
                }
            }
            int triples = in.readInt();
            Set<Triple> resolution = HashSet.newHashSet(triples);
            for (int t = 0; t < triples; t++) resolution.add(Triple.create(nodes[in.readInt()], nodes[in.readInt()], nodes[in.readInt()]));
            return new Saved(rows, resolution);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Saves the rows and the resolution graph built from them under {@code token}, which the
     * store is to hold with that graph; false when they cannot be saved (a blank node, a full
     * disk), and then no file is left to mislead.
     */
    boolean save(ResolutionRows rows, Graph resolution, String token) {
        Path tmp = file.resolveSibling(FILE + ".tmp");
        try {
            Map<Node, Integer> ids = new HashMap<>();
            List<Node> nodes = new ArrayList<>();
            for (String g : rows.graphs()) {
                id(NodeFactory.createURI(g), ids, nodes);
                for (ResolutionQuery query : ResolutionQuery.values()) {
                    for (Node[] row : rows.rows(g, query)) for (Node n : row) if (n != null) id(n, ids, nodes);
                }
            }
            List<Triple> triples = resolution.find().toList();
            for (Triple t : triples) {
                id(t.getSubject(), ids, nodes);
                id(t.getPredicate(), ids, nodes);
                id(t.getObject(), ids, nodes);
            }
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                writeString(out, MAGIC);
                out.writeInt(FORMAT);
                writeString(out, ResolutionQuery.digest());
                writeString(out, resolutionGraph);
                writeString(out, token);
                out.writeInt(nodes.size());
                for (Node n : nodes) writeNode(out, n);
                out.writeInt(rows.graphs().size());
                for (String g : rows.graphs()) {
                    out.writeInt(ids.get(NodeFactory.createURI(g)));
                    List<ResolutionQuery> present = new ArrayList<>();
                    for (ResolutionQuery query : ResolutionQuery.values()) if (!rows.rows(g, query).isEmpty()) present.add(query);
                    out.writeInt(present.size());
                    for (ResolutionQuery query : present) {
                        List<Node[]> list = rows.rows(g, query);
                        out.writeInt(query.ordinal());
                        out.writeInt(list.size());
                        for (Node[] row : list) for (Node n : row) out.writeInt(n == null ? -1 : ids.get(n));
                    }
                }
                out.writeInt(triples.size());
                for (Triple t : triples) {
                    out.writeInt(ids.get(t.getSubject()));
                    out.writeInt(ids.get(t.getPredicate()));
                    out.writeInt(ids.get(t.getObject()));
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            forget();
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the temporary file is never read
            }
            return false;
        }
    }

    /** Deletes the saved rows (the token in the store then names nothing). */
    void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }

    private static void id(Node n, Map<Node, Integer> ids, List<Node> nodes) {
        if (ids.containsKey(n)) return;
        if (!n.isURI() && !n.isLiteral()) throw new IllegalArgumentException("a blank node cannot be saved: " + n);
        ids.put(n, nodes.size());
        nodes.add(n);
    }

    private static void writeNode(DataOutputStream out, Node n) throws IOException {
        if (n.isURI()) {
            out.writeByte(IRI);
            writeString(out, n.getURI());
        } else if (!n.getLiteralLanguage().isEmpty()) {
            if (n.getLiteralBaseDirection() != null) throw new IllegalArgumentException("a directional literal is not saved: " + n);
            out.writeByte(LANG);
            writeString(out, n.getLiteralLexicalForm());
            writeString(out, n.getLiteralLanguage());
        } else if (n.getLiteralDatatypeURI().equals(XSD.xstring.getURI())) {
            out.writeByte(STRING);
            writeString(out, n.getLiteralLexicalForm());
        } else {
            out.writeByte(TYPED);
            writeString(out, n.getLiteralLexicalForm());
            writeString(out, n.getLiteralDatatypeURI());
        }
    }

    private static Node readNode(DataInputStream in) throws IOException {
        byte kind = in.readByte();
        return switch (kind) {
            case IRI -> NodeFactory.createURI(readString(in));
            case STRING -> NodeFactory.createLiteralString(readString(in));
            case LANG -> NodeFactory.createLiteralLang(readString(in), readString(in));
            case TYPED -> {
                String lex = readString(in);
                String type = readString(in);
                yield NodeFactory.createLiteralDT(lex, TypeMapper.getInstance().getSafeTypeByName(type));
            }
            default -> throw new IOException("unknown node kind " + kind);
        };
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
