package dev.podium.sim.run;

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
    double[] crossBytes) {

  /** Completion time minus submit time; NaN unless completed. */
  public double jctSeconds() {
    return endSeconds - submitSeconds;
  }

  /** First start minus submit time; NaN if it never started. */
  public double queueingSeconds() {
    return firstStartSeconds - submitSeconds;
  }
}
