package org.claimtrace;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for a remote SPARQL service on 127.0.0.1 that answers every request with the same
 * SPARQL JSON result and records what it was sent (the request body, then the path and query
 * string): to see whether, and what, claimtrace sends out.
 */
final class RecordingEndpoint implements AutoCloseable {
    final List<String> received = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    RecordingEndpoint(String sparqlJson) throws IOException {
        byte[] answer = sparqlJson.getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            received.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8) + ex.getRequestURI());
            ex.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            ex.sendResponseHeaders(200, answer.length);
            ex.getResponseBody().write(answer);
            ex.close();
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
