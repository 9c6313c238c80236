package org.glamlod.sync.wikidata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A stateful contract fake of the Wikibase action API ({@code api.php}) for tests over real HTTP: sessions with
 * cookies, login and CSRF tokens, items with revisions and statement GUIDs, {@code wbgetentities},
 * {@code wbeditentity} (create and update with {@code baserevid}), {@code list=search} with {@code haswbstatement},
 * and the real API's faults. Every request is recorded so tests can count writes.
 *
 * <p>Shapes follow Wikidata Toolkit's test resources ({@code wdtk-wikibaseapi/src/test/resources/}):
 * {@code query-login-token.json}, {@code loginSuccess.json}, {@code loginFailed.json},
 * {@code query-csrf-token-loggedin-response.json}, {@code error-badtoken.json}, {@code error-maxlag-full.json},
 * {@code error-spam-filter.json} (failed-save), {@code wbgetentities-Q6-Q42-P31.json}; the label+description clash
 * follows Wikidata's {@code modification-failed} answer with {@code wikibase-validator-label-with-description-conflict}
 * (info text and message parameters as Wikidata sends them); {@code toomanyvalues} and {@code ratelimited} follow
 * MediaWiki's ApiBase messages; maxlag's {@code Retry-After}/{@code X-Database-Lag} headers follow Manual:Maxlag.
 *
 * <p>Deliberately stricter than Wikibase in one place: any stale {@code baserevid} is an edit conflict, where the
 * real wiki first tries to patch non-overlapping edits; callers must handle the conflict either way.
 */
public final class FakeWikibase extends Dispatcher {
    static final String SESSION_COOKIE = "fakewiki_session";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API_NOTE = "See http://localhost/w/api.php for API usage.";

    /** One request as the fake saw it. */
    public record Call(String method, String action, Map<String, String> params, String userAgent) {}

    /** Faults the real API produces, injected for the next request of one action. */
    public enum Fault { MAXLAG, RATELIMITED, HTTP_429, FAILED_SAVE }

    private static final class Session {
        String loginToken;
        String csrfToken;
        String user;
    }

    private final String botUser;
    private final String botPassword;
    private final Map<String, Session> sessions = new HashMap<>();
    private final Map<String, ObjectNode> entities = new LinkedHashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Deque<Fault>> faults = new HashMap<>();
    private long revision = 1000;
    private int nextItem = 100;
    private int nextPage = 5000;
    private double lag = 7.5;
    private int retryAfterSeconds = 5;

    public FakeWikibase(String botUser, String botPassword) {
        this.botUser = botUser;
        this.botPassword = botPassword;
    }

    // ---- test controls ----

    /** The next request of {@code action} gets {@code fault} instead of its answer; faults queue, one per request. */
    public synchronized void inject(String action, Fault fault) {
        faults.computeIfAbsent(action, a -> new ArrayDeque<>()).add(fault);
    }

    /** What maxlag and HTTP 429 answers say: the {@code Retry-After} seconds and the lag reported. */
    public synchronized void retryAfter(int seconds, double lagSeconds) {
        this.retryAfterSeconds = seconds;
        this.lag = lagSeconds;
    }

    /** Every CSRF token handed out so far stops working, as when a session's token rotates. */
    public synchronized void expireCsrfTokens() {
        sessions.values().forEach(s -> s.csrfToken = null);
    }

    /** Stores an item as another user made it; returns its id. The JSON is Wikibase's entity format. */
    public synchronized String seed(String entityJson) {
        try {
            ObjectNode e = (ObjectNode) JSON.readTree(entityJson);
            String id = e.path("id").asText(null);
            if (id == null) id = "Q" + nextItem++;
            e.put("type", "item").put("id", id);
            for (String f : List.of("labels", "descriptions", "aliases", "claims", "sitelinks"))
                if (!e.has(f)) e.putObject(f);
            for (JsonNode group : e.path("claims")) for (JsonNode st : group) ensureStatement(id, (ObjectNode) st);
            save(id, e);
            return id;
        } catch (Exception ex) {
            throw new IllegalArgumentException(ex);
        }
    }

