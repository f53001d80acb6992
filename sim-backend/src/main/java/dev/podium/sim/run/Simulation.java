package dev.podium.sim.run;

import dev.podium.api.job.JobSpec;
import dev.podium.api.placement.PlacementPolicy;
import dev.podium.api.queue.QueuePolicy;
import dev.podium.core.cost.CostModel;
import dev.podium.core.cost.Nestings;
import dev.podium.core.cost.PlacementCost;
import dev.podium.core.policy.Policies;
import dev.podium.core.scheduler.Cycle;
import dev.podium.core.scheduler.Interrupted;
import dev.podium.core.scheduler.Preempted;
import dev.podium.core.scheduler.RunningJob;
import dev.podium.core.scheduler.RuntimeEstimator;
import dev.podium.core.scheduler.Scheduler;
import dev.podium.core.scheduler.Started;
import dev.podium.core.state.ClusterState;
import dev.podium.sim.engine.EventQueue;
import dev.podium.sim.network.ContentionModel;
import dev.podium.sim.network.JobDemand;
import dev.podium.topology.fabric.Fabric;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Replays a workload through the scheduler on a fabric in virtual time. The simulator is a user of
 * {@link Scheduler}: it submits jobs at their arrival, reports completions, failures and repairs, and
 * runs a scheduling cycle after each batch of simultaneous events. Between events every running job
 * progresses at a rate set by its step time, recomputed whenever the set of running jobs changes
 * (network contention) — see {@code docs/SIMULATOR.md}. No wall clock, seeded randomness only.
 */
public final class Simulation {

  /** Called now and then during a run. */
  @FunctionalInterface
  public interface Progress {
    void update(double simulatedSeconds, long events, int finished, int jobs);
  }

  private static final int ARRIVAL = 0;
  private static final int COMPLETE = 1;
  private static final int FAIL = 2;
  private static final int DETECT = 3;
  private static final int REPAIR = 4;
  private static final int CRASH = 5;

  private final SimulationConfig config;
  private final Fabric fabric;
  private final ClusterState state;
  private final Scheduler scheduler;
  private final CostModel cost;
  private final ContentionModel contention;
  private final StepModel steps;
  private final EventQueue events = new EventQueue();
  private final JobRun[] runs;
  private final Map<String, JobRun> byId = new HashMap<>();
  private final Map<String, JobRun> running = new LinkedHashMap<>();
  private final List<double[]> busySeries = new ArrayList<>();
  private final SplittableRandom random;
  private final boolean[] lemon;
  private final Outages outages;
  private final List<Failure> failures = new ArrayList<>();
  private final double checkpointFactor;
  private final StorageRun storage;
  private double now;
  private long processed;
  private int finished;
  private int busy;
  private int arrivalsLeft;
  private int crashesPending;
  private boolean ratesStale;
  private int preemptions;
  private int interruptions;
  private double fragmentationArea;
  private double lastChange;
  private double lastFragmentation;

  private Simulation(SimulationConfig config) {
    this.config = config;
    this.fabric = config.fabric();
    this.state = new ClusterState(fabric, fabric.accelerator().name());
    PlacementPolicy placement = Policies.placement(config.placementPolicy(), config.placementOptions());
    QueuePolicy queue = Policies.queue(config.queuePolicy(), config.queueOptions());
    this.scheduler = Scheduler.builder(state, placement, queue, () -> now).estimator(this::expectedSeconds).build();
    this.cost = new CostModel(fabric);
    this.contention = new ContentionModel(fabric);
    this.steps = new StepModel(fabric, cost, config.computeEfficiency(), config.dpOverlap());
    List<JobSpec> jobs = config.workload().jobs();
    this.runs = new JobRun[jobs.size()];
    for (int i = 0; i < runs.length; i++) {
      runs[i] = new JobRun(i, jobs.get(i), fabric.levelCount());
      if (byId.put(jobs.get(i).id(), runs[i]) != null) {
        throw new IllegalArgumentException("workload " + config.workload().name() + ": job id " + jobs.get(i).id()
            + " appears twice");
      }
    }
    double interval = config.checkpointSeconds();
    this.checkpointFactor = Double.isInfinite(interval) ? 1 : interval / (interval + config.checkpointWriteSeconds());
    for (JobRun run : runs) {
      run.checkpointWrite = config.checkpointWriteSeconds();
      run.checkpointFactor = checkpointFactor;
    }
    this.storage = config.storage() == null ? null
        : new StorageRun(config.storage(), fabric, jobs, config.checkpointSeconds());
    if (storage != null) {
      state.useLocality(storage.locality());
    }
    this.random = new SplittableRandom(config.seed());
    this.lemon = new boolean[fabric.hostCount()];
    this.outages = new Outages(fabric, state, scheduler);
    if (config.failures() != null) {
      for (int h = 0; h < lemon.length; h++) {
        lemon[h] = random.nextDouble() < config.failures().lemonFraction();
      }
    }
  }

