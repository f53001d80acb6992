package dev.podium.k8s.gang;

import com.google.common.base.Ticker;
import dev.podium.k8s.cluster.KubeCluster;
import dev.podium.k8s.cluster.KubePod;
import dev.podium.k8s.cluster.PodRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The extender's decisions: plans a gang when its first pod is filtered, steers every pod to its rank's
 * node, holds bind answers until every pod of the gang has reached bind, then hands all the Bindings over
 * at once (all or nothing); a gang not complete within the gang timeout is released.
 *
 * <p>Not thread-safe: one thread makes every call (the extender's planner thread). Time comes only from
 * the ticker, so timeouts are testable.
 */
public final class GangScheduler {

  private final KubeCluster cluster;
  private final GangKeys keys;
  private final SnapshotReader reader;
  private final GangPlanner planner;
  private final Ticker ticker;
  private final long timeoutNanos;
  private final GangBook book = new GangBook();
  private final Consumer<String> events;
  private final AtomicLong gangsBound = new AtomicLong();
  private final AtomicLong gangsTimedOut = new AtomicLong();
  private final AtomicLong gangsRolledBack = new AtomicLong();
  private volatile int gangsInFlight;
  private volatile int gangsBoundInCluster;

  public GangScheduler(KubeCluster cluster, PlannerSettings settings, Ticker ticker, Duration gangTimeout) {
    this(cluster, settings, ticker, gangTimeout, event -> { });
  }

  /** A scheduler that also reports each gang planned, bound, rolled back or released to {@code events}. */
  public GangScheduler(KubeCluster cluster, PlannerSettings settings, Ticker ticker, Duration gangTimeout,
      Consumer<String> events) {
    this.events = Objects.requireNonNull(events, "events");
    this.cluster = Objects.requireNonNull(cluster, "cluster");
    this.keys = settings.keys();
    this.reader = new SnapshotReader(settings);
    this.planner = new GangPlanner(settings);
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    if (gangTimeout.isNegative() || gangTimeout.isZero()) {
      throw new IllegalArgumentException("gang timeout must be > 0, was " + gangTimeout);
    }
    this.timeoutNanos = gangTimeout.toNanos();
  }

  /** The gangs in flight. */
  public GangBook book() {
    return book;
  }

  /** The filter answer for {@code pod} among {@code nodeNames}, the nodes kube-scheduler passed. */
  public FilterDecision filter(KubePod pod, List<String> nodeNames) {
    GangRequest request;
    try {
      request = GangRequest.of(pod, keys);
    } catch (IllegalArgumentException e) {
      return invalid("podium: " + e.getMessage());
    }
    Gang gang = book.get(request.gang());
    if (gang == null) {
      ClusterSnapshot snapshot = reader.read(cluster, book.keys(), book.reservedPerNode());
      gangsBoundInCluster = snapshot.gangsBound();
      GangPlanner.Outcome outcome = planner.plan(request, snapshot);
      if (outcome instanceof GangPlanner.Refused refused) {
        return unschedulable(nodeNames, refused.reason());
      }
      gang = new Gang(request.gang(), ((GangPlanner.Planned) outcome).plan(), request.gpusPerPod(),
          ticker.read() + timeoutNanos);
      book.add(gang);
      events.accept("planned gang " + gang.key() + ": " + gang.size() + " pods on " + gang.plan().gpusByNode().size()
          + " nodes " + gang.plan().gpusByNode().keySet() + " by " + gang.plan().policy());
      gangsInFlight = book.size();
    } else if (gang.size() != request.size() || gang.gpusPerPod() != request.gpusPerPod()) {
      return invalid("podium: pod " + pod.ref() + " says gang " + request.gang() + " has " + request.size()
          + " pods of " + request.gpusPerPod() + " GPUs, but the gang was planned with " + gang.size() + " pods of "
          + gang.gpusPerPod());
    }
    int rank = gang.rankOf(pod.ref());
    if (rank < 0) {
      rank = request.hasRank() ? request.rank() : gang.freeRank();
      if (rank < 0) {
        return unschedulable(nodeNames, "podium: gang " + gang.key() + " already has its " + gang.size() + " pods");
      }
      PodRef holder = gang.member(rank);
      if (holder != null) {
        return unschedulable(nodeNames, "podium: gang " + gang.key() + " rank " + rank + " is held by pod " + holder);
      }
      gang.claim(rank, pod.ref());
    }
    String node = gang.plan().node(rank);
    String steer = "podium: gang " + gang.key() + " rank " + rank + " is planned on node " + node;
    if (!nodeNames.contains(node)) {
      return new FilterDecision(FilterDecision.Kind.PLANNED_NODE_NOT_PASSED, List.of(), failAll(nodeNames, steer
          + ", which kube-scheduler's own filters did not pass (or did not evaluate: set percentageOfNodesToScore:"
          + " 100)"), "");
    }
    Map<String, String> failed = new LinkedHashMap<>();
    for (String other : nodeNames) {
      if (!other.equals(node)) {
        failed.put(other, steer);
      }
    }
    return new FilterDecision(FilterDecision.Kind.STEERED, List.of(node), failed, "");
  }

  /**
   * Scores for {@code nodeNames}: the pod's planned node gets {@code maxScore}, the others 0 (all 0 for a
   * pod without a plan).
   */
  public Map<String, Integer> prioritize(KubePod pod, List<String> nodeNames, int maxScore) {
    String planned = plannedNode(pod.ref());
    Map<String, Integer> scores = new LinkedHashMap<>();
    for (String node : nodeNames) {
      scores.put(node, node.equals(planned) ? maxScore : 0);
    }
    return scores;
  }

  /** The node planned for {@code pod}, or null when it is in no gang in flight. */
  public String plannedNode(PodRef pod) {
    for (Gang gang : book.gangs()) {
      int rank = gang.rankOf(pod);
      if (rank >= 0) {
        return gang.plan().node(rank);
      }
    }
    return null;
  }

  /**
   * Records that kube-scheduler asks to bind {@code pod} to {@code node}. When this completes the gang,
   * the step carries the commit to run (then report it with {@link #committed}).
   */
  public BindStep bind(PodRef pod, String node) {
    for (Gang gang : book.gangs()) {
      int rank = gang.rankOf(pod);
      if (rank < 0) {
        continue;
      }
      String planned = gang.plan().node(rank);
      if (!planned.equals(node)) {
        return BindStep.answered("podium: pod " + pod + " (gang " + gang.key() + " rank " + rank + ") is planned on"
            + " node " + planned + ", not " + node);
      }
      CompletableFuture<String> answer = gang.arrive(rank);
      if (gang.phase() == Gang.Phase.WAITING && gang.complete()) {
        gang.startBinding();
        List<PodRef> pods = new ArrayList<>(gang.size());
        for (int r = 0; r < gang.size(); r++) {
          pods.add(gang.member(r));
        }
        return new BindStep(answer, new BindStep.Commit(gang.key(), pods, gang.plan().nodes()));
      }
      return new BindStep(answer, null);
    }
    return BindStep.answered("podium: pod " + pod + " has no plan (the extender restarted or its gang timed out);"
        + " kube-scheduler will schedule it again");
  }

  /**
   * Reports the end of a commit: every waiting bind of the gang is answered with {@code error} (empty
   * when every Binding was made) and the gang leaves the book; from now on its bound pods hold their GPUs.
   */
  public void committed(String gangKey, String error) {
    Gang gang = book.get(gangKey);
    if (gang == null) {
      return;
    }
    gang.answerAll(error);
    book.remove(gangKey);
    gangsInFlight = book.size();
    events.accept(error.isEmpty() ? "bound gang " + gangKey + ": " + gang.size() + " pods" : error);
    (error.isEmpty() ? gangsBound : gangsRolledBack).incrementAndGet();
  }

  /**
   * Releases the gangs still waiting at their deadline: their reservations go, their waiting binds are
   * answered with an error naming the missing ranks. Returns the released gangs' keys.
   */
  public List<String> expire() {
    long now = ticker.read();
    List<String> expired = new ArrayList<>();
    for (Gang gang : List.copyOf(book.gangs())) {
      if (gang.phase() == Gang.Phase.WAITING && now - gang.deadlineNanos() >= 0) {
        gang.answerAll("podium: gang " + gang.key() + " timed out after " + Duration.ofNanos(timeoutNanos).toSeconds()
            + " s with " + gang.arrivals() + " of " + gang.size() + " pods at bind (missing ranks "
            + gang.missingRanks() + "); its reservation is released and kube-scheduler will retry");
        book.remove(gang.key());
        expired.add(gang.key());
        events.accept("released gang " + gang.key() + " at its timeout: " + gang.arrivals() + " of " + gang.size()
            + " pods had reached bind");
      }
    }
    gangsTimedOut.addAndGet(expired.size());
    gangsInFlight = book.size();
    return expired;
  }

  /** Gangs bound whole since start. */
  public long gangsBound() {
    return gangsBound.get();
  }

  /** Gangs released at their timeout since start. */
  public long gangsTimedOut() {
    return gangsTimedOut.get();
  }

  /** Gangs whose Bindings failed part-way since start (their bound pods deleted). */
  public long gangsRolledBack() {
    return gangsRolledBack.get();
  }

  /** Gangs in flight (planned, not yet bound); safe to read from any thread. */
  public int gangsInFlight() {
    return gangsInFlight;
  }

  /** Gangs whose pods were all bound at the last look at the cluster; safe to read from any thread. */
  public int gangsBoundInCluster() {
    return gangsBoundInCluster;
  }

  private static FilterDecision invalid(String error) {
    return new FilterDecision(FilterDecision.Kind.INVALID, List.of(), Map.of(), error);
  }

  private static FilterDecision unschedulable(List<String> nodeNames, String reason) {
    return new FilterDecision(FilterDecision.Kind.UNSCHEDULABLE, List.of(), failAll(nodeNames, reason), "");
  }

  private static Map<String, String> failAll(List<String> nodeNames, String reason) {
    Map<String, String> failed = new LinkedHashMap<>();
    nodeNames.forEach(n -> failed.put(n, reason));
    return failed;
  }
}
