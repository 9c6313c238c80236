package org.glamlod.server;

import java.nio.file.Path;
import java.time.Duration;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.store.Store;

/**
 * What the parts of the server share.
 *
 * @param store        the collection's store, embedded or remote
 * @param uris         the dataset's URI space ({@code {base}object/{id}} …); it may differ from the server's own address
 * @param dataDir      the data directory (dumps and other generated files go under it)
 * @param institution  the institution's name, for pages, citations and dataset descriptions
 * @param queryTimeout how long one SPARQL query may run before it is cut off
 * @param passwordFile users allowed to write (Jetty password file format), or null: then nobody may write
 */
public record ServerContext(Store store, UriScheme uris, Path dataDir, String institution, Duration queryTimeout,
                            Path passwordFile) {}