  /** Runs {@code config} to the end. */
  public static SimulationResult run(SimulationConfig config, Progress progress) {
    return new Simulation(config).run(progress);
  }

  private SimulationResult run(Progress progress) {
    for (JobRun job : runs) {
      events.push(job.spec.submitSeconds(), ARRIVAL, job.index, 0);
    }
    arrivalsLeft = runs.length;
    if (config.failures() != null && config.failures().perThousandNodeDays() > 0 && runs.length > 0) {
      scheduleFailure(runs[0].spec.submitSeconds());
    }
    lastChange = runs.length == 0 ? 0 : runs[0].spec.submitSeconds();
    while (!events.isEmpty()) {
      events.pop();
      now = events.time();
      processed++;
      handle(events.kind(), events.subject(), events.version());
      if (events.isEmpty() || events.peekTime() > now) {
        cycle();
      }
      if (progress != null && (processed & 0x3FFF) == 0) {
        progress.update(now, processed, finished, runs.length);
      }
    }
    if (progress != null) {
      progress.update(now, processed, finished, runs.length);
    }
    return result();
  }

  private void handle(int kind, int subject, int version) {
    switch (kind) {
      case ARRIVAL -> arrive(runs[subject]);
      case COMPLETE -> {
        JobRun job = runs[subject];
        if (job.running && job.version == version) {
          complete(job);
        }
      }
      case FAIL -> fail(subject);
      case DETECT -> detect(subject);
      case REPAIR -> repair(subject);
      case CRASH -> crash(runs[subject], version);
      default -> throw new IllegalStateException("unknown event kind " + kind);
    }
  }

  private void arrive(JobRun job) {
    arrivalsLeft--;
    String reason = null;
    if (job.spec.size() > fabric.acceleratorCount()) {
      reason = "needs " + job.spec.size() + " accelerators; the fabric has " + fabric.acceleratorCount();
    } else if (job.spec.acceleratorKind() != null
        && !job.spec.acceleratorKind().equalsIgnoreCase(fabric.accelerator().name())) {
      reason = "needs " + job.spec.acceleratorKind() + "; the fabric has " + fabric.accelerator().name();
    }
    if (reason != null) {
      job.rejectReason = reason;
      finished++;
      return;
    }
    scheduler.submit(job.spec);
  }

  /**
   * Runs a scheduling cycle and applies it. A cycle may preempt a job it started earlier in the same
   * cycle: that job never ran, so only jobs running before the cycle are interrupted, and only jobs
   * the scheduler still runs after it are started.
   */
  private void cycle() {
    Cycle cycle = scheduler.schedule();
    for (Preempted preempted : cycle.preempted()) {
      JobRun job = byId.get(preempted.run().id());
      if (job.running) {
        preemptions++;
        interrupt(job, 0);
      }
    }
    for (Started started : cycle.started()) {
      JobRun job = byId.get(started.run().id());
      Optional<RunningJob> run = scheduler.running(job.spec.id());
      if (!job.running && run.isPresent()) {
        start(job, run.get().placement().accelerators());
      }
    }
    if (ratesStale) {
      updateRates();
    }
  }

  private void start(JobRun job, int[] placement) {
    boolean restart = !Double.isNaN(job.firstStart);
    if (!restart) {
      job.firstStart = now;
      idealStep(job);
    }
    job.running = true;
    job.stalled = false;
    for (int a : placement) {
      job.stalled |= outages.undetected(a);
    }
    job.placement = placement;
    job.compute = steps.computeSeconds(job.spec);
    job.demand = contention.demand(cost, job.spec.plan(), placement);
    job.latency = steps.latencySeconds(job.spec.plan(), placement);
    cost.crossBytes(job.spec.plan(), placement, job.bytesPerStep);
    job.progressFrom = restart && config.failures() != null ? now + config.failures().restartSeconds() : now;
    if (storage != null) {
      job.progressFrom += storage.start(job.index, placement, restart);
    }
    job.lastUpdate = now;
    job.checkpointAt = job.progressFrom;
    job.checkpointRemaining = job.remaining;
    job.checkpointProductive = job.productive;
    job.rate = 0;
    running.put(job.spec.id(), job);
    changeBusy(job.spec.size());
    ratesStale = true;
  }

