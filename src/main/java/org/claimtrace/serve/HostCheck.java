package org.claimtrace.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Answers only requests that name this server in their Host header: the address it is bound to,
 * the loopback names when it listens on loopback, and the names the user adds (serve
 * --allow-host). This is the guard against DNS rebinding: a page on evil.example whose name the
 * attacker re-points at 127.0.0.1 reaches the port, but its requests still say "Host:
 * evil.example". (Jetty's virtual hosts route by the same header but answer a bare 404; this says
 * why and how to allow a name.)
 */
final class HostCheck extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1");

    private final Set<String> names;

    private HostCheck(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    /**
     * The names a server bound to {@code bindHost} answers to, plus {@code extra}. Bound to every
     * interface, that is each interface's address and this machine's name; IP literals are kept in
     * their canonical form so that "[::1]" and "[0:0:0:0:0:0:0:1]" are one name.
     */
    static HostCheck forBinding(String bindHost, List<String> extra) {
        Set<String> names = new TreeSet<>();
        boolean any = bindHost.isEmpty() || bindHost.equals("0.0.0.0") || bindHost.equals("*") || bindHost.equals("::");
        if (any || LOOPBACK.stream().map(HostCheck::canonical).anyMatch(canonical(bindHost)::equals)) {
            LOOPBACK.forEach(n -> names.add(canonical(n)));
        }
        if (any) {
            names.addAll(interfaceAddresses());
            try {
                names.add(canonical(InetAddress.getLocalHost().getHostName()));
            } catch (UnknownHostException e) {
                // no name of its own: reached by address only
            }
        } else {
            names.add(canonical(bindHost));
        }
        for (String e : extra) names.add(canonical(e));
        return new HostCheck(names);
    }

    Set<String> names() {
        return names;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        String host = req.getHeader("Host");
        // HTTP/1.1 requires Host (Jetty answers 400 without it); an HTTP/1.0 client without one is no browser.
        if (host == null || names.contains(canonical(withoutPort(host)))) {
            chain.doFilter(req, resp);
            return;
        }
        String name = withoutPort(host);
        Responses.error(resp, 403, "Host '" + host + "' is not a name of this server, refused (a guard against DNS rebinding); "
                + "if you reach it by that name, start it with --allow-host " + name);
    }

    /** "example.org:3030" -> "example.org", "[::1]:3030" -> "::1". */
    static String withoutPort(String hostHeader) {
        String h = hostHeader.strip();
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? h : h.substring(1, close);
        }
        int colon = h.indexOf(':');
        return colon < 0 || h.indexOf(':', colon + 1) >= 0 ? h : h.substring(0, colon);
    }

    /** Lower case; an IPv6 literal in its one canonical spelling; never a DNS look-up. */
    static String canonical(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.startsWith("[") && n.endsWith("]")) n = n.substring(1, n.length() - 1);
        if (n.endsWith(".")) n = n.substring(0, n.length() - 1);
        if (n.contains(":") && n.matches("[0-9a-f:.%]+")) {
            try {
                return InetAddress.getByName(n).getHostAddress().replaceFirst("%.*$", "");
            } catch (UnknownHostException e) {
                return n;
            }
        }
        return n;
    }

    private static Set<String> interfaceAddresses() {
        Set<String> out = new TreeSet<>();
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress a : Collections.list(ni.getInetAddresses())) out.add(canonical(a.getHostAddress()));
            }
        } catch (SocketException e) {
            // interfaces unknown: only the loopback names and the user's
        }
        return out;
    }
}
