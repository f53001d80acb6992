package dev.podium.api.job;

import dev.podium.api.comm.CommunicationPlan;
import java.util.Objects;

/**
 * A training job as submitted: who, when, what shape, what model, how much work. Build one with
 * {@link #builder(String, Parallelism)}.
 *
 * @param id unique job id, non-blank
 * @param tenant the tenant (queue) it is charged to, non-blank
 * @param priority larger runs first under priority ordering and may preempt smaller
 * @param submitSeconds submit time on the scheduler's clock, finite and >= 0
 * @param acceleratorKind the accelerator catalog key it needs, or null for any
 * @param parallelism gang shape; its size is the number of accelerators
 * @param model the model it trains, or null when unknown (trace jobs)
 * @param plan its communication plan: the one given, else derived from the model, else none
 * @param work steps or seconds to run
 * @param dataset dataset reference, or null
 * @param checkpoint checkpoint reference, or null
 */
public record JobSpec(
    String id,
    String tenant,
    int priority,
    double submitSeconds,
    String acceleratorKind,
    Parallelism parallelism,
    ModelSpec model,
    CommunicationPlan plan,
    Work work,
    String dataset,
    String checkpoint) {

  /** Checks every field and that the model fits the parallelism; derives the plan when absent. */
  public JobSpec {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("job: id must be non-blank");
    }
    if (tenant == null || tenant.isBlank()) {
      throw new IllegalArgumentException("job " + id + ": tenant must be non-blank");
    }
    if (!(submitSeconds >= 0) || Double.isInfinite(submitSeconds)) {
      throw new IllegalArgumentException("job " + id + ": submitSeconds must be finite and >= 0, was " + submitSeconds);
    }
    Objects.requireNonNull(parallelism, "job " + id + ": parallelism");
    Objects.requireNonNull(work, "job " + id + ": work");
    if (model != null) {
      checkFits(id, parallelism, model);
    } else if (parallelism.ep() > 1 && plan == null) {
      throw new IllegalArgumentException("job " + id + ": ep=" + parallelism.ep() + " needs a mixture-of-experts model");
    }
    if (plan == null) {
      plan = model != null ? CommunicationPlan.derive(parallelism, model) : CommunicationPlan.none(parallelism.size());
    } else if (plan.ranks() != parallelism.size()) {
      throw new IllegalArgumentException("job " + id + ": plan has " + plan.ranks() + " ranks but the parallelism "
          + parallelism + " has " + parallelism.size());
    }
  }

  /** Gang size: the number of accelerators the job needs. */
  public int size() {
    return parallelism.size();
  }

  /** A builder with defaults: tenant {@code default}, priority 0, submitted at 0, one step. */
  public static Builder builder(String id, Parallelism parallelism) {
    return new Builder(id, parallelism);
  }

  /** This job with another submit time. */
  public JobSpec withSubmitSeconds(double seconds) {
    return new JobSpec(id, tenant, priority, seconds, acceleratorKind, parallelism, model, plan, work, dataset,
        checkpoint);
  }

  private static void checkFits(String id, Parallelism p, ModelSpec m) {
    String prefix = "job " + id + " (model " + m.name() + ", " + p + "): ";
    if (m.attentionHeads() % p.tp() != 0) {
      throw new IllegalArgumentException(prefix + "tp=" + p.tp() + " must divide attentionHeads=" + m.attentionHeads());
    }
    if (p.pp() > m.layers()) {
      throw new IllegalArgumentException(prefix + "pp=" + p.pp() + " exceeds layers=" + m.layers());
    }
    if (m.sequenceLength() % p.cp() != 0) {
      throw new IllegalArgumentException(prefix + "cp=" + p.cp() + " must divide sequenceLength=" + m.sequenceLength());
    }
    long perStep = (long) p.dp() * m.microBatchSequences();
    if (m.globalBatchSequences() % perStep != 0) {
      throw new IllegalArgumentException(prefix + "globalBatchSequences=" + m.globalBatchSequences()
          + " must be a multiple of dp x microBatchSequences = " + perStep);
    }
    if (p.ep() > 1 && (!m.isMixtureOfExperts() || m.experts() % p.ep() != 0)) {
      throw new IllegalArgumentException(prefix + "ep=" + p.ep() + " must divide the model's experts=" + m.experts());
    }
  }

  /** Builds a {@link JobSpec}; each setter checks its argument. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final Parallelism parallelism;
    private String tenant = "default";
    private int priority;
    private double submitSeconds;
    private String acceleratorKind;
    private ModelSpec model;
    private CommunicationPlan plan;
    private Work work = Work.steps(1);
    private String dataset;
    private String checkpoint;

    private Builder(String id, Parallelism parallelism) {
      this.id = id;
      this.parallelism = Objects.requireNonNull(parallelism, "parallelism");
    }

    public Builder tenant(String value) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("job " + id + ": tenant must be non-blank");
      }
      this.tenant = value;
      return this;
    }

    public Builder priority(int value) {
      this.priority = value;
      return this;
    }

    public Builder submitSeconds(double value) {
      if (!(value >= 0) || Double.isInfinite(value)) {
        throw new IllegalArgumentException("job " + id + ": submitSeconds must be finite and >= 0, was " + value);
      }
      this.submitSeconds = value;
      return this;
    }

    public Builder acceleratorKind(String value) {
      this.acceleratorKind = value;
      return this;
    }

    public Builder model(ModelSpec value) {
      this.model = value;
      return this;
    }

    public Builder plan(CommunicationPlan value) {
      this.plan = value;
      return this;
    }

    public Builder work(Work value) {
      this.work = Objects.requireNonNull(value, "work");
      return this;
    }

    public Builder dataset(String value) {
      this.dataset = value;
      return this;
    }

    public Builder checkpoint(String value) {
      this.checkpoint = value;
      return this;
    }

    public JobSpec build() {
      return new JobSpec(id, tenant, priority, submitSeconds, acceleratorKind, parallelism, model, plan, work,
          dataset, checkpoint);
    }
  }
}
