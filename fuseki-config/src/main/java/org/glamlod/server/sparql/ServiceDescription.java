package org.glamlod.server.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * What {@value SparqlPart#SPARQL} says when asked nothing: a browser is sent to the query page; any other client
 * gets the endpoint's SPARQL 1.1 Service Description (formats, union default graph) as RDF.
 * Requests that carry a query go on to Fuseki.
 */
final class ServiceDescription extends HttpFilter {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final MediaType TURTLE = MediaType.create("text/turtle");
    private static final MediaType HTML = MediaType.create("text/html");
    /** Turtle first, so a client that accepts anything gets data. */
    private static final AcceptList OFFER = AcceptList.create("text/turtle", "text/html", "application/ld+json",
            "application/n-triples", "application/rdf+xml");
    private static final String[] RESULT_FORMATS = {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
            "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML"};

    private final String title;

    ServiceDescription(String institution) {
        this.title = institution == null || institution.isBlank() ? "SPARQL endpoint" : "SPARQL endpoint of " + institution;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        if (!read || request.getQueryString() != null) {
            chain.doFilter(request, response);
            return;
        }
        MediaType chosen = ConNeg.chooseContentType(request, OFFER, TURTLE);
        if (chosen != null && HTML.getContentTypeStr().equals(chosen.getContentTypeStr())) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", "query");
            return;
        }
        Lang lang = chosen == null ? Lang.TURTLE : RDFLanguages.contentTypeToLang(chosen.getContentTypeStr());
        response.setContentType(lang.getContentType().getContentTypeStr() + ";charset=utf-8");
        response.setHeader("Vary", "Accept");
        if (request.getMethod().equals("GET"))
            RDFDataMgr.write(response.getOutputStream(), describe(request.getRequestURL().toString()), lang);
    }

    private Model describe(String endpoint) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("formats", FORMATS);
        m.setNsPrefix("dcterms", DCTerms.NS);
        Resource service = m.createResource(endpoint)
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD, "endpoint"), m.createResource(endpoint))
                .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"))
                .addProperty(DCTerms.title, title);
        for (String format : RESULT_FORMATS)
            service.addProperty(m.createProperty(SD, "resultFormat"), m.createResource(FORMATS + format));
        service.addProperty(m.createProperty(SD, "defaultDataset"), m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(m.createProperty(SD, "defaultGraph"), m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph"))));
        return m;
    }
}
