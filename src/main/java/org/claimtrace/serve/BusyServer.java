package org.claimtrace.serve;

import java.time.Duration;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.QoSHandler;

/**
 * What keeps a busy server answering. Queries are CPU-bound: run many at once and they only share
 * the cores, each slower, until all run past the time-out; so at most {@link #RUNNING_PER_CORE}
 * per core run, and the others wait their turn without holding a thread (Jetty's QoSHandler), up
 * to the query time-out, after which they are answered 503. And a connection with a request in
 * progress stays open as long as that request may wait and run: Jetty's default idle time-out
 * (30 s) had closed connections without an answer under queries the 60 s time-out allowed.
 */
final class BusyServer {
    static final int RUNNING_PER_CORE = 2;

    private BusyServer() {}

    static void limit(Server jetty, long timeoutSeconds) {
        long idleMillis = (2 * timeoutSeconds + 30) * 1000;
        for (Connector c : jetty.getConnectors()) {
            if (c instanceof AbstractConnector ac && ac.getIdleTimeout() < idleMillis) ac.setIdleTimeout(idleMillis);
        }
        QoSHandler qos = new QoSHandler();
        qos.setMaxRequestCount(RUNNING_PER_CORE * Runtime.getRuntime().availableProcessors());
        qos.setMaxSuspend(Duration.ofSeconds(timeoutSeconds));
        qos.setHandler(jetty.getHandler());
        jetty.setHandler(qos);
    }
}
