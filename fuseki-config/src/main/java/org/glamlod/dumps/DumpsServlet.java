package org.glamlod.dumps;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * {@code GET /dumps}: the published dumps with size, count and date, as HTML or (asked for by {@code Accept}) JSON;
 * {@code GET /dumps/{file}}: a dump's bytes. Only files the manifest lists are served, so nothing else under the data
 * directory (nor a dump being written) can be reached by a crafted path.
 */
final class DumpsServlet extends HttpServlet {
    private static final AcceptList OFFERS = AcceptList.create("text/html", "application/json");
    private static final int BUFFER = 1 << 16;

    private final transient Dumps dumps;
    private final transient PublicAddress address;

    DumpsServlet(Dumps dumps, PublicAddress address) {
        this.dumps = dumps;
        this.address = address;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    /** Headers only: HttpServlet's default HEAD would read a whole dump just to count its bytes. */
    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean body) throws IOException {
        String path = request.getPathInfo();
        Optional<Manifest> manifest = dumps.manifest();
        if (path == null || path.equals("/")) {
            listing(request, response, manifest, body);
            return;
        }
        Optional<DumpFile> dump = manifest.flatMap(m -> m.dump(path.substring(1)));
        if (dump.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such dump; the list is at /dumps");
            return;
        }
        file(request, response, dumps.directory().resolve(dump.get().file()), body);
    }

    /**
     * Size and validators come from the open file, so they describe the bytes sent even if a new dump is renamed
     * over the name meanwhile (the open file keeps the old bytes).
     */
    private static void file(HttpServletRequest request, HttpServletResponse response, Path file, boolean body) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            long size = channel.size();
            long modified = attributes.lastModifiedTime().toMillis();
            String etag = "\"" + Long.toHexString(size) + "-" + Long.toHexString(modified) + "\"";
            response.setHeader("ETag", etag);
            response.setDateHeader("Last-Modified", modified);
            if (etag.equals(request.getHeader("If-None-Match"))
                    || request.getHeader("If-None-Match") == null && request.getDateHeader("If-Modified-Since") >= modified / 1000 * 1000) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            // the bytes are a gzip file, and downloads should stay one: no Content-Encoding that a browser would undo
            response.setContentType(file.getFileName().toString().endsWith(".gz") ? "application/gzip" : "application/octet-stream");
            response.setContentLengthLong(size);
            if (!body) return;
            try (InputStream in = Channels.newInputStream(channel); OutputStream out = response.getOutputStream()) {
                in.transferTo(out);
            }
        } catch (NoSuchFileException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "The dump is being remade; try again shortly");
        }
    }

    private void listing(HttpServletRequest request, HttpServletResponse response, Optional<Manifest> manifest, boolean body)
            throws IOException {
        String base = address.of(request);
        String accept = request.getHeader("Accept");
        MediaType type = accept == null ? null : AcceptList.match(new AcceptList(accept), OFFERS);
        response.setHeader("Vary", "Accept");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (type != null && type.getContentTypeStr().equals("application/json")) {
            response.setContentType("application/json");
            ObjectNode json = Manifest.JSON.createObjectNode();
            json.put("description", base + "void");
            manifest.ifPresent(m -> json.put("created", m.created()));
            ArrayNode list = json.putArray("dumps");
            manifest.ifPresent(m -> m.dumps().forEach(d -> {
                ObjectNode entry = list.addObject().put("url", base + "dumps/" + d.file());
                entry.setAll((ObjectNode) Manifest.JSON.valueToTree(d));
                entry.put("unit", d.dumpFormat().unit());
            }));
            if (body) Manifest.JSON.writeValue(response.getOutputStream(), json);
            return;
        }
        response.setContentType("text/html");
        if (!body) return;
        PrintWriter out = response.getWriter();
        out.println("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Data dumps</title></head><body>");
        out.println("<h1>Data dumps</h1>");
        if (manifest.isEmpty()) {
            out.println("<p>No dumps have been made yet. They are made when the server starts and whenever the data changed.</p>");
        } else {
            out.printf("<p>The whole collection, as of %s. Described in <a href=\"%s\">VoID and DCAT</a>; also as JSON "
                    + "(<code>Accept: application/json</code>).</p>%n", escape(manifest.get().created()), escape(base + "void"));
            out.println("<table><thead><tr><th>File</th><th>Format</th><th>Size</th><th>Content</th><th>Made</th>"
                    + "<th>SHA-256</th></tr></thead><tbody>");
            for (DumpFile d : manifest.get().dumps()) {
                out.printf("<tr><td><a href=\"%s\">%s</a></td><td>%s</td><td>%s</td><td>%,d %s</td><td>%s</td><td><code>%s</code></td></tr>%n",
                        escape(base + "dumps/" + d.file()), escape(d.file()), escape(d.mediaType() + ", " + d.compression()),
                        Dumps.humanSize(d.bytes()), d.count(), d.dumpFormat().unit(), escape(d.created()), escape(d.sha256()));
            }
            out.println("</tbody></table>");
        }
        out.println("</body></html>");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
