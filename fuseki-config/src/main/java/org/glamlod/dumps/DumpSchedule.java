package org.glamlod.dumps;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remakes the published dumps every {@code interval} when the store changed since they were made, and once at start
 * (when there are none yet, or the store changed while the server was down). It is a servlet filter only for its
 * life cycle: the server builder offers no other hook, and the servlet container initialises filters when the server
 * starts and destroys them when it stops, which stops the schedule before the store closes. Requests pass through.
 * <p>
 * The check and the dumps are {@link Dumps#publishIfChanged}, a plain method a job scheduler can call instead.
 */
final class DumpSchedule implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(DumpSchedule.class);

    private final Dumps dumps;
    private final Duration interval;
    private final AtomicLong checks = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private ScheduledExecutorService executor;
    private volatile boolean stopping;
    /**
     * Stops a dump in progress at its next progress report when the server stops. Not by interrupting the thread: an
     * interrupt closes the FileChannel a TDB2 read is using, for the whole process, which breaks the store.
     */
    private final Dumps.Listener cancellable = new Dumps.Listener() {
        @Override
        public void progress(long done) {
            if (stopping) throw new CancellationException("the server is stopping");
        }
    };

    DumpSchedule(Dumps dumps, Duration interval) {
        if (interval.isZero() || interval.isNegative()) throw new IllegalArgumentException("interval must be positive: " + interval);
        this.dumps = dumps;
        this.interval = interval;
    }

    @Override
    public void init(FilterConfig config) {
        start();
    }

    synchronized void start() {
        stopping = false;
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "glam-dumps");
            t.setDaemon(true); // never what keeps a stopping JVM alive
            t.setPriority(Thread.MIN_PRIORITY); // queries come first
            return t;
        });
        executor.scheduleWithFixedDelay(this::check, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One check; never throws, because an exception would cancel every later run of the schedule. */
    void check() {
        try {
            long start = System.nanoTime();
            dumps.publishIfChanged(cancellable).ifPresent(m -> {
                published.incrementAndGet();
                LOG.info("Dumps made in {} s from {} objects, {} quads: {}", (System.nanoTime() - start) / 1_000_000_000,
                        m.store().objects(), m.store().quads(), dumps.directory());
            });
        } catch (CancellationException e) {
            LOG.info("Dumps in progress abandoned: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Making the dumps failed; the previous ones stay published, next try in {}: {}", interval, e.toString());
        } finally {
            checks.incrementAndGet();
        }
    }

    long checks() {
        return checks.get();
    }

    long published() {
        return published.get();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(request, response);
    }

    /** Stops a dump in progress (its temporary file is removed) and waits for it, so the store can close. */
    @Override
    public synchronized void destroy() {
        if (executor == null) return;
        stopping = true;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(1, TimeUnit.MINUTES)) LOG.warn("The dump in progress did not stop within a minute");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
    }
}
