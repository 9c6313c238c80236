package org.glamlod.pages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.query.QueryCancelledException;

/** {@code /search?q=…&page=N}: full-text search over the store's text index; without a query, every object. */
final class SearchServlet extends HttpServlet {
    /** Longer queries are cut: nobody types more, and Lucene's work grows with the terms. */
    private static final int MAX_QUERY = 500;

    private final Pages pages;

    SearchServlet(Pages pages) {
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        q = q == null ? "" : q.strip();
        if (q.length() > MAX_QUERY) q = q.substring(0, MAX_QUERY);
        int page = Pages.page(req);
        Catalogue catalogue = pages.catalogue;
        Layout.Site site = pages.site(req);
        int size = site.pageSize();
        int offset = (page - 1) * size;
        try {
            Catalogue.Page results = q.isEmpty() ? catalogue.works(Catalogue.ALL, null, offset, size)
                    : catalogue.search(q, offset, size);
            Pages.html(resp, 200, SearchPage.render(site, q, results, Cards.load(catalogue, results.uris()), page));
        } catch (QueryCancelledException e) {
            Pages.html(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, ErrorPage.render(site, "Search took too long",
                    "That search ran past the server's time limit. Try more specific words."));
        }
    }
}
