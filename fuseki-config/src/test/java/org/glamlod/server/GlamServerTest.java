package org.glamlod.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.store.ObjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlamServerTest {
    /** A part that answers "hello" at /hello and remembers the context it was given. */
    static final class HelloPart implements ServerPart {
        ServerContext seen;

        @Override
        public void install(org.apache.jena.fuseki.main.FusekiServer.Builder server, ServerContext context) {
            seen = context;
            server.addServlet("/hello", new HttpServlet() {
                @Override
                protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                    resp.setContentType("text/plain");
                    resp.getWriter().print("hello");
                }
            });
        }
    }

    @Test
    void installsEachPartAndListensOnLoopbackByDefault(@TempDir Path data) throws IOException {
        try (ObjectStore store = ObjectStore.open(data)) {
            ServerContext context = context(store, data);
            HelloPart part = new HelloPart();
            try (GlamServer server = new GlamServer(context, GlamServer.LOOPBACK, 0, List.of(part)).start()) {
                assertThat(part.seen).isSameAs(context);
                assertThat(server.port()).isPositive();
                assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
                HttpURLConnection c = (HttpURLConnection) URI.create(server.url() + "hello").toURL().openConnection();
                assertThat(c.getResponseCode()).isEqualTo(200);
                assertThat(new String(c.getInputStream().readAllBytes())).isEqualTo("hello");
            }
        }
    }

    @Test
    void aWildcardHostListensEverywhereAndIsShownAsLocalhost(@TempDir Path data) {
        try (ObjectStore store = ObjectStore.open(data);
             GlamServer server = new GlamServer(context(store, data), "0.0.0.0", 0, List.of()).start()) {
            assertThat(server.url()).isEqualTo("http://localhost:" + server.port() + "/");
            assertThat(GlamServer.isWildcard(server.host())).isTrue();
        }
    }

    @Test
    void aPortInUseGivesAMessageThatSaysWhatToRunInstead(@TempDir Path data) {
        try (ObjectStore store = ObjectStore.open(data);
             GlamServer first = new GlamServer(context(store, data), GlamServer.LOOPBACK, 0, List.of()).start()) {
            GlamServer second = new GlamServer(context(store, data), GlamServer.LOOPBACK, first.port(), List.of());
            assertThatThrownBy(second::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("127.0.0.1:" + first.port()).hasMessageContaining("--port");
        }
    }

    @Test
    void refusesABadPortOrHost(@TempDir Path data) {
        try (ObjectStore store = ObjectStore.open(data)) {
            assertThatThrownBy(() -> new GlamServer(context(store, data), GlamServer.LOOPBACK, 70_000, List.of()))
                    .hasMessageContaining("70000");
            assertThatThrownBy(() -> new GlamServer(context(store, data), " ", 0, List.of()))
                    .hasMessageContaining("host");
        }
    }

    private static ServerContext context(ObjectStore store, Path data) {
        return new ServerContext(store, new UriScheme("https://collection.example.org/"), data, "Museum", Duration.ofSeconds(5), null);
    }
}
