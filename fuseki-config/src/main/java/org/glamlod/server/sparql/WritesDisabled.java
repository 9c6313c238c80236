package org.glamlod.server.sparql;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The write paths of a server started without a password file: a refusal that says how to allow writes. */
final class WritesDisabled extends HttpServlet {
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println("Writes are disabled: this server was started without a password file. "
                + "Start it with glam serve --passwd FILE to let the users in FILE write.");
    }
}
