package org.glamlod.server.sparql;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The write paths when this server does not take writes: a refusal that says why and where to go instead. */
final class WritesDisabled extends HttpServlet {
    private final String reason;

    private WritesDisabled(String reason) {
        this.reason = reason;
    }

    /** Started without a password file. */
    static WritesDisabled noPasswords() {
        return new WritesDisabled("Writes are disabled: this server was started without a password file. "
                + "Start it with glam serve --passwd FILE to let the users in FILE write.");
    }

    /** In remote mode the data is in another store, which takes the writes itself. */
    static WritesDisabled remote(String store) {
        return new WritesDisabled("Writes go to the store itself: this server publishes the data of the SPARQL store at "
                + store + ", which has its own update endpoint and users.");
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println(reason);
    }
}
