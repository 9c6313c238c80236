package org.glamlod.sync.wikidata;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What can go wrong talking to a Wikibase, as the caller has to react to it: wait and retry ({@link MaxLag},
 * {@link RateLimited}), re-read and recompute ({@link EditConflict}), fix the data ({@link FailedSave}), or give up on
 * this item ({@link ApiError}, {@link Transport}, {@link BadToken}, {@link LoginFailed}). Messages never carry
 * credentials.
 */
public abstract sealed class WikibaseException extends Exception {
    private final String code;

    WikibaseException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** The API's error code ("maxlag", "editconflict"…), or a code of ours for HTTP and transport failures. */
    public String code() {
        return code;
    }

    /** The servers are lagging: retry after {@link #retryAfter()}, as {@code Retry-After} or the lag says. */
    public static final class MaxLag extends WikibaseException {
        private final Duration retryAfter;
        private final double lag;

        MaxLag(String info, double lag, Duration retryAfter) {
            super("maxlag", info, null);
            this.lag = lag;
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() { return retryAfter; }
        public double lag() { return lag; }
    }

    /** The account's rate limit ({@code ratelimited}) or the HTTP rate limit (429): back off. */
    public static final class RateLimited extends WikibaseException {
        private final Duration retryAfter;
        private final boolean http;

        RateLimited(String code, String info, Duration retryAfter, boolean http) {
            super(code, info, null);
            this.retryAfter = retryAfter;
            this.http = http;
        }

        public Duration retryAfter() { return retryAfter; }
        /** True for HTTP 429, false for the API's {@code ratelimited} error. */
        public boolean http() { return http; }
    }

    /** The CSRF token was refused even after one fresh token: the session is gone. */
    public static final class BadToken extends WikibaseException {
        BadToken(String code, String info) {
            super(code, info, null);
        }
    }

    /** Someone edited since our base revision: re-read the item and recompute the update. */
    public static final class EditConflict extends WikibaseException {
        EditConflict(String info) {
            super("editconflict", info, null);
        }
    }

    /**
     * The wiki refused the content: {@code failed-save} (AbuseFilter, spam list…) or {@code modification-failed}
     * (e.g. another item has the same label and description).
     */
    public static final class FailedSave extends WikibaseException {
        public static final String LABEL_DESCRIPTION_CONFLICT = "wikibase-validator-label-with-description-conflict";
        private static final Pattern LANGUAGE = Pattern.compile("language code ([A-Za-z0-9-]+)");
        private final List<String> messages;

        FailedSave(String code, String info, List<String> messages) {
            super(code, info, null);
            this.messages = List.copyOf(messages);
        }

        /** The names of the detailed messages, e.g. {@value #LABEL_DESCRIPTION_CONFLICT}. */
        public List<String> messages() { return messages; }

        /** The language of a label+description collision, read from the error's text as WDTK keeps no parameters. */
        public Optional<String> labelDescriptionConflictLanguage() {
            if (!messages.contains(LABEL_DESCRIPTION_CONFLICT)) return Optional.empty();
            Matcher m = LANGUAGE.matcher(getMessage());
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        }
    }

    /** Any other API error, with its code and text. */
    public static final class ApiError extends WikibaseException {
        ApiError(String code, String info) {
            super(code, info, null);
        }
    }

    /** The network failed or the answer was not the API's JSON (e.g. an HTML error page). */
    public static final class Transport extends WikibaseException {
        Transport(String info, Throwable cause) {
            super("transport", info, cause);
        }
    }

    /** Login refused (wrong bot password, missing grants…), with the wiki's reason. */
    public static final class LoginFailed extends WikibaseException {
        LoginFailed(String info) {
            super("login-failed", info, null);
        }
    }
}