  private void complete(JobRun job) {
    settle(job);
    job.remaining = 0;
    job.running = false;
    job.end = now;
    if (storage != null) {
      storage.stop(job.index);
    }
    running.remove(job.spec.id());
    scheduler.finish(job.spec.id());
    finished++;
    changeBusy(-job.spec.size());
    ratesStale = true;
  }

  /** Stops a running job; it rolls back to its last checkpoint (or to where this run began). */
  private void interrupt(JobRun job, int failureCount) {
    settle(job);
    job.lost += Math.max(0, now - job.checkpointAt);
    job.remaining = job.checkpointRemaining;
    job.productive = job.checkpointProductive;
    job.interruptions++;
    job.running = false;
    job.stalled = false;
    job.version++;
    if (storage != null) {
      storage.stop(job.index);
    }
    interruptions += failureCount;
    running.remove(job.spec.id());
    changeBusy(-job.spec.size());
    ratesStale = true;
  }

  /**
   * A failure strikes {@code host}: its component is drawn by share, then for hardware the outage
   * opens over the component's range and the jobs on it stall; for software the job on the host
   * (found from a drawn accelerator onwards) stalls. The next failure is drawn.
   */
  private void fail(int host) {
    if (!failuresMatter()) {
      return;
    }
    FailureComponent component = component(config.failures().components());
    FailureScope scope = component.scope();
    int slot = 0;
    if (scope == FailureScope.ACCELERATOR || scope == FailureScope.SOFTWARE) {
      slot = random.nextInt(fabric.memberCount(fabric.hostLevel(), host));
    }
    int[] range = outages.range(scope, host, slot);
    boolean effective = scope == FailureScope.SOFTWARE ? crashAt(range, slot) : open(range);
    if (storage != null && effective && scope == FailureScope.HOST) {
      storage.replaceHost(host);
    }
    failures.add(new Failure(now, component.name(), scope, range[0], range.length, effective));
    scheduleFailure(now);
  }

  private FailureComponent component(List<FailureComponent> components) {
    if (components.size() == 1) {
      return components.get(0);
    }
    double pick = random.nextDouble();
    for (FailureComponent c : components) {
      pick -= c.share();
      if (pick < 0) {
        return c;
      }
    }
    return components.get(components.size() - 1);
  }

  /** Opens a hardware outage over {@code range}; the jobs on its accelerators stall. */
  private boolean open(int[] range) {
    int id = outages.open(range);
    if (id < 0) {
      return false;
    }
    events.push(now + config.failures().detectionSeconds(), DETECT, id, 0);
    for (int a : outages.accelerators(id)) {
      String holder = state.jobAt(a);
      if (holder != null) {
        stall(byId.get(holder));
      }
    }
    return true;
  }

  /**
   * A software failure on the host of accelerators {@code [first, first + count)}: the job holding
   * accelerator {@code slot} of {@code host}, or the next one of the host that is held, stalls until detected.
   */
  private boolean crashAt(int[] host, int slot) {
    for (int i = 0; i < host.length; i++) {
      String holder = state.jobAt(host[(slot + i) % host.length]);
      if (holder != null) {
        JobRun job = byId.get(holder);
        stall(job);
        crashesPending++;
        events.push(now + config.failures().detectionSeconds(), CRASH, job.index, job.interruptions);
        return true;
      }
    }
    return false;
  }

  /** A job on failed hardware, or whose software failed, makes no progress until the failure is detected. */
  private void stall(JobRun job) {
    if (job.running && !job.stalled) {
      settle(job);
      job.stalled = true;
      job.rate = 0;
      job.version++;
      ratesStale = true;
    }
  }

