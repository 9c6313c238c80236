package org.glamlod.sync.schedule;

import java.text.ParseException;
import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;

import org.quartz.CronExpression;

/**
 * One scheduled job, as configured.
 *
 * @param name     the job's name, e.g. {@code sync-wikidata}, {@code ingest-smk}, {@code dumps}, {@code validate},
 *                 {@code compact}; also the key of its action
 * @param cron     a Quartz cron expression (seconds first: {@code "0 15 2 * * ?"} is 02:15:00 every day)
 * @param misfire  what to do about missed fire times
 * @param timeZone the zone the cron expression is read in; null for the system's zone
 */
public record JobSpec(String name, String cron, Misfire misfire, ZoneId timeZone) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    public JobSpec {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("job name '" + name + "' must be lower-case letters, digits, '.', '_' or '-'"
                    + " (at most 100), e.g. sync-wikidata");
        }
        Objects.requireNonNull(misfire, "misfire");
        cron = cron == null ? null : cron.strip();
        validateCron(name, cron);
    }

    /** A job with the misfire policy chosen for its kind ({@link Misfire#forJob}), in the system's time zone. */
    public static JobSpec of(String name, String cron) {
        return new JobSpec(name, cron, Misfire.forJob(name), null);
    }

    /** The zone the cron is read in. */
    public ZoneId zone() {
        return timeZone != null ? timeZone : ZoneId.systemDefault();
    }

    private static void validateCron(String name, String cron) {
        if (cron == null || cron.isEmpty()) {
            throw new IllegalArgumentException("job '" + name + "': no cron expression");
        }
        int fields = cron.split("\\s+").length;
        if (fields < 6 || fields > 7) {
            throw new IllegalArgumentException("job '" + name + "': cron expression '" + cron + "' has " + fields
                    + " fields; Quartz cron has 6 or 7 (seconds first, '?' for day-of-month or day-of-week), e.g. '0 15 2 * * ?'");
        }
        try {
            CronExpression.validateExpression(cron);
        } catch (ParseException e) {
            throw new IllegalArgumentException("job '" + name + "': invalid cron expression '" + cron + "': " + e.getMessage(), e);
        }
    }
}
