package dev.podium.k8s.server;

import dev.podium.k8s.gang.GangScheduler;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;

/**
 * The extender's Prometheus metrics: {@code podium_extender_decisions_total{verb,outcome}},
 * {@code podium_extender_request_seconds{verb}} (with p50, p99), {@code podium_gangs{state}} for gangs in
 * flight and gangs bound in the cluster at the last look, and {@code podium_gangs_bound_total},
 * {@code podium_gangs_timed_out_total}, {@code podium_gangs_rolled_back_total}.
 */
public final class ExtenderMetrics {

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  /** Metrics of {@code scheduler}'s gangs, and of the requests recorded here. */
  public ExtenderMetrics(GangScheduler scheduler) {
    Gauge.builder("podium.gangs", scheduler, GangScheduler::gangsInFlight).tag("state", "in_flight")
        .description("Gangs planned and reserved, not yet bound").register(registry);
    Gauge.builder("podium.gangs", scheduler, GangScheduler::gangsBoundInCluster).tag("state", "bound")
        .description("Gangs whose pods were all bound when the cluster was last read").register(registry);
    FunctionCounter.builder("podium.gangs.bound", scheduler, GangScheduler::gangsBound)
        .description("Gangs bound whole").register(registry);
    FunctionCounter.builder("podium.gangs.timed.out", scheduler, GangScheduler::gangsTimedOut)
        .description("Gangs released at the gang timeout").register(registry);
    FunctionCounter.builder("podium.gangs.rolled.back", scheduler, GangScheduler::gangsRolledBack)
        .description("Gangs whose Bindings failed part-way; their bound pods were deleted").register(registry);
  }

  /** Counts one answer of {@code verb} with {@code outcome}. */
  public void decision(String verb, String outcome) {
    Counter.builder("podium.extender.decisions").tag("verb", verb).tag("outcome", outcome)
        .description("Extender answers by verb and outcome").register(registry).increment();
  }

  /** Records how long one {@code verb} call took, from its arrival to its answer. */
  public void latency(String verb, Duration duration) {
    Timer.builder("podium.extender.request").tag("verb", verb).publishPercentiles(0.5, 0.99)
        .description("Extender request latency, arrival to answer").register(registry).record(duration);
  }

  /** The metrics in Prometheus' text format. */
  public String scrape() {
    return registry.scrape();
  }
}
