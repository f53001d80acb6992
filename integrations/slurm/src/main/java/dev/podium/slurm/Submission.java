package dev.podium.slurm;

/**
 * A gang handed to Slurm.
 *
 * @param jobId the Slurm job id
 * @param plan where its ranks go
 * @param request the sbatch arguments and script that were submitted
 */
public record Submission(long jobId, GangPlan plan, BatchRequest request) {

  /** Submits {@code request}, which realises {@code plan}, through {@code slurm}. */
  public static Submission submit(SlurmClient slurm, GangPlan plan, BatchRequest request) {
    return new Submission(slurm.submit(request.arguments(), request.script()), plan, request);
  }
}
