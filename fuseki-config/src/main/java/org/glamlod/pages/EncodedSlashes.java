package org.glamlod.pages;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * Lets requests through whose path holds an encoded slash. Ids are percent-encoded into URIs, so a LIDO record id
 * such as {@code NL-AmRM/lido/RP-F-1994-17} is {@code /object/NL-AmRM%2Flido%2FRP-F-1994-17}, and Jetty 12 refuses
 * such paths by default (400, "Ambiguous URI path separator"). The linked-data servlets read the raw request URI
 * and never the decoded path, which is the ambiguity the default guards against.
 */
final class EncodedSlashes implements FusekiModule {
    static final UriCompliance COMPLIANCE = UriCompliance.DEFAULT.with("glam-lod ids",
            UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR);

    @Override
    public String name() {
        return "glam-lod encoded slashes in ids";
    }

    @Override
    public void serverBeforeStarting(FusekiServer server) {
        for (Connector c : server.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) http.getHttpConfiguration().setUriCompliance(COMPLIANCE);
        }
    }
}
