package org.claimtrace.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.jena.graph.Node;
import org.claimtrace.query.QueryLibrary;
import org.claimtrace.query.QueryRunner;
import org.claimtrace.query.StoredQuery;
import org.claimtrace.serve.ClaimtraceServer;
import org.claimtrace.store.GraphStore;

/**
 * A bounded load test of the server: {@code clients} clients on 127.0.0.1, each asking the next
 * question of a fixed list as soon as it has its answer, for {@code seconds}: every stored query
 * (a listing bound to the busiest value of its scope), a neighbourhood and a small SPARQL query,
 * over the real server with its guards. Reports throughput, latency percentiles and errors (any
 * answer but 200, any failed request), overall and per request.
 */
public final class ServeLoadBench {
    private record Sample(String request, double ms, int status) {}

    public void run(GraphStore store, QueryLibrary library, int clients, int seconds, BenchReport report) throws InterruptedException {
        List<String> requests = requests(store, library);
        ClaimtraceServer server = ClaimtraceServer.builder().port(0).queries(library).build(store.dataset()).start();
        String base = "http://127.0.0.1:" + server.port();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        long t0 = System.nanoTime();
        try {
            for (int c = 0; c < clients; c++) {
                int first = ThreadLocalRandom.current().nextInt(requests.size());
                Thread.ofVirtual().start(() -> {
                    try {
                        for (int i = first; System.nanoTime() < end; i++) {
                            String r = requests.get(i % requests.size());
                            long s = System.nanoTime();
                            int status;
                            try {
                                status = http.send(HttpRequest.newBuilder(URI.create(base + r)).timeout(Duration.ofSeconds(120)).GET().build(),
                                        HttpResponse.BodyHandlers.discarding()).statusCode();
                            } catch (Exception e) {
                                status = -1;
                                failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                            }
                            samples.add(new Sample(r, (System.nanoTime() - s) / 1e6, status));
                        }
                    } finally {
                        done.countDown();
                    }
                });
            }
            done.await();
        } finally {
            server.stop();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        report(samples, failures, requests.size(), clients, seconds, wall, report);
    }

    /** The questions the clients ask, as paths with their query strings. */
    private static List<String> requests(GraphStore store, QueryLibrary library) {
        QueryRunner runner = new QueryRunner(store.dataset()).timeout(QueryBench.TIMEOUT_SECONDS);
        Map<String, Node> busiest = new TreeMap<>();
        List<String> out = new ArrayList<>();
        for (StoredQuery q : library.all().values()) {
            if (!q.isListing()) {
                out.add("/queries/" + q.name() + "?format=json");
                continue;
            }
            for (String param : q.scope()) {
                Node v = busiest.computeIfAbsent(param, p -> QueryBench.busiest(runner, p));
                if (v != null && v.isURI()) {
                    out.add("/queries/" + q.name() + "?format=json&" + param + "=" + enc(v.getURI()));
                    break;
                }
            }
        }
        Node event = busiest.computeIfAbsent("event", p -> QueryBench.busiest(runner, p));
        if (event != null) out.add("/graph?depth=1&entity=" + enc(event.getURI()));
        out.add("/ds/sparql?query=" + enc("ASK { GRAPH ?g { ?c a <https://claimtrace.org/ns#Claim> } }"));
        return out;
    }

    private static void report(ConcurrentLinkedQueue<Sample> all, ConcurrentLinkedQueue<String> failures, int kinds, int clients,
                               int seconds, double wall, BenchReport report) {
        List<Sample> samples = new ArrayList<>(all);
        double[] ms = samples.stream().mapToDouble(Sample::ms).toArray();
        long errors = samples.stream().filter(s -> s.status() != 200).count();
        report.line("### Server under load");
        report.line("");
        report.line("%d clients on 127.0.0.1 for %d s (%.1f s with the last answers), each asking the next of %d requests (every stored "
                + "query, listings bound to the busiest value of their scope; a neighbourhood; a small SPARQL query) as soon as it has "
                + "its answer.", clients, seconds, wall, kinds);
        report.line("");
        report.line("| answers | per second | p50 ms | p90 ms | p99 ms | max ms | errors |");
        report.line("|---|---|---|---|---|---|---|");
        report.line("| %,d | %.1f | %.0f | %.0f | %.0f | %.0f | %d |", samples.size(), samples.size() / wall, Timing.percentile(ms, 50),
                Timing.percentile(ms, 90), Timing.percentile(ms, 99), Timing.percentile(ms, 100), errors);
        report.line("");
        report.line("| request | answers | p50 ms | p99 ms | errors |");
        report.line("|---|---|---|---|---|");
        Map<String, List<Sample>> byRequest = new TreeMap<>();
        for (Sample s : samples) byRequest.computeIfAbsent(s.request().replaceFirst("\\?.*", ""), k -> new ArrayList<>()).add(s);
        byRequest.forEach((r, list) -> {
            double[] x = list.stream().mapToDouble(Sample::ms).toArray();
            report.line("| %s | %d | %.0f | %.0f | %d |", r, list.size(), Timing.percentile(x, 50), Timing.percentile(x, 99),
                    list.stream().filter(s -> s.status() != 200).count());
        });
        report.line("");
        if (errors > 0) {
            Map<Integer, Long> byStatus = new TreeMap<>();
            samples.stream().filter(s -> s.status() != 200).forEach(s -> byStatus.merge(s.status(), 1L, Long::sum));
            report.line("Errors by status (-1: no answer): %s; first failures: %s", byStatus, failures.stream().limit(3).toList());
            report.line("");
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
