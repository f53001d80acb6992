package dev.podium.benchmarks.report;

import dev.podium.benchmarks.FabricFootprint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The fabric sections: build time per preset, the graph view, cold builds, the 2 s target, heap per
 * fabric and the ParallelGC comparison.
 */
final class FabricSection {

  /** The preset the build target and the graph and cold-build suites are about. */
  static final String LARGEST = "clos-131k";
  /** Target: build {@link #LARGEST} in under this many milliseconds. */
  static final double TARGET_MS = 2000;

  private static final String ALLOCATION = "gc.alloc.rate.norm";

  private FabricSection() {}

  static Map<String, String> render(Report report) {
    Measurements m = report.measurements();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("fabric-build.command", Sections.command(report, Suite.FABRIC_BUILD));
    values.put("fabric-build.table", m.fabricBuild() == null ? Sections.notMeasured(report, Suite.FABRIC_BUILD)
        : buildTable(m.presets(), m.fabricBuild()));
    values.put("fabric-build.failures", failures(m.presets()));
    values.put("fabric-build.alloc-agreement", allocationAgreement(m));
    values.put("fabric-graph.command", Sections.command(report, Suite.FABRIC_GRAPH));
    values.put("fabric-graph.summary", m.fabricGraph() == null ? Sections.notMeasured(report, Suite.FABRIC_GRAPH)
        : shots("`fabric.graph()`", m.fabricGraph()));
    values.put("fabric-cold-build.command", Sections.command(report, Suite.FABRIC_COLD_BUILD));
    values.put("fabric-cold-build.summary", m.fabricColdBuild() == null
        ? Sections.notMeasured(report, Suite.FABRIC_COLD_BUILD) : coldBuilds(m.fabricColdBuild()));
    values.put("fabric-build.target", target(m));
    values.put("fabric-footprint.command", Sections.command(report, Suite.FABRIC_FOOTPRINT));
    values.put("fabric-footprint.table", m.fabricFootprint() == null
        ? Sections.notMeasured(report, Suite.FABRIC_FOOTPRINT) : footprintTable(m.fabricFootprint()));
    values.put("fabric-footprint.analysis", m.fabricFootprint() == null ? "" : footprintAnalysis(m.fabricFootprint()));
    values.put("fabric-footprint.spread", m.fabricFootprint() == null ? "" : spread(m.fabricFootprint()));
    values.put("fabric-build-parallel-gc.command", Sections.command(report, Suite.FABRIC_BUILD_PARALLEL_GC));
    values.put("fabric-build-parallel-gc.comparison", m.fabricBuildParallelGc() == null
        ? Sections.notMeasured(report, Suite.FABRIC_BUILD_PARALLEL_GC) : parallelGc(m));
    return values;
  }

  private static String buildTable(List<PresetFacts> presets, List<JmhResult> results) {
    String unit = results.isEmpty() ? "ms" : Sections.timeUnit(results.get(0).primary().unit());
    MarkdownTable table = new MarkdownTable().left("preset").right("accelerators").right(unit + " / build")
        .left("iterations (" + unit + ")").right("allocated MiB / build");
    for (String preset : presetNames(presets, results)) {
      String accelerators = facts(presets, preset).filter(f -> !f.failed()).map(f -> Figures.count(f.accelerators()))
          .orElse("");
      Optional<JmhResult> result = withPreset(results, preset);
      if (result.isEmpty()) {
        boolean fails = facts(presets, preset).map(PresetFacts::failed).orElse(false);
        table.row(preset, accelerators, fails ? "**fails to build**" : "no result (see the JMH log)", Figures.NONE,
            Figures.NONE);
        continue;
      }
      JmhResult.Metric time = result.get().primary();
      table.row(preset, accelerators, Figures.meanError(time.score(), time.error()), samples(time),
          result.get().secondary(ALLOCATION).map(a -> Figures.mib(a.score())).orElse(Figures.NONE));
    }
    return table.render();
  }

  private static String failures(List<PresetFacts> presets) {
    List<PresetFacts> failing = presets.stream().filter(PresetFacts::failed).toList();
    if (presets.isEmpty()) {
      return "";
    }
    if (failing.isEmpty()) {
      return "Every benchmarked preset builds.";
    }
    return "Presets that fail to build (every suite reports them and carries on):\n\n" + failing.stream()
        .map(f -> "- `" + f.preset() + "`: `" + f.error() + "`")
        .collect(Collectors.joining("\n")) + "\n";
  }

