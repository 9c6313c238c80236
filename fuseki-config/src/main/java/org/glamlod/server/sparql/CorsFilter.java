package org.glamlod.server.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets pages on any site query the endpoint from the browser. Credentials are never allowed, so the wildcard
 * origin exposes nothing a plain HTTP client could not read anyway. Preflights are answered here; other requests
 * go on to Fuseki with the header added.
 */
final class CorsFilter extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Access-Control-Allow-Origin", "*");
        if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            response.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
            String headers = request.getHeader("Access-Control-Request-Headers");
            response.setHeader("Access-Control-Allow-Headers", headers != null ? headers : "Accept, Content-Type");
            response.setHeader("Access-Control-Max-Age", "86400");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }
}
