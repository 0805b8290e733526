package org.claimtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.claimtrace.bench.StoreQuads;
import org.claimtrace.cli.Claimtrace;
import org.claimtrace.store.QuadsManifest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The Spark job on {@code local[2]} against {@code claimtrace annotate} on the same inputs: the
 * same quads (the times of the runs set aside, as every store comparison does), the same articles
 * and skipped inputs in the manifest, and a folder {@code claimtrace load} takes.
 */
class SparkAnnotateTest {
    private static SparkSession spark;

    @TempDir static Path tmp;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("claimtrace-test").config("spark.ui.enabled", "false").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    record Run(int code, String err) {}

    static Run cli(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = Claimtrace.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        return new Run(cl.execute(args), err.toString());
    }

    /** The seeds, two real articles as JSON Lines beside a malformed line, an empty file. */
    private static Path inputs() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        if (Files.exists(in.resolve("feed.jsonl"))) return in;
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path s : seeds.toList()) Files.copy(s, in.resolve(s.getFileName()));
        }
        StringBuilder jsonl = new StringBuilder();
        for (String[] r : records()) {
            jsonl.append("{\"text\": ").append(json(r[0])).append(", \"title\": ").append(json(r[1])).append(", \"url\": ")
                    .append(json(r[2])).append(", \"published\": ").append(json(r[3])).append(", \"author\": [").append(json(r[4]))
                    .append("]}\n");
        }
        jsonl.append("{not json\n");
        Files.writeString(in.resolve("feed.jsonl"), jsonl);
        Files.writeString(in.resolve("empty.txt"), "");
        return in;
    }

    /** text, title, url, published, author */
    private static List<String[]> records() throws IOException {
        Path dev = Path.of("src/test/resources/realnews/dev");
        return List.of(
                new String[] {Files.readString(dev.resolve("403_kashmir_pampore_let_reuters.txt")), "Militants kill eight", "https://example.org/a",
                        "2016-06-26", "Fayaz Bukhari"},
                new String[] {Files.readString(dev.resolve("401_iraq_kerbala_wedding_amaq.txt")), "Wedding attack", "https://example.org/b",
                        "2016-07-01", "A. Reporter"});
    }

    private static String json(String s) {
        return new org.apache.jena.atlas.json.JsonString(s).toString();
    }

    /** Every quad of the .nq and .nq.gz files of a folder, the times of the runs set aside. */
    private static Set<Quad> quads(Path dir) throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().matches(".*\\.nq(\\.gz)?$")).toList()) RDFDataMgr.read(dsg, f.toString());
        }
        return StoreQuads.of(dsg);
    }

    private static QuadsManifest manifest(Path dir) throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve(QuadsManifest.FILE))) {
            return QuadsManifest.read(in);
        }
    }

    /** A skipped input as "name-or-line: reason", whatever the file system's way of writing paths. */
    private static Set<String> skips(QuadsManifest m) {
        return m.skipped().stream().map(s -> Path.of(s.where().replaceFirst("^file:", "")).getFileName() + ": " + s.reason())
                .collect(Collectors.toSet());
    }

    @Test
    void theJobWritesTheQuadsAnnotateWritesAndLoadTakesThem() throws IOException {
        Path in = inputs();
        Path nq = tmp.resolve("annotate");
        Run annotate = cli("annotate", in.toString(), "--out", nq.toString(), "--threads", "2");
        assertEquals(3, annotate.code(), annotate.err());
        Path out = tmp.resolve("spark");
        // Small partitions: several tasks, so the two executor threads share the one pipeline.
        AnnotateJob.Outcome job = AnnotateJob.run(spark, JobSettings.of(List.of(in.toString()), out.toString()).withPartitionBytes(8_000));

        Set<Quad> expected = quads(nq);
        assertFalse(expected.isEmpty());
        assertEquals("", StoreQuads.difference(expected, quads(out)));
        QuadsManifest m = job.manifest();
        assertEquals(7, m.articles());
        assertEquals(manifest(nq).quads(), m.quads());
        assertEquals(skips(manifest(nq)), skips(m));
        assertEquals(List.of("empty.txt: empty file", "feed.jsonl:3: malformed JSON line"),
                skips(m).stream().map(s -> s.replaceFirst(" \\(.*", "")).sorted().toList());
        assertTrue(m.files().size() > 1 && m.files().stream().allMatch(f -> f.name().matches("part-\\d{5}\\.nq\\.gz")), m.files().toString());
        assertEquals(m, manifest(out));
        assertFalse(Files.exists(out.resolve(PartitionTask.TEMPORARY)));

        Run load = cli("load", out.toString(), "--store", tmp.resolve("db").toString());
        assertEquals(0, load.code(), load.err());
        assertTrue(load.err().contains("skipped 2 input(s)"), load.err());
        Run stats = cli("stats", "--store", tmp.resolve("db").toString());
        assertEquals(0, stats.code(), stats.err());

        Path partial = Files.createDirectories(tmp.resolve("partial"));
        Files.copy(out.resolve(QuadsManifest.FILE), partial.resolve(QuadsManifest.FILE));
        Run refused = cli("load", partial.toString(), "--store", tmp.resolve("db2").toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().startsWith("claimtrace: " + partial + ": " + m.files().size() + " of the " + m.files().size()
                + " files its manifest.json lists are missing"), refused.err());
    }

    @Test
    void parquetRowsGiveTheGraphsOfTheSameJsonLines() throws IOException {
        Path in = inputs();
        Path jsonl = tmp.resolve("jsonl");
        AnnotateJob.run(spark, JobSettings.of(List.of(in.resolve("feed.jsonl").toString()), jsonl.toString()));
        StructType schema = new StructType().add("text", DataTypes.StringType).add("title", DataTypes.StringType)
                .add("url", DataTypes.StringType).add("published", DataTypes.StringType)
                .add("author", DataTypes.createArrayType(DataTypes.StringType));
        List<Row> rows = new ArrayList<>();
        for (String[] r : records()) rows.add(RowFactory.create(r[0], r[1], r[2], r[3], List.of(r[4]).toArray()));
        Path pq = tmp.resolve("parquet");
        Dataset<Row> df = spark.createDataFrame(rows, schema);
        df.coalesce(1).write().parquet(pq.toString());
        Path out = tmp.resolve("from-parquet");
        QuadsManifest m = AnnotateJob.run(spark, JobSettings.of(List.of(pq.toString()), out.toString())).manifest();
        assertEquals(2, m.articles());
        assertEquals(List.of(), m.skipped(), "the folder's _SUCCESS and .crc files are Hadoop's, not inputs");
        // The rows are named by their file and row (part-...parquet#1), the lines by theirs (feed.jsonl#1).
        assertEquals("", StoreQuads.difference(rowNumbered(quads(jsonl)), rowNumbered(quads(out))));
    }

    @Test
    void anOutputFolderInUseIsRefused() throws IOException {
        Path used = Files.createDirectories(tmp.resolve("used"));
        Files.writeString(used.resolve("x.nq"), "");
        var e = assertThrows(IllegalArgumentException.class,
                () -> AnnotateJob.run(spark, JobSettings.of(List.of(inputs().toString()), used.toString())));
        assertTrue(e.getMessage().matches("--out \\S*" + used.getFileName() + " exists and is not an empty folder; give a new one"),
                e.getMessage());
    }

    @Test
    void filesAreSharedOutByBytesLargestFirst() {
        List<WorkItem.File> files = List.of(new WorkItem.File("a", "a", 9), new WorkItem.File("b", "b", 5), new WorkItem.File("c", "c", 4),
                new WorkItem.File("d", "d", 3), new WorkItem.File("e", "e", 1));
        List<List<WorkItem>> groups = InputListing.groups(files, 2);
        List<Long> bytes = groups.stream().map(g -> g.stream().mapToLong(WorkItem::size).sum()).sorted().toList();
        assertEquals(List.of(10L, 12L), bytes, "the 9 with the 3, the 5 with the 4 and the 1");
        assertEquals(1, InputListing.groups(files.subList(0, 1), 4).size(), "never an empty partition");
    }

    /** The quads with each source name (dct:source, prov:used, merge notes) reduced to its row or line number. */
    private static Set<Quad> rowNumbered(Set<Quad> quads) {
        Set<Quad> out = new HashSet<>();
        for (Quad q : quads) {
            if (!q.getObject().isLiteral()) {
                out.add(q);
                continue;
            }
            String s = q.getObject().getLiteralLexicalForm().replaceAll("[^\\s#]+\\.(jsonl|parquet)#", "#");
            out.add(Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), NodeFactory.createLiteralString(s)));
        }
        return out;
    }
}