    /** Another user edits the item: a new revision, so a client's base revision goes stale. */
    public synchronized void touchAsOtherUser(String id, String language, String alias) {
        ObjectNode e = entities.get(id);
        ((ObjectNode) e.path("aliases")).putArray(language).addObject().put("language", language).put("value", alias);
        save(id, e);
    }

    /** The item as the wiki holds it now (a copy), in Wikibase's entity JSON. */
    public synchronized ObjectNode entity(String id) {
        return entities.get(id).deepCopy();
    }

    /** Items on the wiki, seeded ones included. */
    public synchronized int entityCount() {
        return entities.size();
    }

    /** Every request so far, in order. */
    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Requests so far of one {@code action}, refused ones included. */
    public synchronized long count(String action) {
        return calls.stream().filter(c -> action.equals(c.action())).count();
    }

    // ---- the API ----

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        Map<String, String> params = params(request);
        String action = params.getOrDefault("action", "");
        String ua = request.getHeaders().get("User-Agent");
        calls.add(new Call(request.getMethod(), action, params, ua));
        // Wikimedia's User-Agent policy: generic library agents are refused
        if (ua == null || ua.startsWith("okhttp/")) return new MockResponse.Builder().code(403)
                .body("Please set a user-agent and respect our robot policy https://w.wiki/4wJS").build();

        Deque<Fault> queued = faults.get(action);
        if (queued != null && !queued.isEmpty()) return fault(queued.poll());

        Session session = sessions.get(cookie(request));
        if ("user".equals(params.get("assert")) && (session == null || session.user == null))
            return error("assertuserfailed", "You are no longer logged in, so the action could not be completed.");

