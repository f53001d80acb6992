package dev.podium.sim.run;

import java.util.Arrays;
import java.util.Objects;

/**
 * How one job fared.
 *
 * @param id job id
 * @param tenant its tenant
 * @param accelerators gang size
 * @param submitSeconds submit time
 * @param firstStartSeconds first start, NaN when it never started
 * @param endSeconds completion, NaN when it did not complete
 * @param outcome {@code completed}, {@code unfinished} (still queued or running at the end) or
 *     {@code rejected} (it can never fit the fabric)
 * @param reason why it was rejected, else empty
 * @param interruptions failures and preemptions that stopped it
 * @param lostSeconds accelerator-time-free seconds of work lost to interruptions (rolled back to a checkpoint)
 * @param productiveSeconds seconds it spent making progress that was kept
 * @param crossBytes bytes it sent per locality level over its run, innermost level first
 * @param storage what storage cost it (data stalls, checkpoints, cache hits, bytes per tier); null
 *     when the run has no storage
 */
public record JobOutcome(
    String id,
    String tenant,
    int accelerators,
    double submitSeconds,
    double firstStartSeconds,
    double endSeconds,
    String outcome,
    String reason,
    int interruptions,
    double lostSeconds,
    double productiveSeconds,
    double[] crossBytes,
    StorageFigures storage) {

  /** An outcome of a run without storage. */
  public JobOutcome(String id, String tenant, int accelerators, double submitSeconds, double firstStartSeconds,
      double endSeconds, String outcome, String reason, int interruptions, double lostSeconds,
      double productiveSeconds, double[] crossBytes) {
    this(id, tenant, accelerators, submitSeconds, firstStartSeconds, endSeconds, outcome, reason, interruptions,
        lostSeconds, productiveSeconds, crossBytes, null);
  }

  /** Completion time minus submit time; NaN unless completed. */
  public double jctSeconds() {
    return endSeconds - submitSeconds;
  }

  /** First start minus submit time; NaN if it never started. */
  public double queueingSeconds() {
    return firstStartSeconds - submitSeconds;
  }

  /** Equal when every field is, the bytes per level compared element by element. */
  @Override
  public boolean equals(Object o) {
    return o instanceof JobOutcome other && id.equals(other.id) && tenant.equals(other.tenant)
        && accelerators == other.accelerators && Double.compare(submitSeconds, other.submitSeconds) == 0
        && Double.compare(firstStartSeconds, other.firstStartSeconds) == 0
        && Double.compare(endSeconds, other.endSeconds) == 0 && outcome.equals(other.outcome)
        && reason.equals(other.reason) && interruptions == other.interruptions
        && Double.compare(lostSeconds, other.lostSeconds) == 0
        && Double.compare(productiveSeconds, other.productiveSeconds) == 0
        && Arrays.equals(crossBytes, other.crossBytes) && Objects.equals(storage, other.storage);
  }

  /** Consistent with {@link #equals}. */
  @Override
  public int hashCode() {
    return Objects.hash(id, tenant, accelerators, submitSeconds, firstStartSeconds, endSeconds, outcome, reason,
        interruptions, lostSeconds, productiveSeconds, Arrays.hashCode(crossBytes), storage);
  }

  /** The fields, the bytes per level written out. */
  @Override
  public String toString() {
    return "JobOutcome[id=" + id + ", tenant=" + tenant + ", accelerators=" + accelerators + ", submitSeconds="
        + submitSeconds + ", firstStartSeconds=" + firstStartSeconds + ", endSeconds=" + endSeconds + ", outcome="
        + outcome + ", reason=" + reason + ", interruptions=" + interruptions + ", lostSeconds=" + lostSeconds
        + ", productiveSeconds=" + productiveSeconds + ", crossBytes=" + Arrays.toString(crossBytes) + ", storage="
        + storage + "]";
  }
}
