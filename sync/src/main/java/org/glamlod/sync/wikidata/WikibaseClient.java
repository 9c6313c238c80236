package org.glamlod.sync.wikidata;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wikidata.wdtk.datamodel.helpers.JsonSerializer;
import org.wikidata.wdtk.datamodel.interfaces.EntityDocument;
import org.wikidata.wdtk.datamodel.interfaces.ItemDocument;
import org.wikidata.wdtk.datamodel.interfaces.ItemUpdate;
import org.wikidata.wdtk.wikibaseapi.BasicApiConnection;
import org.wikidata.wdtk.wikibaseapi.LoginFailedException;
import org.wikidata.wdtk.wikibaseapi.WbEditingAction;
import org.wikidata.wdtk.wikibaseapi.WikibaseDataFetcher;
import org.wikidata.wdtk.wikibaseapi.apierrors.EditConflictErrorException;
import org.wikidata.wdtk.wikibaseapi.apierrors.MaxlagErrorException;
import org.wikidata.wdtk.wikibaseapi.apierrors.MediaWikiApiErrorException;
import org.wikidata.wdtk.wikibaseapi.apierrors.MediaWikiErrorMessage;
import org.wikidata.wdtk.wikibaseapi.apierrors.TokenErrorException;

/**
 * The Wikibase API through Wikidata Toolkit 0.17: bot-password login, {@code wbgetentities} in batches of 50,
 * {@code haswbstatement} search, and exactly one {@code wbeditentity} per create or update.
 *
 * <p>Writes go through {@link WbEditingAction#wbEditEntity} rather than {@code WikibaseDataEditor.editEntityDocument},
 * because the latter sends {@code wbsetclaim}/{@code wbsetlabel}… when an update holds a single change; one action
 * for every write keeps requests, errors and the contract fake uniform. WDTK's own waiting is switched off (one try
 * per maxlag, no wait, no edit pacing) so the sync engine's rate limiter and back-off decide every pause; WDTK still
 * fetches a fresh CSRF token on {@code badtoken}, and this class retries the edit once with it.
 *
 * <p>HTTP 429 and the {@code Retry-After} header are read by an OkHttp interceptor, as WDTK 0.17 ignores status codes
 * and headers. Not thread-safe (neither is WDTK): one client per sync job.
 */
public final class WikibaseClient implements WikibaseLookup {
    private static final Logger LOG = LoggerFactory.getLogger(WikibaseClient.class);
    private static final int BATCH = 50;

    /**
     * @param connectTimeout     TCP connect timeout
     * @param readTimeout        response timeout
     * @param rateLimitedBackoff the pause suggested for {@code ratelimited}, which comes without {@code Retry-After}
     * @param editAsBot          flag edits as bot edits (effective only for accounts in the bot group)
     */
    public record Options(Duration connectTimeout, Duration readTimeout, Duration rateLimitedBackoff, boolean editAsBot) {
        public static Options defaults() {
            return new Options(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofMinutes(1), true);
        }
    }

    /** A successful write: the item's id and its new revision. */
    public record EditResult(String qid, long revision) {}

    private final WikidataSettings settings;
    private final Options options;
    private final Connection connection;
    private final WikibaseDataFetcher fetcher;
    private final WbEditingAction editor;

    public WikibaseClient(WikidataSettings settings, Options options) {
        this.settings = settings;
        this.options = options;
        this.connection = new Connection(settings.apiUrl(), settings.maxLag());
        connection.setCustomUserAgent(userAgent(settings.contact()));
        connection.setConnectTimeout((int) options.connectTimeout().toMillis());
        connection.setReadTimeout((int) options.readTimeout().toMillis());
        this.fetcher = new WikibaseDataFetcher(connection, settings.siteIri());
        this.editor = new WbEditingAction(connection, settings.siteIri());
        editor.setMaxLag(settings.maxLag());
        editor.setMaxLagMaxRetries(1);
        editor.setMaxLagFirstWaitTime(0);
        editor.setAverageTimePerEdit(0);
    }