        return switch (action) {
            case "query" -> query(params, session);
            case "login" -> login(params, session);
            case "wbgetentities" -> getEntities(params);
            case "wbeditentity" -> editEntity(params, session);
            default -> error("badvalue", "Unrecognized value for parameter \"action\": " + action + ".");
        };
    }

    private MockResponse query(Map<String, String> params, Session session) {
        if ("tokens".equals(params.get("meta"))) {
            String type = params.getOrDefault("type", "csrf");
            ObjectNode root = JSON.createObjectNode();
            root.put("batchcomplete", "");
            ObjectNode tokens = root.putObject("query").putObject("tokens");
            String cookie = null;
            if (session == null) {
                cookie = UUID.randomUUID().toString();
                session = new Session();
                sessions.put(cookie, session);
            }
            if ("login".equals(type)) {
                session.loginToken = UUID.randomUUID().toString().replace("-", "") + "+\\";
                tokens.put("logintoken", session.loginToken);
            } else {
                // logged-out sessions get the anonymous token "+\", which no write accepts
                if (session.user == null) tokens.put("csrftoken", "+\\");
                else {
                    if (session.csrfToken == null) session.csrfToken = UUID.randomUUID().toString().replace("-", "") + "+\\";
                    tokens.put("csrftoken", session.csrfToken);
                }
            }
            MockResponse.Builder b = ok(root);
            if (cookie != null) b.addHeader("Set-Cookie", SESSION_COOKIE + "=" + cookie + "; path=/; HttpOnly");
            return b.build();
        }
        if ("search".equals(params.get("list"))) return search(params.getOrDefault("srsearch", ""));
        return ok(JSON.createObjectNode().put("batchcomplete", "")).build();
    }

    private MockResponse login(Map<String, String> params, Session session) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode login = root.putObject("login");
        if (session == null || session.loginToken == null || !session.loginToken.equals(params.get("lgtoken"))) {
            login.put("result", "WrongToken");
        } else if (botUser.equals(params.get("lgname")) && botPassword.equals(params.get("lgpassword"))) {
            session.user = botUser;
            session.loginToken = null;
            login.put("result", "Success").put("lguserid", 12345).put("lgusername", botUser.substring(0, botUser.indexOf('@')));
        } else {
            login.put("result", "Failed").put("reason", "Incorrect username or password entered. Please try again.");
        }
        return ok(root).build();
    }

    private MockResponse getEntities(Map<String, String> params) {
        String[] ids = params.getOrDefault("ids", "").split("\\|");
        if (ids.length > 50) {
            ObjectNode root = JSON.createObjectNode();
            root.putObject("error").put("code", "toomanyvalues")
                    .put("info", "Too many values supplied for parameter \"ids\". The limit is 50.")
                    .put("parameter", "ids").put("limit", 50).put("lowlimit", 50).put("highlimit", 500).put("*", API_NOTE);
            return ok(root).build();
        }
        ObjectNode root = JSON.createObjectNode();
        ObjectNode out = root.putObject("entities");
        for (String id : ids) {
            ObjectNode e = entities.get(id);
            if (e != null) out.set(id, e.deepCopy());
            else out.putObject(id).put("id", id).put("missing", "");
        }
        root.put("success", 1);
        return ok(root).build();
    }

    private MockResponse editEntity(Map<String, String> params, Session session) {
        String token = params.get("token");
        if (session == null || session.user == null || session.csrfToken == null || !session.csrfToken.equals(token))
            return error("badtoken", "Invalid CSRF token.");
        ObjectNode data;
        try {
            data = (ObjectNode) JSON.readTree(params.getOrDefault("data", ""));
        } catch (Exception e) {
            return error("invalid-json", "Could not parse JSON: " + e.getMessage());
        }
        ObjectNode entity;
        String id;
        if ("item".equals(params.get("new"))) {
            id = "Q" + nextItem;
            entity = JSON.createObjectNode().put("type", "item").put("id", id);
            for (String f : List.of("labels", "descriptions", "aliases", "claims", "sitelinks")) entity.putObject(f);
        } else {
            id = params.get("id");
            if (id == null || !entities.containsKey(id))
                return error("no-such-entity", "Could not find an entity with the ID \"" + id + "\".");
            entity = entities.get(id).deepCopy();
            String base = params.get("baserevid");
            if (base != null && Long.parseLong(base) != entity.path("lastrevid").asLong())
                return error("editconflict", "Edit conflict: Edit conflict.");
        }
        applyTerms((ObjectNode) entity.get("labels"), data.get("labels"));
        applyTerms((ObjectNode) entity.get("descriptions"), data.get("descriptions"));
        applyClaims(id, (ObjectNode) entity.get("claims"), data.get("claims"));
        MockResponse clash = labelDescriptionClash(id, entity);
        if (clash != null) return clash;
        if ("item".equals(params.get("new"))) nextItem++;
        save(id, entity);
        ObjectNode root = JSON.createObjectNode();
        root.set("entity", entity.deepCopy());
        root.put("success", 1);
        return ok(root).build();
    }

    private MockResponse search(String srsearch) {
        Matcher m = Pattern.compile("haswbstatement:\"?(P[0-9]+)=((?:[^\"\\\\]|\\\\.)*)\"?").matcher(srsearch);
        ArrayNode hits = JSON.createArrayNode();
        if (m.find()) {
            String property = m.group(1);
            String value = m.group(2).replace("\\\"", "\"");
            for (ObjectNode e : entities.values()) {
                for (JsonNode st : e.path("claims").path(property)) {
                    JsonNode v = st.path("mainsnak").path("datavalue").path("value");
                    String text = v.isTextual() ? v.asText() : v.path("id").asText(null);
                    if (value.equals(text)) {
                        hits.addObject().put("ns", 0).put("title", e.get("id").asText()).put("pageid", e.path("pageid").asInt());
                        break;
                    }
                }
            }
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("batchcomplete", "");
        ObjectNode query = root.putObject("query");
        query.putObject("searchinfo").put("totalhits", hits.size());
        query.set("search", hits);
        return ok(root).build();
    }

    // ---- entity changes, as Wikibase's ChangeOps apply them ----

    /** Terms as a map ({"en": {"language","value"}} or {"language","remove":""}) or a list of the same objects. */
    private static void applyTerms(ObjectNode terms, JsonNode changes) {
        if (changes == null) return;
        Iterable<JsonNode> items = changes.isObject() ? changes::elements : changes;
        for (JsonNode t : items) {
            String lang = t.path("language").asText();
            if (t.has("remove")) terms.remove(lang);
            else terms.set(lang, JSON.createObjectNode().put("language", lang).put("value", t.path("value").asText()));
        }
    }

    /** Claims as a map by property (a full document) or a list (an update): new ones get a GUID, ids replace, "remove" deletes. */
    private static void applyClaims(String id, ObjectNode claims, JsonNode changes) {
        if (changes == null) return;
        List<JsonNode> list = new ArrayList<>();
        if (changes.isObject()) changes.elements().forEachRemaining(g -> g.forEach(list::add));
        else changes.forEach(list::add);
        for (JsonNode c : list) {
            ObjectNode st = (ObjectNode) c.deepCopy();
            String guid = st.path("id").asText("");
            if (st.has("remove")) {
                removeStatement(claims, guid);
                continue;
            }
            String property = st.path("mainsnak").path("property").asText();
            if (!guid.isEmpty() && findStatement(claims, guid) != null) {
                ArrayNode group = (ArrayNode) claims.get(property);
                for (int i = 0; i < group.size(); i++) if (guid.equals(group.get(i).path("id").asText())) group.set(i, st);
            } else {
                st.put("id", id + "$" + UUID.randomUUID().toString().toUpperCase());
                ensureStatement(id, st);
                (claims.has(property) ? (ArrayNode) claims.get(property) : claims.putArray(property)).add(st);
            }
        }
    }

    private static void ensureStatement(String id, ObjectNode st) {
        if (!st.has("id") || st.get("id").asText().isEmpty()) st.put("id", id + "$" + UUID.randomUUID().toString().toUpperCase());
        st.put("type", "statement");
        if (!st.has("rank")) st.put("rank", "normal");
    }

    private static JsonNode findStatement(ObjectNode claims, String guid) {
        for (JsonNode group : claims) for (JsonNode st : group) if (guid.equals(st.path("id").asText())) return st;
        return null;
    }

    private static void removeStatement(ObjectNode claims, String guid) {
        for (Iterator<Map.Entry<String, JsonNode>> it = claims.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> group = it.next();
            ArrayNode list = (ArrayNode) group.getValue();
            for (int i = list.size() - 1; i >= 0; i--) if (guid.equals(list.get(i).path("id").asText())) list.remove(i);
            if (list.isEmpty()) it.remove();
        }
    }

    /** Wikibase refuses a label and description pair another item already has in the same language. */
    private MockResponse labelDescriptionClash(String id, ObjectNode entity) {
        for (Iterator<Map.Entry<String, JsonNode>> it = entity.path("labels").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> label = it.next();
            String lang = label.getKey();
            String text = label.getValue().path("value").asText();
            String description = entity.path("descriptions").path(lang).path("value").asText(null);
            if (description == null) continue;
            for (ObjectNode other : entities.values()) {
                String otherId = other.get("id").asText();
                if (otherId.equals(id)) continue;
                if (text.equals(other.path("labels").path(lang).path("value").asText(null))
                        && description.equals(other.path("descriptions").path(lang).path("value").asText(null))) {
                    String info = "Item [[" + otherId + "|" + otherId + "]] already has label \"" + text
                            + "\" associated with language code " + lang + ", using the same description text.";
                    ObjectNode root = JSON.createObjectNode();
                    ObjectNode error = root.putObject("error").put("code", "modification-failed").put("info", info);
                    ObjectNode msg = error.putArray("messages").addObject()
                            .put("name", "wikibase-validator-label-with-description-conflict");
                    msg.putArray("parameters").add(text).add(lang).add("[[" + otherId + "|" + otherId + "]]");
                    msg.putObject("html").put("*", info);
                    error.put("*", API_NOTE);
                    return ok(root).build();
                }
            }
        }
        return null;
    }

    private void save(String id, ObjectNode entity) {
        entity.put("lastrevid", ++revision);
        if (!entity.has("pageid")) entity.put("pageid", nextPage++);
        entity.put("ns", 0).put("title", id).put("modified", "2025-01-01T00:00:00Z");
        entities.put(id, entity);
    }

    // ---- faults ----

    private MockResponse fault(Fault fault) {
        return switch (fault) {
            case MAXLAG -> {
                ObjectNode root = JSON.createObjectNode();
                root.putObject("error").put("code", "maxlag").put("info", "Waiting for all: " + lag + " seconds lagged.")
                        .put("host", "all").put("lag", lag).put("type", "wikibase-queryservice").put("*", API_NOTE);
                root.put("servedby", "mw-api-fake");
                yield ok(root).addHeader("Retry-After", retryAfterSeconds).addHeader("X-Database-Lag", (long) lag).build();
            }
            case RATELIMITED -> error("ratelimited", "As an anti-abuse measure, you are limited from performing this "
                    + "action too many times in a short space of time, and you have exceeded this limit. Please try again in a few minutes.");
            case HTTP_429 -> new MockResponse.Builder().code(429).addHeader("Retry-After", retryAfterSeconds)
                    .addHeader("Content-Type", "text/html; charset=utf-8")
                    .body("<!DOCTYPE html><html><body><h1>Too many requests</h1></body></html>").build();
            case FAILED_SAVE -> {
                ObjectNode root = JSON.createObjectNode();
                ObjectNode error = root.putObject("error").put("code", "failed-save").put("info", "The save has failed.");
                ArrayNode messages = error.putArray("messages");
                ObjectNode m1 = messages.addObject().put("name", "wikibase-api-failed-save");
                m1.putArray("parameters");
                m1.putObject("html").put("*", "The save has failed.");
                ObjectNode m2 = messages.addObject().put("name", "abusefilter-disallowed");
                m2.putArray("parameters").add("Automated edit pattern").add(42);
                m2.putObject("html").put("*", "This action has been automatically identified as harmful, and therefore disallowed.");
                error.put("*", API_NOTE);
                yield ok(root).build();
            }
        };
    }

    private static MockResponse error(String code, String info) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("error").put("code", code).put("info", info).put("*", API_NOTE);
        root.put("servedby", "mw-api-fake");
        return ok(root).build();
    }

    /** The API answers errors with HTTP 200 and a JSON body (MediaWiki-API-Error header), as the real one does. */
    private static MockResponse.Builder ok(JsonNode body) {
        MockResponse.Builder b = new MockResponse.Builder().code(200)
                .addHeader("Content-Type", "application/json; charset=utf-8").body(body.toString());
        if (body.has("error")) b.addHeader("MediaWiki-API-Error", body.path("error").path("code").asText());
        return b;
    }

    // ---- request parsing ----

    private static Map<String, String> params(RecordedRequest request) {
        Map<String, String> out = new LinkedHashMap<>();
        String query = request.getUrl().encodedQuery();
        if (query != null) decode(query, out);
        if ("POST".equals(request.getMethod()) && request.getBody() != null) decode(request.getBody().utf8(), out);
        return out;
    }

    private static void decode(String form, Map<String, String> out) {
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(k, v);
        }
    }

    private static String cookie(RecordedRequest request) {
        String header = request.getHeaders().get("Cookie");
        if (header == null) return null;
        for (String part : header.split(";")) {
            String p = part.trim();
            if (p.startsWith(SESSION_COOKIE + "=")) return p.substring(SESSION_COOKIE.length() + 1);
        }
        return null;
    }
}
