package org.claimtrace.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * The CORS answer for the origins serve --cors lets read: Fuseki's own CrossOriginFilter (the
 * one FusekiServer.Builder.enableCors installs, which takes its settings only from a file), set up
 * here for reads only (GET, HEAD, POST of a query), no credentials. Preflight requests are
 * answered by the filter. Origins not listed were already refused by {@link OriginCheck}.
 */
final class CorsHeaders implements Filter {
    private final CrossOriginFilter cors = new CrossOriginFilter();
    private final Map<String, String> params;

    CorsHeaders(Set<String> origins) {
        this.params = Map.of(
                CrossOriginFilter.ALLOWED_ORIGINS_PARAM, String.join(",", origins),
                CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,HEAD,POST,OPTIONS",
                CrossOriginFilter.ALLOWED_HEADERS_PARAM, "Accept,Content-Type,Origin,X-Requested-With",
                CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "false",
                CrossOriginFilter.EXPOSED_HEADERS_PARAM, "Content-Type,Content-Length",
                CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        cors.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return "claimtrace-cors";
            }

            @Override
            public ServletContext getServletContext() {
                return config.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return params.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(params.keySet());
            }
        });
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        cors.doFilter(request, response, chain);
    }

    @Override
    public void destroy() {
        cors.destroy();
    }
}
