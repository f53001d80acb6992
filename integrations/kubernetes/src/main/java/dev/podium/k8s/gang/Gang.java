package dev.podium.k8s.gang;

import dev.podium.k8s.cluster.PodRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A gang in flight: planned, its GPUs reserved, its pods being steered to their nodes and reaching bind.
 * Arrivals at bind are kept until the gang is bound or released, so a pod whose bind call ended before
 * the gang was complete still counts. Owned by one thread.
 */
public final class Gang {

  /** Where the gang is. */
  public enum Phase {
    /** Planned and reserved; waiting for every pod to reach bind. */
    WAITING,
    /** Every pod reached bind; the Bindings are being created. */
    BINDING
  }

  private final String key;
  private final PodPlan plan;
  private final int gpusPerPod;
  private final long deadlineNanos;
  private final PodRef[] members;
  private final boolean[] arrived;
  private final Map<String, Integer> rankOfUid = new HashMap<>();
  private final Map<Integer, List<CompletableFuture<String>>> waiters = new HashMap<>();
  private int arrivals;
  private Phase phase = Phase.WAITING;

  Gang(String key, PodPlan plan, int gpusPerPod, long deadlineNanos) {
    this.key = key;
    this.plan = plan;
    this.gpusPerPod = gpusPerPod;
    this.deadlineNanos = deadlineNanos;
    this.members = new PodRef[plan.size()];
    this.arrived = new boolean[plan.size()];
  }

  public String key() {
    return key;
  }

  public PodPlan plan() {
    return plan;
  }

  public int size() {
    return plan.size();
  }

  public int gpusPerPod() {
    return gpusPerPod;
  }

  public Phase phase() {
    return phase;
  }

  long deadlineNanos() {
    return deadlineNanos;
  }

  /** The rank {@code pod} holds, or -1. */
  public int rankOf(PodRef pod) {
    return rankOfUid.getOrDefault(identity(pod), -1);
  }

  /** A pod's uid, or {@code namespace/name} when the uid is unknown. */
  static String identity(PodRef pod) {
    return pod.uid().isEmpty() ? pod.toString() : pod.uid();
  }

  /** The pod holding {@code rank}, or null. */
  public PodRef member(int rank) {
    return members[rank];
  }

  /** The lowest rank no pod holds, or -1. */
  int freeRank() {
    for (int rank = 0; rank < members.length; rank++) {
      if (members[rank] == null) {
        return rank;
      }
    }
    return -1;
  }

  /** Gives {@code rank} to {@code pod}. */
  void claim(int rank, PodRef pod) {
    members[rank] = pod;
    rankOfUid.put(identity(pod), rank);
  }

  /** Records that {@code rank}'s pod reached bind; returns a future its bind answer completes. */
  CompletableFuture<String> arrive(int rank) {
    if (!arrived[rank]) {
      arrived[rank] = true;
      arrivals++;
    }
    CompletableFuture<String> answer = new CompletableFuture<>();
    waiters.computeIfAbsent(rank, r -> new ArrayList<>()).add(answer);
    return answer;
  }

  /** Pods that reached bind. */
  public int arrivals() {
    return arrivals;
  }

  /** True when every rank's pod reached bind. */
  boolean complete() {
    return arrivals == arrived.length;
  }

  /** The ranks no pod has brought to bind yet, as ranges ({@code 3-7,9}). */
  String missingRanks() {
    StringBuilder text = new StringBuilder();
    int rank = 0;
    while (rank < arrived.length) {
      if (arrived[rank]) {
        rank++;
        continue;
      }
      int end = rank;
      while (end + 1 < arrived.length && !arrived[end + 1]) {
        end++;
      }
      text.append(text.length() == 0 ? "" : ",").append(rank).append(end > rank ? "-" + end : "");
      rank = end + 1;
    }
    return text.toString();
  }

  void startBinding() {
    phase = Phase.BINDING;
  }

  /** Answers every waiting bind of {@code rank} with {@code error} (empty: bound). */
  void answer(int rank, String error) {
    List<CompletableFuture<String>> list = waiters.remove(rank);
    if (list != null) {
      list.forEach(f -> f.complete(error));
    }
  }

  /** Answers every waiting bind with {@code error}. */
  void answerAll(String error) {
    for (int rank = 0; rank < arrived.length; rank++) {
      answer(rank, error);
    }
  }
}