  /**
   * True while a failure can still change the run: a job is unfinished and one runs, one is yet to
   * arrive, or a failure is yet to be detected or repaired. Otherwise the waiting jobs were already
   * tried on the healthy idle fabric, and the failure process would keep an ended run going forever.
   */
  private boolean failuresMatter() {
    return finished < runs.length
        && (!running.isEmpty() || arrivalsLeft > 0 || outages.pending() > 0 || crashesPending > 0);
  }

  private void detect(int outage) {
    for (Interrupted interrupted : outages.detect(outage)) {
      interrupt(byId.get(interrupted.run().id()), 1);
    }
    events.push(now + config.failures().repairSeconds(), REPAIR, outage, 0);
  }

  private void repair(int outage) {
    outages.repair(outage);
  }

  /**
   * A software failure is detected: the job, if it still runs the run the failure struck ({@code
   * stops} interruptions so far), is interrupted by failing and at once repairing one of its
   * accelerators; no hardware stays unhealthy.
   */
  private void crash(JobRun job, int stops) {
    crashesPending--;
    if (!job.running || job.interruptions != stops) {
      return;
    }
    int a = job.placement[0];
    Optional<Interrupted> interrupted = scheduler.fail(a);
    scheduler.repair(a);
    interrupted.ifPresent(i -> interrupt(job, 1));
  }

  private void scheduleFailure(double from) {
    FailureModel model = config.failures();
    int hosts = fabric.hostCount();
    int lemons = 0;
    for (boolean l : lemon) {
      lemons += l ? 1 : 0;
    }
    // the published rate is the fleet average: ordinary hosts fail less so that lemons fit within it
    double weight = (hosts - lemons) + lemons * model.lemonFactor();
    double base = model.perHostPerSecond() * hosts / weight;
    double total = base * weight;
    double at = from - Math.log(1 - random.nextDouble()) / total;
    double pick = random.nextDouble() * total;
    int host = 0;
    for (; host < hosts - 1; host++) {
      pick -= base * (lemon[host] ? model.lemonFactor() : 1);
      if (pick < 0) {
        break;
      }
    }
    events.push(at, FAIL, host, 0);
  }

  /**
   * Settles progress to now at the current rate, and remembers the state at the last checkpoint
   * passed: checkpoints complete every interval plus write time of progress, counted from {@code
   * progressFrom}, and the rate has been constant since {@code from}.
   */
  private void settle(JobRun job) {
    double from = Math.max(job.lastUpdate, job.progressFrom);
    if (now > from && job.rate > 0) {
      double cycle = config.checkpointSeconds() + job.checkpointWrite;
      double checkpoint = Double.isInfinite(cycle) ? job.progressFrom
          : job.progressFrom + Math.floor((now - job.progressFrom) / cycle) * cycle;
      if (checkpoint > job.checkpointAt && checkpoint >= from) {
        job.checkpointAt = checkpoint;
        job.checkpointRemaining = Math.max(0, job.remaining - job.rate * (checkpoint - from));
        job.checkpointProductive = job.productive + (checkpoint - from) * job.checkpointFactor;
      }
      double elapsed = now - from;
      double progress = Math.min(job.remaining, job.rate * elapsed);
      job.remaining -= progress;
      job.productive += elapsed * job.checkpointFactor;
      if (storage != null) {
        long passed = Double.isInfinite(cycle) ? 0
            : (long) (Math.floor((now - job.progressFrom) / cycle) - Math.floor((from - job.progressFrom) / cycle));
        storage.settle(job, elapsed, progress, passed);
      }
      double stepsDone = job.spec.work().isSteps() ? progress : (job.idealStep > 0 ? progress / job.idealStep : 0);
      for (int level = 0; level < job.bytes.length; level++) {
        job.bytes[level] += job.bytesPerStep[level] * stepsDone;
      }
    }
    job.lastUpdate = now;
  }

