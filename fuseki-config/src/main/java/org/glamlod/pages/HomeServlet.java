package org.glamlod.pages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The home page, at the server's root. */
final class HomeServlet extends HttpServlet {
    private final Pages pages;

    HomeServlet(Pages pages) {
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Catalogue.Facts facts = pages.catalogue.facts();
        Pages.html(resp, 200, HomePage.render(pages.site(req), facts, Cards.load(pages.catalogue, facts.showcase())));
    }
}
