package org.glamlod.sync.dashboard;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.glamlod.sync.schedule.JobInfo;
import org.glamlod.sync.schedule.JobScheduler;
import org.glamlod.sync.state.SyncStates;

/**
 * Reads a {@link StatusReport} from the job database: the sync state's counts and problems, and the scheduler's jobs
 * and runs. The scheduler only has to be open, not started (so {@code glam status} can read a stopped node's database).
 *
 * @param problems how many problem items to list per target (the most recently updated)
 * @param runs     how many recent runs to list per job
 */
public record StatusCollector(SyncStates states, JobScheduler scheduler, int problems, int runs, Clock clock) {
    /** Problem items per target when not told otherwise. */
    public static final int DEFAULT_PROBLEMS = 50;
    /** Runs per job when not told otherwise. */
    public static final int DEFAULT_RUNS = 5;
    /** The most problem items one report lists per target. */
    public static final int MAX_PROBLEMS = 1000;

    public StatusCollector {
        Objects.requireNonNull(states, "states");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(clock, "clock");
        if (problems < 0 || problems > MAX_PROBLEMS) throw new IllegalArgumentException("problems must be 0 to " + MAX_PROBLEMS);
        if (runs < 0) throw new IllegalArgumentException("runs cannot be negative");
    }

    public StatusCollector(SyncStates states, JobScheduler scheduler) {
        this(states, scheduler, DEFAULT_PROBLEMS, DEFAULT_RUNS, Clock.systemUTC());
    }

    /** The same with another number of problem items per target. */
    public StatusCollector withProblems(int n) {
        return new StatusCollector(states, scheduler, n, runs, clock);
    }

    /**
     * The report as of now.
     *
     * @param pageOf this server's page for an object URI, or null for none
     */
    public StatusReport collect(UnaryOperator<String> pageOf) {
        List<StatusReport.Target> targets = new ArrayList<>();
        for (String target : states.targets()) {
            targets.add(new StatusReport.Target(target, states.counts(target), states.problems(target, problems).stream()
                    .map(r -> StatusReport.Problem.of(r, pageOf.apply(r.object()))).toList()));
        }
        List<StatusReport.Job> jobs = new ArrayList<>();
        for (JobInfo job : scheduler.jobs()) jobs.add(StatusReport.Job.of(job, scheduler.runs(job.name(), runs)));
        return new StatusReport(clock.instant(), targets, jobs);
    }
}
