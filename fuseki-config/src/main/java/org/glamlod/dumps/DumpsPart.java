package org.glamlod.dumps;

import java.net.URI;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.glamlod.server.ServerContext;
import org.glamlod.server.ServerPart;
import org.glamlod.store.ObjectStore;

/**
 * Bulk data and its description on the public server:
 * <ul>
 * <li>{@code GET /dumps}: the published dumps with size, count and date (HTML, or JSON by {@code Accept});</li>
 * <li>{@code GET /dumps/{file}}: one dump ({@code collection.nq.gz}, {@code collection.ttl.gz},
 * {@code collection-linked-art.jsonl.gz});</li>
 * <li>{@code GET /void}: the dataset in VoID and DCAT (Turtle, JSON-LD, N-Triples); {@code /.well-known/void}
 * redirects there;</li>
 * <li>{@code GET /sitemap.xml} (and {@code /sitemaps/{n}.xml} past 50,000 objects): the object pages.</li>
 * </ul>
 * Dumps are made by {@code glam export}, and by the server at start and every {@link Settings#interval()} when the
 * store changed since the last ones. In remote mode only the sitemap is served: the dumps and their description
 * need the embedded store.
 */
public final class DumpsPart implements ServerPart {
    /** Creative Commons Zero: the default licence of the data (the records; images carry their own rights). */
    public static final String CC0 = "http://creativecommons.org/publicdomain/zero/1.0/";

    /**
     * @param interval how often to check whether the store changed and remake the dumps if so; zero turns it off
     * @param address  the server's public address, absolute and ending in {@code /}; null to take it from each
     *                 request's {@code Host} (and a reverse proxy's {@code X-Forwarded-*})
     * @param license  the licence of the data, stated in the dataset description
     */
    public record Settings(Duration interval, String address, String license) {
        public Settings {
            if (interval.isNegative()) throw new IllegalArgumentException("the dump interval cannot be negative: " + interval);
            if (!URI.create(license).isAbsolute()) throw new IllegalArgumentException("the licence must be a URI: " + license);
            new PublicAddress(address); // fails early on a bad address
        }

        /** Daily, the address from the requests, CC0. */
        public static Settings defaults() {
            return new Settings(Duration.ofDays(1), null, CC0);
        }
    }

    private final Settings settings;

    public DumpsPart(Settings settings) {
        this.settings = settings;
    }

    public DumpsPart() {
        this(Settings.defaults());
    }

    @Override
    public void install(FusekiServer.Builder server, ServerContext context) {
        PublicAddress address = new PublicAddress(settings.address());
        SitemapServlet sitemap = new SitemapServlet(new Sitemap(context.store(), context.uris()), address);
        server.addServlet("/sitemap.xml", sitemap).addServlet("/sitemaps/*", sitemap);
        // dumps read TDB2 itself (a whole-store snapshot in constant memory); a remote store makes its own backups
        if (!(context.store() instanceof ObjectStore local)) return;
        Dumps dumps = new Dumps(local, context.dataDir());
        server.addServlet("/dumps/*", new DumpsServlet(dumps, address))
                .addServlet("/void", new VoidServlet(dumps, address, context.institution(), context.uris().base(), settings.license()))
                .addServlet("/.well-known/void", new VoidServlet.WellKnown(address));
        if (!settings.interval().isZero()) server.addFilter("/dumps/*", new DumpSchedule(dumps, settings.interval()));
    }
}
