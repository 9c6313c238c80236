package org.glamlod.mappings.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpPagedSourceTest {

    private static final HttpOptions FAST = new HttpOptions(HttpOptions.userAgent("https://museum.example/contact"), 3,
            Duration.ofMillis(10), Duration.ofSeconds(5), Duration.ofSeconds(5));
    private static final SourceFormat SMK = SourceFormat.json("items").paged(10);

    private MockWebServer server;
    private SmkFake smk;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        smk = new SmkFake(25);
        server.setDispatcher(smk);
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String search() {
        return server.url("/api/v1/art/search/?keys=*").toString();
    }

    @Test
    void readsEveryPageAndHonoursRetryAfterOn429() {
        smk.fail(10, new MockResponse.Builder().code(429).addHeader("Retry-After", "1").body("slow down").build());

        long started = System.nanoTime();
        Collected c = Collected.read(SMK, List.of(search()), FAST);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(c.errors).isEmpty();
        assertThat(c.json()).extracting(j -> j.get("object_number").asText())
                .containsExactlyElementsOf(IntStream.range(0, 25).mapToObj(i -> "KMS" + i).toList());
        assertThat(c.locators().get(0)).isEqualTo(search() + "&offset=0&rows=10#item 1");
        assertThat(c.locators().get(12)).isEqualTo(search() + "&offset=10&rows=10#item 3");
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        // offset 10 twice (429, then the page); nothing after the page that reached "found"
        assertThat(smk.offsets()).containsExactly("0", "10", "10", "20");
        assertThat(smk.requests).allSatisfy(r -> {
            assertThat(r.getHeaders().get("User-Agent")).matches("glam-lod/\\S+ \\(\\+https://museum\\.example/contact\\)");
            assertThat(r.getUrl().queryParameter("keys")).isEqualTo("*");
            assertThat(r.getUrl().queryParameter("rows")).isEqualTo("10");
        });
    }

    @Test
    void aPageThatKeepsFailingEndsTheSourceWithAnErrorNamingItsUrlAndStatus() {
        for (int i = 0; i < 5; i++) smk.fail(10, new MockResponse.Builder().code(500).body("{\"error\":\"solr down\"}").build());

        Collected c = Collected.read(SMK, List.of(search()), FAST);

        assertThat(c.records).hasSize(10);
        assertThat(c.errors).singleElement().satisfies(e -> {
            assertThat(e.locator()).isEqualTo(search() + "&offset=10&rows=10");
            assertThat(e.message()).contains("HTTP 500").contains("after 3 attempts").contains("solr down")
                    .contains("to resume, start from offset=10");
        });
        assertThat(smk.offsets()).containsExactly("0", "10", "10", "10");
    }

    @Test
    void aClientErrorIsNotRetriedAndTheApiSaysWhy() {
        Collected c = Collected.read(SourceFormat.json("items").paged(5000), List.of(search()), FAST);

        assertThat(c.records).isEmpty();
        assertThat(c.errors).singleElement().extracting(ReadError::message).asString()
                .startsWith("HTTP 400").contains("rows must be between 1 and 2000");
        assertThat(smk.requests).hasSize(1);
    }

    @Test
    void aRetryAfterLongerThanAllowedStopsAtOnce() {
        smk.fail(0, new MockResponse.Builder().code(503).addHeader("Retry-After", "3600").build());

        Collected c = Collected.read(SMK, List.of(search()), FAST);

        assertThat(c.errors).singleElement().extracting(ReadError::message).asString()
                .contains("HTTP 503").contains("retry after 3600 s");
        assertThat(smk.requests).hasSize(1);
    }

    @Test
    void theNextOffsetFollowsTheItemsReceivedWhenTheApiCapsRows() {
        smk.maxRows = 7;

        Collected c = Collected.read(SMK, List.of(search()), FAST);

        assertThat(c.errors).isEmpty();
        assertThat(c.json()).extracting(j -> j.get("object_number").asText()).doesNotHaveDuplicates().hasSize(25);
        assertThat(smk.offsets()).containsExactly("0", "7", "14", "21");
    }

    @Test
    void withoutFoundPagingStopsAtAShortPage() {
        smk.withFound = false;

        Collected c = Collected.read(SMK, List.of(search()), FAST);

        assertThat(c.records).hasSize(25);
        assertThat(smk.offsets()).containsExactly("0", "10", "20");
    }

    @Test
    void pagingResumesFromTheUrlsOffset() {
        Collected c = Collected.read(SMK, List.of(search() + "&offset=20"), FAST);

        assertThat(c.json()).extracting(j -> j.get("object_number").asText()).containsExactly("KMS20", "KMS21", "KMS22", "KMS23", "KMS24");
        assertThat(smk.offsets()).containsExactly("20");
    }

    @Test
    void aPageWithoutTheItemsArrayIsAnError() {
        smk.fail(0, new MockResponse.Builder().code(200).body("{\"message\":\"maintenance\"}").build());

        Collected c = Collected.read(SMK, List.of(search()), FAST);

        assertThat(c.records).isEmpty();
        assertThat(c.errors).singleElement().extracting(ReadError::message).asString().contains("the page has no \"items\" array");
    }

    @Test
    void aTimeoutIsRetried() {
        smk.fail(10, new MockResponse.Builder().code(200).headersDelay(2, TimeUnit.SECONDS).body("{}").build());
        HttpOptions impatient = new HttpOptions(FAST.userAgent(), 2, Duration.ofMillis(10), Duration.ofSeconds(5), Duration.ofMillis(300));

        Collected c = Collected.read(SMK, List.of(search()), impatient);

        assertThat(c.errors).isEmpty();
        assertThat(c.records).hasSize(25);
        assertThat(smk.offsets()).containsExactly("0", "10", "10", "20");
    }

    @Test
    void anUnreachableServerIsAnErrorAfterTheRetries() {
        String url = search();
        server.close();

        Collected c = Collected.read(SMK, List.of(url), FAST);

        assertThat(c.records).isEmpty();
        assertThat(c.errors).singleElement().satisfies(e -> {
            assertThat(e.locator()).startsWith(url);
            assertThat(e.message()).contains("after 3 attempts");
        });
    }

    @Test
    void anUnpagedUrlIsReadLikeAFileEvenGzipped() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return switch (request.getUrl().encodedPath()) {
                    case "/dump.jsonl" -> new MockResponse.Builder().code(200)
                            .body(new Buffer().write(Collected.gzip("{\"id\":1}\n{\"id\":2}\n".getBytes(UTF_8)))).build();
                    case "/page.json" -> new MockResponse.Builder().code(200).body("{\"found\":1,\"items\":[{\"id\":3}]}").build();
                    default -> new MockResponse.Builder().code(404).build();
                };
            }
        });
        String dump = server.url("/dump.jsonl").toString();
        String page = server.url("/page.json").toString();

        Collected lines = Collected.read(SourceFormat.jsonLines(), List.of(dump, server.url("/missing.jsonl").toString()), FAST);
        Collected wrapper = Collected.read(SourceFormat.json("items"), List.of(page), FAST);

        assertThat(lines.locators()).containsExactly(dump + ":1", dump + ":2");
        assertThat(lines.errors).singleElement().extracting(ReadError::message).asString().isEqualTo("cannot read: HTTP 404 Client Error");
        assertThat(wrapper.locators()).containsExactly(page + "#item 1 (line 1)");
    }

    /**
     * The SMK search API as far as paging goes: validates offset and rows like the real one, caps rows, and can be
     * told to answer a given offset with faults first.
     */
    static final class SmkFake extends Dispatcher {
        final int total;
        volatile int maxRows = 2000;
        volatile boolean withFound = true;
        final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
        private final Map<Long, Deque<MockResponse>> faults = new ConcurrentHashMap<>();

        SmkFake(int total) {
            this.total = total;
        }

        void fail(long offset, MockResponse response) {
            faults.computeIfAbsent(offset, o -> new ArrayDeque<>()).add(response);
        }

        List<String> offsets() {
            return requests.stream().map(r -> r.getUrl().queryParameter("offset")).toList();
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            requests.add(request);
            HttpUrl url = request.getUrl();
            if (!url.encodedPath().equals("/api/v1/art/search/")) return json(404, "{\"error\":\"no such endpoint\"}");
            long offset;
            int rows;
            try {
                offset = Long.parseLong(url.queryParameter("offset"));
                rows = Integer.parseInt(url.queryParameter("rows"));
            } catch (NumberFormatException e) {
                return json(400, "{\"error\":\"offset and rows must be numbers\"}");
            }
            if (rows < 1 || rows > 2000 || offset < 0) return json(400, "{\"error\":\"rows must be between 1 and 2000\"}");
            Deque<MockResponse> queued = faults.get(offset);
            MockResponse fault = queued == null ? null : queued.poll();
            if (fault != null) return fault;

            ObjectNode page = JsonSource.MAPPER.createObjectNode().put("offset", offset).put("rows", rows);
            if (withFound) page.put("found", total);
            ArrayNode items = page.putArray("items");
            for (long i = offset; i < Math.min(total, offset + Math.min(rows, maxRows)); i++)
                items.addObject().put("id", "obj-" + i).put("object_number", "KMS" + i);
            page.putObject("facets").putArray("creator").add("Hammershøi").add(40);
            return json(200, page.toString());
        }

        private static MockResponse json(int code, String body) {
            return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
        }
    }
}