  /** How far JMH's allocation per build and the footprint's allocated build agree, worst preset first. */
  private static String allocationAgreement(Measurements m) {
    if (m.fabricBuild() == null || m.fabricFootprint() == null) {
      return "";
    }
    double worst = -1;
    String worstPreset = null;
    for (FabricFootprint.Outcome outcome : m.fabricFootprint().presets()) {
      Optional<JmhResult.Metric> jmh = withPreset(m.fabricBuild(), outcome.preset())
          .flatMap(r -> r.secondary(ALLOCATION));
      if (outcome.failed() || jmh.isEmpty() || outcome.result().allocatedBuild() == 0) {
        continue;
      }
      double difference = Math.abs(jmh.get().score() - outcome.result().allocatedBuild())
          / outcome.result().allocatedBuild();
      if (difference > worst) {
        worst = difference;
        worstPreset = outcome.preset();
      }
    }
    return worstPreset == null ? "" : String.format(Locale.ROOT, "In this run the two differ by at most %.1f %%"
        + " (`%s`).", 100 * worst, worstPreset);
  }

  private static String shots(String what, List<JmhResult> results) {
    return results.stream().map(r -> {
      JmhResult.Metric shot = r.primary();
      String unit = Sections.timeUnit(shot.unit());
      return String.format(Locale.ROOT, "%s on `%s`, single shot: **%s %s** over %d shots (%s %s).", what,
          r.param("preset").orElse("?"), Figures.meanError(shot.score(), shot.error()), unit, shot.samples().size(),
          samples(shot), unit);
    }).collect(Collectors.joining("\n\n"));
  }

  private static String coldBuilds(List<JmhResult> results) {
    return results.stream().map(r -> {
      JmhResult.Metric shot = r.primary();
      String unit = Sections.timeUnit(shot.unit());
      return String.format(Locale.ROOT, "Cold first build of `%s`, one per fresh JVM, %d JVMs: %s %s (mean %s %s).",
          r.param("preset").orElse("?"), shot.samples().size(), samples(shot), unit, Figures.number(shot.score()),
          unit);
    }).collect(Collectors.joining("\n\n"));
  }

  private static String target(Measurements m) {
    Optional<JmhResult> warm = m.fabricBuild() == null ? Optional.empty() : withPreset(m.fabricBuild(), LARGEST);
    Optional<JmhResult> parallel = m.fabricBuildParallelGc() == null ? Optional.empty()
        : withPreset(m.fabricBuildParallelGc(), LARGEST);
    Optional<JmhResult> cold = m.fabricColdBuild() == null ? Optional.empty() : withPreset(m.fabricColdBuild(), LARGEST);
    if (warm.isEmpty() && parallel.isEmpty() && cold.isEmpty()) {
      return "_Not measured in this run: none of `fabric-build`, `fabric-build-parallel-gc` and `fabric-cold-build`"
          + " has a `" + LARGEST + "` result._";
    }
    List<String> figures = new ArrayList<>();
    boolean met = true;
    if (warm.isPresent()) {
      JmhResult.Metric t = warm.get().primary();
      met &= Sections.millis(t.score(), t.unit()) < TARGET_MS;
      figures.add(String.format(Locale.ROOT, "%s ms per warmed-up build (G1; iterations %s ms)",
          Figures.meanError(Sections.millis(t.score(), t.unit()), Sections.millis(t.error(), t.unit())),
          samplesInMillis(t)));
    }
    if (parallel.isPresent()) {
      JmhResult.Metric t = parallel.get().primary();
      met &= Sections.millis(t.score(), t.unit()) < TARGET_MS;
      figures.add(String.format(Locale.ROOT, "%s ms with ParallelGC", Figures.meanError(
          Sections.millis(t.score(), t.unit()), Sections.millis(t.error(), t.unit()))));
    }
    if (cold.isPresent()) {
      JmhResult.Metric t = cold.get().primary();
      double slowest = t.samples().stream().mapToDouble(s -> Sections.millis(s, t.unit())).max().orElse(Double.NaN);
      double fastest = t.samples().stream().mapToDouble(s -> Sections.millis(s, t.unit())).min().orElse(Double.NaN);
      met &= slowest < TARGET_MS;
      figures.add(String.format(Locale.ROOT, "%s–%s s for a cold first build in a fresh JVM",
          Figures.number(fastest / 1e3), Figures.number(slowest / 1e3)));
    }
    return (met ? "**Met**" : "**Missed**") + " on this machine in this run: " + String.join(", ", figures) + ".";
  }

