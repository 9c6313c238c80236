package org.glamlod.dumps;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * {@code GET /void}: the {@link DatasetDescription} as Turtle (also when the client accepts anything or nothing we
 * have), JSON-LD or N-Triples, by {@code Accept}. {@code /.well-known/void}, where VoID's discovery convention looks,
 * redirects here.
 */
final class VoidServlet extends HttpServlet {
    private static final Map<String, RDFFormat> FORMATS = Map.of(
            "text/turtle", RDFFormat.TURTLE,
            "application/ld+json", RDFFormat.JSONLD,
            "application/n-triples", RDFFormat.NTRIPLES);
    private static final AcceptList OFFERS = AcceptList.create("text/turtle", "application/ld+json", "application/n-triples");

    private final transient Dumps dumps;
    private final transient PublicAddress address;
    private final String institution;
    private final String uriSpace;
    private final String license;

    VoidServlet(Dumps dumps, PublicAddress address, String institution, String uriSpace, String license) {
        this.dumps = dumps;
        this.address = address;
        this.institution = institution;
        this.uriSpace = uriSpace;
        this.license = license;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accept = request.getHeader("Accept");
        MediaType matched = accept == null ? null : AcceptList.match(new AcceptList(accept), OFFERS);
        String type = matched == null ? "text/turtle" : matched.getContentTypeStr();
        var description = DatasetDescription.of(
                new DatasetDescription.Settings(institution, uriSpace, license, address.of(request)), dumps.manifest());
        response.setHeader("Vary", "Accept");
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        try (OutputStream out = response.getOutputStream()) {
            RDFDataMgr.write(out, description, FORMATS.get(type));
        }
    }

    /** {@code /.well-known/void}: 303 See Other, to the description. */
    static final class WellKnown extends HttpServlet {
        private final transient PublicAddress address;

        WellKnown(PublicAddress address) {
            this.address = address;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", address.of(request) + "void");
        }
    }
}
