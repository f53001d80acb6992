package dev.podium.core.scheduler;

import dev.podium.api.job.JobSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * A tiny deterministic discrete-event driver for tests: arrivals at their submit times, finishes at
 * start plus the job's true duration; at each distinct time it applies all events (finishes first,
 * then arrivals, each in insertion order), runs one cycle, and schedules the started jobs' finishes.
 */
final class EventLoop {

  private record Event(double time, int kind, long sequence, JobSpec job, double startedAt) {}

  private static final int FINISH = 0;
  private static final int ARRIVAL = 1;

  private final ManualClock clock;
  private final Scheduler scheduler;
  private final PriorityQueue<Event> events = new PriorityQueue<>((x, y) -> x.time != y.time
      ? Double.compare(x.time, y.time) : x.kind != y.kind ? Integer.compare(x.kind, y.kind)
      : Long.compare(x.sequence, y.sequence));
  private final Map<String, Double> durations = new HashMap<>();
  private final Map<String, List<double[]>> runs = new LinkedHashMap<>();
  private final Map<String, Integer> starts = new HashMap<>();
  private final Map<String, Double> finishes = new HashMap<>();
  private long sequence;
  private Consumer<Double> beforeCycle = now -> { };
  private Consumer<Cycle> afterCycle = cycle -> { };

  EventLoop(ManualClock clock, Scheduler scheduler) {
    this.clock = clock;
    this.scheduler = scheduler;
  }

  /** Called with the time before each cycle (after that time's events), e.g. to submit more work. */
  EventLoop beforeCycle(Consumer<Double> hook) {
    this.beforeCycle = hook;
    return this;
  }

  /** Called with each cycle's report. */
  EventLoop afterCycle(Consumer<Cycle> hook) {
    this.afterCycle = hook;
    return this;
  }

  /** Queues {@code job}'s arrival at its submit time; it runs for {@code seconds} once started. */
  void arrive(JobSpec job, double seconds) {
    durations.put(job.id(), seconds);
    events.add(new Event(job.submitSeconds(), ARRIVAL, sequence++, job, Double.NaN));
  }

  /** Submits {@code job} now, bypassing the event queue (from a hook); it runs for {@code seconds}. */
  void submitNow(JobSpec job, double seconds) {
    durations.put(job.id(), seconds);
    scheduler.submit(job);
  }

  /** Processes events until none is left or the next is after {@code until}; returns the last time. */
  double run(double until) {
    double now = clock.now();
    while (!events.isEmpty() && events.peek().time <= until) {
      now = events.peek().time;
      clock.set(now);
      while (!events.isEmpty() && events.peek().time == now) {
        Event event = events.poll();
        if (event.kind == ARRIVAL) {
          scheduler.submit(event.job);
        } else {
          RunningJob run = scheduler.running(event.job.id()).orElse(null);
          if (run != null && run.startSeconds() == event.startedAt) {
            scheduler.finish(event.job.id());
            finishes.put(event.job.id(), now);
          }
        }
      }
      beforeCycle.accept(now);
      Cycle cycle = scheduler.schedule();
      for (Started started : cycle.started()) {
        RunningJob run = started.run();
        starts.merge(run.id(), 1, Integer::sum);
        runs.computeIfAbsent(run.id(), id -> new ArrayList<>()).add(new double[] {now, run.size()});
        events.add(new Event(now + durations.get(run.id()), FINISH, sequence++, run.job(), now));
      }
      afterCycle.accept(cycle);
    }
    return now;
  }

  /** How many times each job started. */
  Map<String, Integer> starts() {
    return starts;
  }

  /** When each finished job finished. */
  Map<String, Double> finishes() {
    return finishes;
  }

  /** Start time of the job's first run, or NaN. */
  double firstStart(String jobId) {
    List<double[]> list = runs.get(jobId);
    return list == null ? Double.NaN : list.get(0)[0];
  }
}
