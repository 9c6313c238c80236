package org.glamlod.sync.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;

/**
 * A stateful contract fake of a records API, the shape every sync target's remote has: records with server-assigned
 * ids, found by the object they stand for.
 * <ul>
 * <li>{@code GET /records?object=URI} → 200 {@code {"ids": [...]}}</li>
 * <li>{@code POST /records} (a record with its {@code object}) → 201 {@code {"id": "R7"}}</li>
 * <li>{@code PUT /records/{id}} → 200 {@code {"id": ...}}, 404 for an unknown id</li>
 * </ul>
 * Faults can be queued per object (a status and a Retry-After); every request is logged with the clock's time. A
 * create can be held after it was applied but before it is answered, to kill a client at the worst moment.
 */
final class RecordsServer extends Dispatcher {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as the server saw it. */
    record Seen(String method, String path, String object, Instant at, int status) {
        boolean isWrite() {
            return !method.equals("GET");
        }
    }

    private record Fault(int status, String retryAfter) {}

    private final Clock clock;
    private final Map<String, ObjectNode> records = new LinkedHashMap<>();
    private final Map<String, Deque<Fault>> faults = new HashMap<>();
    private final List<Seen> seen = new ArrayList<>();
    private int nextId = 1;
    private int holdAtCreate;
    private CountDownLatch held = new CountDownLatch(0);
    private final CountDownLatch release = new CountDownLatch(1);

    RecordsServer(Clock clock) {
        this.clock = clock;
    }

    /** The next {@code times} requests about {@code object} get {@code status}, with Retry-After if not null. */
    synchronized void fail(String object, int status, String retryAfter, int times) {
        Deque<Fault> queue = faults.computeIfAbsent(object, o -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(new Fault(status, retryAfter));
        }
    }

    /** A record that exists already, as if someone else had made it. */
    synchronized String seed(String object, String label) {
        ObjectNode r = JSON.createObjectNode().put("object", object).put("label", label);
        String id = "R" + nextId++;
        records.put(id, r);
        return id;
    }

    /**
     * The {@code n}th create is stored but not answered until {@link #release()}; the returned latch opens when it
     * has been stored.
     */
    synchronized CountDownLatch holdCreate(int n) {
        holdAtCreate = n;
        held = new CountDownLatch(1);
        return held;
    }

    void release() {
        release.countDown();
    }

    synchronized List<Seen> seen() {
        return List.copyOf(seen);
    }

    synchronized Map<String, ObjectNode> records() {
        Map<String, ObjectNode> copy = new LinkedHashMap<>();
        records.forEach((id, r) -> copy.put(id, r.deepCopy()));
        return copy;
    }

    /** How many records stand for each object: more than one is a duplicate the sync made. */
    synchronized Map<String, Integer> recordsPerObject() {
        Map<String, Integer> counts = new HashMap<>();
        records.values().forEach(r -> counts.merge(r.get("object").asText(), 1, Integer::sum));
        return counts;
    }

    synchronized long creates() {
        return seen.stream().filter(s -> s.method().equals("POST") && s.status() == 201).count();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        boolean hold;
        MockResponse response;
        synchronized (this) {
            String method = request.getMethod();
            String path = request.getUrl().encodedPath();
            JsonNode body = method.equals("GET") ? null : body(request);
            String object = method.equals("GET") ? request.getUrl().queryParameter("object")
                    : body.path("object").asText(null);
            Deque<Fault> queue = object == null ? null : faults.get(object);
            Fault fault = queue == null ? null : queue.poll();
            if (fault != null) {
                seen.add(new Seen(method, path, object, clock.instant(), fault.status()));
                Headers.Builder headers = new Headers.Builder().add("Content-Type", "application/json");
                if (fault.retryAfter() != null) {
                    headers.add("Retry-After", fault.retryAfter());
                }
                return new MockResponse.Builder().code(fault.status()).headers(headers.build())
                        .body("{\"error\":\"injected " + fault.status() + "\"}").build();
            }
            response = answer(method, path, object, body, request);
            seen.add(new Seen(method, path, object, clock.instant(), response.getCode()));
            hold = response.getCode() == 201 && holdAtCreate > 0 && creates() == holdAtCreate;
            if (hold) {
                held.countDown();
            }
        }
        if (hold) {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return response;
    }

    private MockResponse answer(String method, String path, String object, JsonNode body, RecordedRequest request) {
        if (method.equals("GET") && path.equals("/records") && object != null) {
            List<String> ids = new ArrayList<>();
            records.forEach((id, r) -> {
                if (r.get("object").asText().equals(object)) {
                    ids.add(id);
                }
            });
            return json(200, JSON.createObjectNode().set("ids", JSON.valueToTree(ids)));
        }
        if (object == null || body.path("label").isMissingNode()) {
            return json(400, JSON.createObjectNode().put("error", "a record needs an object and a label"));
        }
        if (method.equals("POST") && path.equals("/records")) {
            String id = "R" + nextId++;
            records.put(id, (ObjectNode) body);
            return json(201, JSON.createObjectNode().put("id", id));
        }
        if (method.equals("PUT") && path.startsWith("/records/")) {
            String id = path.substring("/records/".length());
            if (!records.containsKey(id)) {
                return json(404, JSON.createObjectNode().put("error", "no record " + id));
            }
            records.put(id, (ObjectNode) body);
            return json(200, JSON.createObjectNode().put("id", id));
        }
        return json(405, JSON.createObjectNode().put("error", method + " " + request.getUrl() + " is not supported"));
    }

    private static JsonNode body(RecordedRequest request) {
        try {
            return JSON.readTree(request.getBody().utf8());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MockResponse json(int status, JsonNode body) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                .body(body.toString()).build();
    }
}
