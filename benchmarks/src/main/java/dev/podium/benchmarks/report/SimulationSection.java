package dev.podium.benchmarks.report;

import dev.podium.benchmarks.PhillyReplay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Simulator event throughput per workload and policy. */
final class SimulationSection {

  private static final String EVENTS = "events";

  private SimulationSection() {}

  static Map<String, String> render(Report report) {
    Measurements m = report.measurements();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("simulation-events.command", Sections.command(report, Suite.SIMULATION_EVENTS));
    values.put("simulation-events.table", m.simulationEvents() == null
        ? Sections.notMeasured(report, Suite.SIMULATION_EVENTS) : table(m.simulationEvents()));
    values.put("simulation-events.analysis", analysis(m));
    return values;
  }

  private static String table(List<JmhResult> results) {
    MarkdownTable table = new MarkdownTable().left("workload").left("fabric").left("policy").right("events / replay")
        .right("events/s").right("replays/s");
    List<String> workloads = results.stream().map(r -> r.param("workload").orElse("?")).distinct().toList();
    // JMH varies the workload fastest; one workload's rows together read better.
    List<JmhResult> byWorkload = results.stream()
        .sorted(Comparator.comparingInt(r -> workloads.indexOf(r.param("workload").orElse("?")))).toList();
    for (JmhResult r : byWorkload) {
      Optional<JmhResult.Metric> events = r.secondary(EVENTS);
      table.row("`" + r.param("workload").orElse("?") + "`", r.param("fabric").orElse("?"),
          r.param("policy").orElse("?"),
          events.map(e -> Figures.count(Math.round(e.score() / r.primary().score()))).orElse(Figures.NONE),
          events.map(e -> Figures.meanError(e.score(), e.error())).orElse(Figures.NONE),
          Figures.meanError(r.primary().score(), r.primary().error()));
    }
    return table.render();
  }

  /** first-fit against topology-aware per workload, and the Philly replay's rate for scale. */
  private static String analysis(Measurements m) {
    List<String> sentences = new ArrayList<>();
    if (m.simulationEvents() != null) {
      List<String> ratios = new ArrayList<>();
      for (String workload : m.simulationEvents().stream().map(r -> r.param("workload").orElse("?")).distinct().toList()) {
        Optional<Double> firstFit = eventsPerSecond(m.simulationEvents(), workload, "first-fit");
        Optional<Double> topologyAware = eventsPerSecond(m.simulationEvents(), workload, "topology-aware");
        if (firstFit.isPresent() && topologyAware.isPresent()) {
          ratios.add(String.format(Locale.ROOT, "%s on `%s`", Figures.times(firstFit.get() / topologyAware.get()),
              workload));
        }
      }
      if (!ratios.isEmpty()) {
        sentences.add("In this run `first-fit` ran " + ratios.get(0).replaceFirst(" on ", " as many events per second"
            + " as `topology-aware` on ") + (ratios.size() > 1 ? ", and " + String.join(", ", ratios.subList(1,
            ratios.size())) : "") + ".");
      }
    }
    if (m.philly() != null) {
      List<PhillyReplay.Run> runs = m.philly().replay().runs();
      double slowest = runs.stream().mapToDouble(PhillyReplay.Run::eventsPerSecond).min().orElse(Double.NaN);
      double fastest = runs.stream().mapToDouble(PhillyReplay.Run::eventsPerSecond).max().orElse(Double.NaN);
      String range = runs.size() == 1 ? Figures.number(slowest) : Figures.number(slowest) + "–" + Figures.number(fastest);
      sentences.add("The full Philly replay below ran at " + range + " events/s.");
    }
    return String.join(" ", sentences);
  }

  private static Optional<Double> eventsPerSecond(List<JmhResult> results, String workload, String policy) {
    return results.stream().filter(r -> r.has("workload", workload) && r.has("policy", policy)).findFirst()
        .flatMap(r -> r.secondary(EVENTS)).map(JmhResult.Metric::score);
  }
}