  /** Recomputes every running job's step time under contention and reschedules completions. */
  private void updateRates() {
    ratesStale = false;
    List<JobRun> communicating = new ArrayList<>();
    List<JobDemand> demands = new ArrayList<>();
    for (JobRun job : running.values()) {
      if (!job.stalled && !job.demand.isEmpty()) {
        communicating.add(job);
        demands.add(job.demand);
      }
    }
    double[] commRates = new double[demands.size()];
    contention.rates(demands, commRates);
    int c = 0;
    for (JobRun job : running.values()) {
      if (!job.stalled) {
        double commRate = job.demand.isEmpty() ? Double.POSITIVE_INFINITY : commRates[c++];
        job.base = baseRate(job, commRate);
      }
    }
    if (storage != null) {
      List<JobRun> active = new ArrayList<>(running.size());
      for (JobRun job : running.values()) {
        if (!job.stalled) {
          active.add(job);
        }
      }
      storage.update(active);
    }
    for (JobRun job : running.values()) {
      if (job.stalled) {
        continue;
      }
      double dataFactor = storage == null ? 1 : storage.dataFactor(job.index);
      double rate = job.checkpointFactor * job.base;
      if (storage != null) {
        rate *= dataFactor;
      }
      if (rate != job.rate) {
        settle(job);
        job.rate = rate;
        job.dataFactor = dataFactor;
        job.version++;
        events.push(Math.max(now, job.progressFrom) + job.remaining / rate, COMPLETE, job.index, job.version);
      }
    }
  }

  private double baseRate(JobRun job, double commRate) {
    if (job.spec.model() == null && job.demand.isEmpty()) {
      return 1;
    }
    double step = steps.stepSeconds(job.spec, job.compute, job.demand, commRate, job.latency);
    if (job.spec.work().isSteps()) {
      return 1 / step;
    }
    return job.idealStep > 0 ? Math.min(1, job.idealStep / step) : 1;
  }

  /** Step seconds of a job alone on an empty fabric at its best dimension-aligned placement. */
  /** The job's ideal step seconds, computed once (the estimator may ask before the job starts). */
  private double idealStep(JobRun job) {
    if (Double.isNaN(job.idealStep)) {
      job.idealStep = idealStepSeconds(job.spec);
    }
    return job.idealStep;
  }

