package org.glamlod.dumps;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;

/** {@code GET /sitemap.xml} and {@code GET /sitemaps/{n}.xml}: the {@link Sitemap}. */
final class SitemapServlet extends HttpServlet {
    private static final Pattern PAGE = Pattern.compile("/(\\d{1,9})\\.xml");

    private final transient Sitemap sitemap;
    private final transient PublicAddress address;

    SitemapServlet(Sitemap sitemap, PublicAddress address) {
        this.sitemap = sitemap;
        this.address = address;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        response.setContentType("application/xml");
        response.setCharacterEncoding("UTF-8");
        try {
            if (request.getServletPath().equals("/sitemap.xml")) {
                sitemap.writeRoot(response.getWriter(), address.of(request));
                return;
            }
            Matcher page = PAGE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
            // a page past the end writes nothing, so the response is still uncommitted and can become a 404
            if (!page.matches() || !sitemap.writePage(Long.parseLong(page.group(1)), response.getWriter(), address.of(request)))
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such sitemap; the index is /sitemap.xml");
        } catch (XMLStreamException e) {
            throw new ServletException(e);
        }
    }
}
