package dev.podium.sim.workload;

/** Why one row cannot become a job; readers turn it into a {@link BadRows} report. */
final class RowException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  RowException(String reason) {
    super(reason, null, false, false);
  }
}
