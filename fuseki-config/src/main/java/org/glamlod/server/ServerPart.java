package org.glamlod.server;

import org.apache.jena.fuseki.main.FusekiServer;

/**
 * One part of the public face (the SPARQL service, linked-data pages, dumps …): it adds its servlets, filters and
 * endpoints to the server being built. {@link GlamServer} composes the parts; each part is one package.
 */
public interface ServerPart {
    void install(FusekiServer.Builder server, ServerContext context);
}
