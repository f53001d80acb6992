package dev.podium.benchmarks.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One JMH trial as JMH's JSON result format records it: a benchmark method under one set of
 * parameters.
 *
 * @param benchmark the benchmark method's full name, e.g. {@code dev.podium.benchmarks.FabricBuildBenchmark.build}
 * @param mode JMH's short mode name: {@code avgt}, {@code sample}, {@code ss} or {@code thrpt}
 * @param params the {@code @Param} values of this trial
 * @param primary the primary metric
 * @param secondary secondary metrics by name, e.g. {@code gc.alloc.rate.norm} or an aux counter
 */
public record JmhResult(String benchmark, String mode, Map<String, String> params, Metric primary,
    Map<String, Metric> secondary) {

  /** The value of parameter {@code name}, or empty if the trial has no such parameter. */
  public Optional<String> param(String name) {
    return Optional.ofNullable(params.get(name));
  }

  /** Whether the trial ran with parameter {@code name} set to {@code value}. */
  public boolean has(String name, String value) {
    return value.equals(params.get(name));
  }

  /** The secondary metric {@code name}, if the trial has it. */
  public Optional<Metric> secondary(String name) {
    return Optional.ofNullable(secondary.get(name));
  }

  /**
   * One metric of a trial.
   *
   * @param score the mean over measured iterations (of every fork)
   * @param error JMH's 99.9 % confidence half-width; NaN when there was only one iteration
   * @param unit e.g. {@code ms/op}
   * @param percentiles score percentiles keyed by percent (50.0, 99.0, 100.0), when JMH reports them
   * @param samples every measured iteration's score, fork by fork (empty in sample-time mode)
   * @param count how many values the score summarises: iterations, or timed calls in sample-time mode
   */
  public record Metric(double score, double error, String unit, Map<Double, Double> percentiles,
      List<Double> samples, long count) {

    /** The {@code percent}-th percentile, if JMH reported it. */
    public Optional<Double> percentile(double percent) {
      return Optional.ofNullable(percentiles.get(percent));
    }
  }
}
