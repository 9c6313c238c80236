package org.glamlod.sync.schedule;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for a condition that background threads or processes make true, failing with a description after a deadline. */
public final class Poll {
    private Poll() {
    }

    public static <T> T until(String what, Duration deadline, Supplier<T> probe) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null && !Boolean.FALSE.equals(value)) {
                return value;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("gave up after " + deadline.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
