package dev.podium.benchmarks.report;

import dev.podium.benchmarks.BenchmarkedPresets;
import dev.podium.benchmarks.FabricFootprint;
import dev.podium.benchmarks.PhillyReplay;
import dev.podium.benchmarks.SchedulerFootprint;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Runs the chosen suites one after another and collects their {@link Measurements}. A suite that
 * fails is recorded with its error and the rest still run, so one broken suite costs its own
 * section, not the report.
 */
final class SuiteRunner {

  private final JmhSuiteRunner jmh;
  private final ChildJvm child;
  private final PrintStream progress;

  SuiteRunner(Path work, boolean quick, PrintStream progress) {
    this.jmh = new JmhSuiteRunner(work, quick, progress);
    this.child = new ChildJvm(work, quick);
    this.progress = progress;
  }

  /** Runs {@code suites} in order; the benchmarked presets' sizes are collected first. */
  Measurements run(List<Suite> suites) {
    Measurements.Builder measurements = new Measurements.Builder();
    progress.println("building the benchmarked presets once for their sizes");
    measurements.presets = PresetFacts.collect(BenchmarkedPresets.NAMES);
    for (int i = 0; i < suites.size(); i++) {
      Suite suite = suites.get(i);
      progress.printf(Locale.ROOT, "[%d/%d] %s: %s%n", i + 1, suites.size(), suite.id(), suite.what());
      Clock clock = new Clock();
      String error = null;
      try {
        run(suite, measurements, clock);
      } catch (Exception e) {
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
        error = e.getClass().getSimpleName() + ": " + e.getMessage();
      }
      double seconds = clock.seconds();
      measurements.suiteRuns.add(new SuiteRun(suite.id(), suite.command(false), seconds, clock.loadBefore,
          load(), error));
      progress.printf(Locale.ROOT, "[%d/%d] %s %s in %s min%n", i + 1, suites.size(), suite.id(),
          error == null ? "done" : "FAILED (" + error + ")", Figures.minutes(seconds));
    }
    return measurements.build();
  }

  private void run(Suite suite, Measurements.Builder m, Clock clock) throws Exception {
    switch (suite) {
      case FABRIC_BUILD -> m.fabricBuild = jmh.run(suite.id(), suite.jmh(), clock::restart);
      case FABRIC_BUILD_PARALLEL_GC -> m.fabricBuildParallelGc = jmh.run(suite.id(), suite.jmh(), clock::restart);
      case FABRIC_COLD_BUILD -> m.fabricColdBuild = jmh.run(suite.id(), suite.jmh(), clock::restart);
      case FABRIC_GRAPH -> m.fabricGraph = jmh.run(suite.id(), suite.jmh(), clock::restart);
      case FABRIC_FOOTPRINT ->
          m.fabricFootprint = child.run(suite.id(), suite.child(), FabricFootprint.Measurement.class).value();
      case PLACEMENT_DECISION -> {
        progress.println("  " + suite.id() + ": making each benchmarked decision once, to say what it decides");
        m.decisionOutcomes = DecisionOutcomes.collect();
        m.placementDecision = jmh.run(suite.id(), suite.jmh(), clock::restart);
      }
      case SIMULATION_EVENTS -> m.simulationEvents = jmh.run(suite.id(), suite.jmh(), clock::restart);
      case SCHEDULER_FOOTPRINT ->
          m.schedulerFootprint = child.run(suite.id(), suite.child(), SchedulerFootprint.Measurement.class).value();
      case PHILLY_REPLAY -> {
        ChildJvm.Result<PhillyReplay.Replay> replay = child.run(suite.id(), suite.child(), PhillyReplay.Replay.class);
        m.philly = new PhillyMeasurement(replay.value(), replay.usage(), replay.seconds());
      }
      default -> throw new IllegalStateException("no runner for suite " + suite.id());
    }
  }

  private static double load() {
    return MachineProbe.loadAverage().orElse(Double.NaN);
  }

  /** A suite's start: restarted when JMH finally has its lock, so waiting for it is not counted. */
  private static final class Clock {
    private long start = System.nanoTime();
    private double loadBefore = load();

    void restart() {
      start = System.nanoTime();
      loadBefore = load();
    }

    double seconds() {
      return (System.nanoTime() - start) / 1e9;
    }
  }
}