  private double idealStepSeconds(JobSpec job) {
    int n = job.size();
    int[] ids = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = i;
    }
    int[] best = null;
    PlacementCost bestCost = null;
    for (int[] placement : Nestings.placements(job.parallelism(), ids)) {
      PlacementCost c = cost.evaluate(job.plan(), placement);
      if (bestCost == null || c.compareTo(bestCost) < 0) {
        best = placement;
        bestCost = c;
      }
    }
    JobDemand demand = contention.demand(cost, job.plan(), best);
    double commRate = demand.isEmpty() ? Double.POSITIVE_INFINITY : contention.aloneRate(demand);
    return steps.stepSeconds(job, steps.computeSeconds(job), demand, commRate,
        steps.latencySeconds(job.plan(), best));
  }

  /**
   * The scheduler's runtime estimate: the restart time when the job starts again, then its remaining
   * work at the ideal rate (a step job without a model or traffic runs one step per second, as in
   * {@link #baseRate}).
   */
  private double expectedSeconds(JobSpec spec) {
    JobRun job = byId.get(spec.id());
    boolean restart = !Double.isNaN(job.firstStart) && config.failures() != null;
    double restartSeconds = restart ? config.failures().restartSeconds() : 0;
    if (spec.work().isSteps()) {
      double ideal = idealStep(job);
      double step = ideal > 0 ? ideal : 1;
      return restartSeconds + job.remaining * step / job.checkpointFactor;
    }
    return restartSeconds + job.remaining / job.checkpointFactor;
  }

  private void changeBusy(int delta) {
    double frag = fragmentation();
    fragmentationArea += lastFragmentation * (now - lastChange);
    lastFragmentation = frag;
    lastChange = now;
    busy += delta;
    busySeries.add(new double[] {now, busy});
  }

  /** Share of free accelerators that sit in hosts that are partly busy. */
  private double fragmentation() {
    int free = state.freeCount();
    if (free == 0) {
      return 0;
    }
    int hostLevel = fabric.hostLevel();
    int stranded = 0;
    for (int h = 0; h < fabric.hostCount(); h++) {
      int hostFree = state.freeCount(hostLevel, h);
      if (hostFree > 0 && hostFree < fabric.memberCount(hostLevel, h)) {
        stranded += hostFree;
      }
    }
    return (double) stranded / free;
  }

  private SimulationResult result() {
    List<JobOutcome> outcomes = new ArrayList<>(runs.length);
    double firstSubmit = runs.length == 0 ? 0 : runs[0].spec.submitSeconds();
    double lastEnd = firstSubmit;
    double[] jcts = new double[runs.length];
    int completed = 0;
    int rejected = 0;
    double queueing = 0;
    int started = 0;
    double heldSeconds = 0;
    double productiveSeconds = 0;
    double ettrNumerator = 0;
    double ettrDenominator = 0;
    double[] totalBytes = new double[fabric.levelCount()];
    for (JobRun job : runs) {
      if (job.running) {
        settle(job);
      }
      String outcome = job.rejectReason != null ? "rejected" : Double.isNaN(job.end) ? "unfinished" : "completed";
      outcomes.add(new JobOutcome(job.spec.id(), job.spec.tenant(), job.spec.size(), job.spec.submitSeconds(),
          job.firstStart, job.end, outcome, job.rejectReason == null ? "" : job.rejectReason, job.interruptions,
          job.lost, job.productive, job.bytes.clone(), storage == null ? null : storage.figures(job.index)));
      if (outcome.equals("rejected")) {
        rejected++;
      }
      if (!Double.isNaN(job.firstStart)) {
        started++;
        queueing += job.firstStart - job.spec.submitSeconds();
      }
      if (outcome.equals("completed")) {
        jcts[completed++] = job.end - job.spec.submitSeconds();
        lastEnd = Math.max(lastEnd, job.end);
        ettrNumerator += job.productive * job.spec.size();
        ettrDenominator += (job.end - job.firstStart) * job.spec.size();
      }
      productiveSeconds += job.productive * job.spec.size();
      for (int level = 0; level < totalBytes.length; level++) {
        totalBytes[level] += job.bytes[level];
      }
    }
    double makespan = lastEnd - firstSubmit;
    for (int i = 0; i < busySeries.size(); i++) {
      double[] point = busySeries.get(i);
      double until = i + 1 < busySeries.size() ? busySeries.get(i + 1)[0] : lastEnd;
      heldSeconds += point[1] * Math.max(0, Math.min(until, lastEnd) - point[0]);
    }
    fragmentationArea += lastFragmentation * Math.max(0, lastEnd - lastChange);
    double capacity = (double) fabric.acceleratorCount() * makespan;
    double[] sorted = Arrays.copyOf(jcts, completed);
    Arrays.sort(sorted);
    Map<String, Double> bytesByLevel = new LinkedHashMap<>();
    for (int level = 1; level < totalBytes.length; level++) {
      bytesByLevel.put(fabric.levels().get(level).name(), totalBytes[level]);
    }
    RunSummary summary = new RunSummary(runs.length, completed, rejected,
        completed == 0 ? 0 : Arrays.stream(sorted).sum() / completed, percentile(sorted, 0.50),
        percentile(sorted, 0.90), percentile(sorted, 0.99), started == 0 ? 0 : queueing / started, makespan,
        capacity > 0 ? heldSeconds / capacity : 0, capacity > 0 ? productiveSeconds / capacity : 0,
        ettrDenominator > 0 ? ettrNumerator / ettrDenominator : 1, bytesByLevel,
        makespan > 0 ? fragmentationArea / makespan : 0, preemptions, interruptions, processed,
        storage == null ? null : storage.totals());
    return new SimulationResult(config, summary, List.copyOf(outcomes), List.copyOf(busySeries),
        List.copyOf(failures));
  }

  /** Nearest-rank percentile of sorted values; 0 when empty. */
  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  /** One job's mutable run state; {@link StorageRun} reads and sets its checkpoint fields. */
  static final class JobRun {
    final int index;
    final JobSpec spec;
    double remaining;
    boolean running;
    boolean stalled;
    int version;
    int[] placement;
    JobDemand demand;
    double compute;
    double latency;
    double rate;
    double base;
    double dataFactor = 1;
    double checkpointWrite;
    double checkpointFactor;
    double lastUpdate;
    double progressFrom;
    double checkpointAt;
    double checkpointRemaining;
    double checkpointProductive;
    double idealStep = Double.NaN;
    double firstStart = Double.NaN;
    double end = Double.NaN;
    int interruptions;
    double lost;
    double productive;
    String rejectReason;
    final double[] bytesPerStep;
    final double[] bytes;

    JobRun(int index, JobSpec spec, int levels) {
      this.index = index;
      this.spec = spec;
      this.remaining = spec.work().isSteps() ? spec.work().steps() : spec.work().seconds();
      this.bytesPerStep = new double[levels];
      this.bytes = new double[levels];
    }
  }
}