    /** {@code glam-lod/<version> (<contact>) Wikidata-Toolkit/0.17.0}, as the User-Agent policy asks. */
    public static String userAgent(String contact) {
        String version = "dev";
        try (InputStream in = WikibaseClient.class.getResourceAsStream("/META-INF/maven/org.glamlod/sync/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                version = p.getProperty("version", version);
            }
        } catch (IOException e) {
            LOG.debug("no build version: {}", e.getMessage());
        }
        return "glam-lod/" + version + " (" + contact + ") Wikidata-Toolkit/0.17.0";
    }

    /**
     * Logs in with a bot password ({@code User@BotName}) through {@code action=login}. The password is read from the
     * array only for the request; WDTK keeps its own copy in the connection, which lives as long as this client.
     */
    public void login(String botUser, char[] botPassword) throws WikibaseException {
        try {
            connection.login(botUser, new String(botPassword));
            LOG.info("logged in to {} as {}", settings.apiUrl(), botUser);
        } catch (LoginFailedException e) {
            throw new WikibaseException.LoginFailed(e.getMessage());
        }
    }

    public boolean isLoggedIn() {
        return connection.isLoggedIn();
    }

    @Override
    public Map<String, ItemDocument> getEntities(List<String> ids) throws WikibaseException {
        Map<String, ItemDocument> out = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Map<String, EntityDocument> found = call(() -> fetcher.getEntityDocuments(new ArrayList<>(batch)));
            for (String id : batch) if (found.get(id) instanceof ItemDocument item) out.put(id, item);
        }
        return out;
    }

    /** {@code list=search} with {@code haswbstatement:"P217=value"}; the value is quoted so spaces and commas survive. */
    @Override
    public List<String> searchByStatement(String property, String value) throws WikibaseException {
        Map<String, String> params = new HashMap<>();
        params.put("action", "query");
        params.put("list", "search");
        params.put("srsearch", "haswbstatement:\"" + property + "=" + value.replace("\"", "\\\"") + "\"");
        params.put("srlimit", "50");
        params.put("srprop", "");
        params.put("maxlag", Integer.toString(settings.maxLag()));
        JsonNode root = call(() -> connection.sendJsonRequest("POST", params));
        List<String> ids = new ArrayList<>();
        for (JsonNode hit : root.path("query").path("search")) {
            String title = hit.path("title").asText();
            ids.add(title.substring(title.indexOf(':') + 1)); // "Item:Q1" on wikis with an item namespace
        }
        return ids;
    }

    /** {@code wbeditentity&new=item}: one request that creates the item with all its terms and statements. */
    public EditResult create(ItemDocument item, String summary) throws WikibaseException {
        String data = json(() -> JsonSerializer.getJsonString(item));
        EntityDocument created = writeWithTokenRetry(() -> editor.wbEditEntity(null, null, null, "item", data,
                false, options.editAsBot(), 0, summary, null));
        LOG.info("created {} (revision {})", created.getEntityId().getId(), created.getRevisionId());
        return new EditResult(created.getEntityId().getId(), created.getRevisionId());
    }

    /** {@code wbeditentity&id=…&baserevid=…}: one request; a stale base revision fails with {@link WikibaseException.EditConflict}. */
    public EditResult edit(ItemUpdate update, String summary) throws WikibaseException {
        if (update.isEmpty()) throw new IllegalArgumentException("an empty update makes no request");
        String data = json(() -> JsonSerializer.getJsonString(update));
        String id = update.getEntityId().getId();
        EntityDocument edited = writeWithTokenRetry(() -> editor.wbEditEntity(id, null, null, null, data,
                false, options.editAsBot(), update.getBaseRevisionId(), summary, null));
        LOG.info("edited {} (revision {} on {})", id, edited.getRevisionId(), update.getBaseRevisionId());
        return new EditResult(id, edited.getRevisionId());
    }

    /** WDTK already fetched a fresh token when it saw {@code badtoken}; send the edit once more with it. */
    private EntityDocument writeWithTokenRetry(ApiCall<EntityDocument> write) throws WikibaseException {
        try {
            return call(write);
        } catch (WikibaseException.BadToken first) {
            LOG.info("CSRF token refused; retrying once with a fresh token");
            return call(write);
        }
    }

    private interface Serialisation {
        String run() throws com.fasterxml.jackson.core.JsonProcessingException;
    }

    /** WDTK's own documents always serialise; a failure here is a bug, not a remote error. */
    private static String json(Serialisation s) {
        try {
            return s.run();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a WDTK document", e);
        }
    }

    private interface ApiCall<T> {
        T run() throws IOException, MediaWikiApiErrorException;
    }

    private <T> T call(ApiCall<T> call) throws WikibaseException {
        connection.retryAfter = null;
        try {
            return call.run();
        } catch (TooManyRequests e) {
            throw new WikibaseException.RateLimited("http-429", "HTTP 429 Too Many Requests", e.retryAfter, true);
        } catch (IOException e) {
            throw new WikibaseException.Transport(e.getMessage(), e);
        } catch (MaxlagErrorException e) {
            // Manual:Maxlag: Retry-After is max(maxlag, 5) seconds; without the header wait at least the lag
            Duration wait = connection.retryAfter != null ? connection.retryAfter
                    : Duration.ofSeconds(Math.max(settings.maxLag(), (long) Math.ceil(e.getLag())));
            throw new WikibaseException.MaxLag(e.getErrorMessage(), e.getLag(), wait);
        } catch (TokenErrorException e) {
            throw new WikibaseException.BadToken(e.getErrorCode(), e.getErrorMessage());
        } catch (EditConflictErrorException e) {
            throw new WikibaseException.EditConflict(e.getErrorMessage());
        } catch (MediaWikiApiErrorException e) {
            throw switch (e.getErrorCode()) {
                case "ratelimited" -> new WikibaseException.RateLimited(e.getErrorCode(), e.getErrorMessage(),
                        connection.retryAfter != null ? connection.retryAfter : options.rateLimitedBackoff(), false);
                case "failed-save", "modification-failed" -> new WikibaseException.FailedSave(e.getErrorCode(),
                        e.getErrorMessage(), e.getDetailedMessages().stream().map(MediaWikiErrorMessage::getName).toList());
                default -> new WikibaseException.ApiError(e.getErrorCode(), e.getErrorMessage());
            };
        }
    }

    /** HTTP 429 as an I/O failure, so it leaves WDTK's call stack before WDTK tries to parse the body as JSON. */
    static final class TooManyRequests extends IOException {
        final Duration retryAfter;

        TooManyRequests(Duration retryAfter) {
            super("HTTP 429 Too Many Requests");
            this.retryAfter = retryAfter;
        }
    }

    /** WDTK's connection plus an interceptor that keeps {@code Retry-After} and turns 429 into {@link TooManyRequests}. */
    private static final class Connection extends BasicApiConnection {
        private static final Duration DEFAULT_429_WAIT = Duration.ofSeconds(60);
        private final String maxLag;
        volatile Duration retryAfter;

        Connection(String apiUrl, int maxLag) {
            super(apiUrl);
            this.maxLag = Integer.toString(maxLag);
        }

        /**
         * Every request carries {@code maxlag}, as Wikimedia asks of bots: WDTK adds it to edits only, so reads, tokens
         * and the login get it here, in the URL (MediaWiki reads parameters from both).
         */
        @Override
        protected OkHttpClient.Builder getClientBuilder() {
            return super.getClientBuilder().addInterceptor(chain -> {
                Request request = chain.request();
                if (request.url().queryParameter("maxlag") == null)
                    request = request.newBuilder().url(request.url().newBuilder().addQueryParameter("maxlag", maxLag).build()).build();
                Response response = chain.proceed(request);
                retryAfter = parseRetryAfter(response.header("Retry-After"));
                if (response.code() == 429) {
                    response.close();
                    throw new TooManyRequests(retryAfter != null ? retryAfter : DEFAULT_429_WAIT);
                }
                return response;
            });
        }
    }

    /** Delta-seconds only: MediaWiki and Wikimedia's edge send seconds, never an HTTP date. */
    static Duration parseRetryAfter(String header) {
        if (header == null) return null;
        try {
            long seconds = Long.parseLong(header.trim());
            return seconds >= 0 ? Duration.ofSeconds(seconds) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