  private static String footprintTable(FabricFootprint.Measurement footprint) {
    MarkdownTable table = new MarkdownTable().left("preset").right("accelerators").right("vertices").right("links")
        .right("retained").right("retained with graph").right("allocated build").right("allocated `graph()`");
    for (FabricFootprint.Outcome outcome : footprint.presets()) {
      if (outcome.failed()) {
        table.row(outcome.preset(), "", "", "", "fails to build", "", "", "");
        continue;
      }
      FabricFootprint.Result r = outcome.result();
      table.row(outcome.preset(), Figures.count(r.accelerators()), Figures.count(r.vertices()), Figures.count(r.links()),
          Figures.mib(r.retained()), Figures.mib(r.retainedWithGraph()), Figures.mib(r.allocatedBuild()),
          Figures.mib(r.allocatedGraph()));
    }
    return String.format(Locale.ROOT, "MiB, median of %d measured run%s after one unmeasured run; collectors: %s;"
        + " maximum heap %.0f MiB.%n%n", footprint.runs(), footprint.runs() == 1 ? "" : "s", footprint.collectors(),
        footprint.maxHeapBytes() / Figures.MIB) + table.render();
  }

  /** Per-link cost, graph overhead and allocation ratio of the largest fabric measured. */
  private static String footprintAnalysis(FabricFootprint.Measurement footprint) {
    Optional<FabricFootprint.Outcome> largest = footprint.presets().stream().filter(o -> !o.failed())
        .max(Comparator.comparingInt(o -> o.result().accelerators()));
    if (largest.isEmpty()) {
      return "";
    }
    FabricFootprint.Result r = largest.get().result();
    long graph = r.retainedWithGraph() - r.retained();
    return String.format(Locale.ROOT, "For `%s` (%s links, %s vertices) in this run: %s bytes retained per link,"
        + " vertices included; the JGraphT view adds %s (%s MiB); a build allocates %s what the fabric keeps.",
        largest.get().preset(), Figures.count(r.links()), Figures.count(r.vertices()),
        Figures.number((double) r.retained() / r.links()), Figures.percent((double) graph / r.retained()),
        Figures.mib(graph), Figures.times((double) r.allocatedBuild() / r.retained()));
  }

  private static String spread(FabricFootprint.Measurement footprint) {
    if (footprint.runs() < 2) {
      return "This run measured each preset once, so it says nothing about how repeatable the figure is.";
    }
    Optional<FabricFootprint.Outcome> worst = footprint.presets().stream().filter(o -> !o.failed())
        .max(Comparator.comparingLong(o -> o.result().retainedSpread()));
    return worst.map(o -> String.format(Locale.ROOT, "In this run the retained figure of a preset varied by at most"
        + " %s MiB between its %d measured runs (`%s`, collectors %s).", Figures.mib(o.result().retainedSpread()),
        footprint.runs(), o.preset(), footprint.collectors())).orElse("");
  }

  private static String parallelGc(Measurements m) {
    Optional<JmhResult> parallel = withPreset(m.fabricBuildParallelGc(), LARGEST);
    if (parallel.isEmpty()) {
      return "_No `" + LARGEST + "` result from `fabric-build-parallel-gc` (see its JMH log)._";
    }
    JmhResult.Metric p = parallel.get().primary();
    String unit = Sections.timeUnit(p.unit());
    String withG1 = Optional.ofNullable(m.fabricBuild()).flatMap(results -> withPreset(results, LARGEST))
        .map(g1 -> String.format(Locale.ROOT, " against %s %s with the default collector, G1 (the build table)",
            Figures.meanError(g1.primary().score(), g1.primary().error()), unit))
        .orElse("");
    return String.format(Locale.ROOT, "In this run `%s` built in **%s %s** per build with `-XX:+UseParallelGC`%s.",
        LARGEST, Figures.meanError(p.score(), p.error()), unit, withG1);
  }

  private static List<String> presetNames(List<PresetFacts> presets, List<JmhResult> results) {
    if (!presets.isEmpty()) {
      return presets.stream().map(PresetFacts::preset).toList();
    }
    return results.stream().map(r -> r.param("preset").orElse("?")).distinct().toList();
  }

  private static Optional<PresetFacts> facts(List<PresetFacts> presets, String preset) {
    return presets.stream().filter(f -> f.preset().equals(preset)).findFirst();
  }

  private static Optional<JmhResult> withPreset(List<JmhResult> results, String preset) {
    return results.stream().filter(r -> r.has("preset", preset)).findFirst();
  }

  private static String samples(JmhResult.Metric metric) {
    return metric.samples().stream().map(Figures::number).collect(Collectors.joining(", "));
  }

  private static String samplesInMillis(JmhResult.Metric metric) {
    return metric.samples().stream().map(s -> Figures.number(Sections.millis(s, metric.unit())))
        .collect(Collectors.joining(", "));
  }
}
