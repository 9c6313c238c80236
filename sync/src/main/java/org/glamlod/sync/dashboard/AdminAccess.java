package org.glamlod.sync.dashboard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import org.eclipse.jetty.security.PropertyUserStore;
import org.eclipse.jetty.security.UserPrincipal;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * Who may see the dashboard, its API and the metrics, and who may act on items. Admin pages are never open to the
 * world:
 * <ul>
 * <li>With a password file (the one that guards the server's writes), every request needs one of its users, by HTTP
 * basic authentication: anonymous or wrong credentials get 401 with a challenge.</li>
 * <li>Without one, only this machine is served (a loopback client address, and no proxy header saying the request
 * came from elsewhere: a reverse proxy on the same machine connects from loopback on behalf of the world). Others get
 * 403 saying how to open it up. Retry and skip need a user, so they get 403 too, saying how to add one.</li>
 * <li>The status token, when there is one, lets {@code glam status} on this machine read {@code GET /dashboard/api}
 * with {@code Authorization: Bearer}: it is written under the data directory, so whoever can read it can read the job
 * database itself, and it grants nothing more.</li>
 * </ul>
 * The authenticated user's name is left in the request attribute {@link #USER} for the log of operator actions.
 */
final class AdminAccess implements Filter {
    /** Request attribute: the name of the authenticated user, absent for loopback and token access. */
    static final String USER = AdminAccess.class.getName() + ".user";
    /** The realm the server's writes use too, so that one login in a browser covers both. */
    static final String REALM = "glam-lod";
    static final String API = "/dashboard/api";

    private final PropertyUserStore users;
    private final byte[] statusToken;

    /**
     * @param passwordFile users in the Jetty realm format, or null for "this machine only"
     * @param statusToken  a secret that lets {@code glam status} read the API, or null
     */
    AdminAccess(Path passwordFile, String statusToken) {
        this.users = passwordFile == null ? null : load(passwordFile);
        this.statusToken = statusToken == null ? null : statusToken.getBytes(StandardCharsets.UTF_8);
    }

    private static PropertyUserStore load(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file))
            throw new IllegalArgumentException("cannot read the password file " + file + " (one user a line, e.g. \"alice: a-long-secret\")");
        PropertyUserStore store = new PropertyUserStore();
        store.setConfig(ResourceFactory.root().newResource(file));
        try {
            store.start();
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot read the password file " + file + ": " + e.getMessage(), e);
        }
        return store;
    }

    boolean hasUsers() {
        return users != null;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String authorization = req.getHeader("Authorization");
        boolean read = "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
        if (read && statusToken != null && API.equals(req.getRequestURI()) && bearer(authorization)) {
            chain.doFilter(request, response);
            return;
        }
        if (users != null) {
            String user = basicUser(authorization);
            if (user == null) {
                if (!read) Responses.discardBody(req);
                resp.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
                Responses.text(resp, HttpServletResponse.SC_UNAUTHORIZED, "Log in as one of the users in the server's password file.");
                return;
            }
            req.setAttribute(USER, user);
            chain.doFilter(request, response);
            return;
        }
        if (!read) {
            Responses.discardBody(req);
            Responses.text(resp, HttpServletResponse.SC_FORBIDDEN, "Retry and skip need a user: give the server a password file "
                    + "(server.passwords in glam.yaml, or glam serve --passwd FILE) and log in as one of its users.");
            return;
        }
        if (!fromThisMachine(req)) {
            Responses.text(resp, HttpServletResponse.SC_FORBIDDEN, "The dashboard is only served to this machine while the "
                    + "server has no password file. To reach it from elsewhere, give the server one (server.passwords in "
                    + "glam.yaml, or glam serve --passwd FILE) and log in as one of its users.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The user whose basic credentials check out against the password file, else null. */
    private String basicUser(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) return null;
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) return null;
        String name = decoded.substring(0, colon);
        UserPrincipal user = users.getUserPrincipal(name);
        return user != null && user.authenticate(decoded.substring(colon + 1)) ? name : null;
    }

    private boolean bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) return false;
        // constant time: the comparison must not tell how much of a guess was right
        return MessageDigest.isEqual(statusToken, authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }

    /** A loopback client that is not a proxy forwarding someone else's request. */
    static boolean fromThisMachine(HttpServletRequest req) {
        if (req.getHeader("Forwarded") != null || req.getHeader("X-Forwarded-For") != null || req.getHeader("X-Real-IP") != null)
            return false;
        try {
            // a literal address: no name lookup happens
            return InetAddress.getByName(req.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public void destroy() {
        if (users == null) return;
        try {
            users.stop();
        } catch (Exception e) {
            // nothing held but memory
        }
    }
}
