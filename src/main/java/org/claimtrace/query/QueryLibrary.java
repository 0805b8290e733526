package org.claimtrace.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The stored queries: those packaged in the jar (from the project's queries/ folder), overridden
 * and extended by the .rq files of a folder the user gives (by default ./queries when it exists).
 */
public final class QueryLibrary {
    private final Map<String, StoredQuery> queries;

    private QueryLibrary(Map<String, StoredQuery> queries) {
        this.queries = queries;
    }

    public static QueryLibrary load(Path userDir) {
        Map<String, StoredQuery> q = new TreeMap<>();
        loadPackaged(q);
        if (userDir != null && Files.isDirectory(userDir)) {
            try (Stream<Path> s = Files.list(userDir)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".rq")).toList()) {
                    String name = p.getFileName().toString().replaceFirst("\\.rq$", "");
                    q.put(name, StoredQuery.parse(name, Files.readString(p, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read queries from " + userDir, e);
            }
        }
        return new QueryLibrary(q);
    }

    private static void loadPackaged(Map<String, StoredQuery> q) {
        URL index = QueryLibrary.class.getResource("/queries/");
        if (index == null) return;
        try {
            if (index.getProtocol().equals("jar")) {
                try (FileSystem fs = FileSystems.newFileSystem(index.toURI(), Map.of())) {
                    readDir(fs.getPath("/queries"), q);
                }
            } else {
                readDir(Path.of(index.toURI()), q);
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the packaged queries: " + e.getMessage(), e);
        }
    }

    private static void readDir(Path dir, Map<String, StoredQuery> q) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".rq")).toList()) {
                String name = p.getFileName().toString().replaceFirst("\\.rq$", "");
                try (InputStream in = Files.newInputStream(p)) {
                    q.put(name, StoredQuery.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
    }

    public Optional<StoredQuery> get(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    public Map<String, StoredQuery> all() {
        return queries;
    }
}
