package dev.podium.benchmarks.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Decision latency per policy, what each row decided, and the topology-aware p99 targets. */
final class DecisionSection {

  /** The policy the latency targets are about. */
  static final String TARGET_POLICY = "topology-aware";
  /** p99 targets in milliseconds, per fabric. */
  static final Map<String, Double> TARGET_P99_MS = Map.of("meta-24k-roce", 5.0, "clos-131k", 50.0);

  private static final String ALLOCATION = "gc.alloc.rate.norm";

  private DecisionSection() {}

  static Map<String, String> render(Report report) {
    Measurements m = report.measurements();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("placement-decision.command", Sections.command(report, Suite.PLACEMENT_DECISION));
    String absent = Sections.notMeasured(report, Suite.PLACEMENT_DECISION);
    values.put("placement-decision.table", m.placementDecision() == null ? absent : latencyTable(m.placementDecision()));
    values.put("placement-decision.outcomes", m.decisionOutcomes() == null ? absent : outcomes(m.decisionOutcomes()));
    values.put("placement-decision.target", m.placementDecision() == null ? absent
        : target(m.placementDecision(), m.decisionOutcomes() == null ? List.of() : m.decisionOutcomes()));
    return values;
  }

  private static String latencyTable(List<JmhResult> results) {
    List<String> fabrics = distinct(results, "fabric");
    String unit = results.isEmpty() ? "µs" : Sections.timeUnit(results.get(0).primary().unit());
    MarkdownTable table = new MarkdownTable().left("policy").right("GPUs");
    for (String fabric : fabrics) {
      table.right(fabric + " mean").right("p50").right("p99");
    }
    for (String policy : distinct(results, "policy")) {
      for (String gpus : gangSizes(results)) {
        List<String> row = new ArrayList<>(List.of(policy, Figures.count(Long.parseLong(gpus))));
        for (String fabric : fabrics) {
          Optional<JmhResult> r = find(results, fabric, policy, gpus);
          row.add(r.map(x -> Figures.number(x.primary().score())).orElse(Figures.NONE));
          row.add(r.flatMap(x -> x.primary().percentile(50.0)).map(Figures::number).orElse(Figures.NONE));
          row.add(r.flatMap(x -> x.primary().percentile(99.0)).map(Figures::number).orElse(Figures.NONE));
        }
        table.row(row);
      }
    }
    long fewest = results.stream().mapToLong(r -> r.primary().count()).min().orElse(0);
    long most = results.stream().mapToLong(r -> r.primary().count()).max().orElse(0);
    return unit + " per decision over every sampled call of the measured iterations (" + Figures.count(fewest) + " to "
        + Figures.count(most) + " calls per row): mean, median (p50) and 99th percentile (p99). With fewer than a"
        + " hundred calls, p99 is the slowest call.\n\n" + table.render();
  }

  private static String outcomes(List<DecisionOutcome> outcomes) {
    List<String> fabrics = outcomes.stream().map(DecisionOutcome::fabric).distinct().toList();
    String free = fabrics.stream().map(f -> "`" + f + "` has " + Figures.count(outcomes.stream()
        .filter(o -> o.fabric().equals(f)).findFirst().orElseThrow().free()) + " free GPUs")
        .collect(Collectors.joining(" and "));
    MarkdownTable table = new MarkdownTable().left("policy").right("GPUs");
    fabrics.forEach(table::left);
    List<String> policies = outcomes.stream().map(DecisionOutcome::policy).distinct().toList();
    List<Integer> sizes = outcomes.stream().map(DecisionOutcome::gpus).distinct().sorted().toList();
    for (String policy : policies) {
      for (int gpus : sizes) {
        List<String> row = new ArrayList<>(List.of(policy, Figures.count(gpus)));
        for (String fabric : fabrics) {
          row.add(outcomes.stream().filter(o -> o.fabric().equals(fabric) && o.policy().equals(policy) && o.gpus() == gpus)
              .findFirst().map(DecisionSection::decision).orElse(Figures.NONE));
        }
        table.row(row);
      }
    }
    return "At the benchmark's occupancy " + free + ".\n\n" + table.render();
  }

  private static String decision(DecisionOutcome outcome) {
    return outcome.placed() ? "placed" : "Unschedulable: " + outcome.reasons();
  }

  private static String target(List<JmhResult> results, List<DecisionOutcome> outcomes) {
    List<JmhResult> rows = results.stream().filter(r -> r.has("policy", TARGET_POLICY)).toList();
    if (rows.isEmpty()) {
      return "_No `" + TARGET_POLICY + "` rows in this run._";
    }
    MarkdownTable table = new MarkdownTable().left("fabric").right("GPUs").left("decision").right("mean")
        .right("p50").right("p99").right("max").right("allocated / decision");
    for (String fabric : distinct(rows, "fabric")) {
      for (String gpus : gangSizes(rows)) {
        find(rows, fabric, TARGET_POLICY, gpus).ifPresent(r -> table.row(fabric, Figures.count(Long.parseLong(gpus)),
            outcomes.stream().filter(o -> o.fabric().equals(fabric) && o.policy().equals(TARGET_POLICY)
                && o.gpus() == Integer.parseInt(gpus)).findFirst().map(o -> o.placed() ? "placed" : "Unschedulable")
                .orElse(Figures.NONE),
            Figures.number(r.primary().score()), percentile(r, 50.0), "**" + percentile(r, 99.0) + "**",
            percentile(r, 100.0), r.secondary(ALLOCATION).map(a -> Figures.bytes(a.score())).orElse(Figures.NONE)));
      }
    }
    String unit = Sections.timeUnit(rows.get(0).primary().unit());
    StringBuilder md = new StringBuilder(unit + " per decision; allocation per decision is `-prof gc`'s"
        + " `gc.alloc.rate.norm`.\n\n" + table.render() + "\n");
    for (String fabric : distinct(rows, "fabric")) {
      Double targetMs = TARGET_P99_MS.get(fabric);
      if (targetMs == null) {
        continue;
      }
      Optional<JmhResult> worst = rows.stream().filter(r -> r.has("fabric", fabric))
          .filter(r -> r.primary().percentile(99.0).isPresent())
          .max(Comparator.comparingDouble(r -> Sections.millis(r.primary().percentile(99.0).get(), r.primary().unit())));
      if (worst.isEmpty()) {
        continue;
      }
      double p99 = Sections.millis(worst.get().primary().percentile(99.0).get(), worst.get().primary().unit());
      md.append(String.format(Locale.ROOT, "- **%s, p99 under %s ms: %s** in this run. The worst p99 is %s ms (%s"
          + " GPUs), %s.%n", fabric, Figures.plain(targetMs), p99 < targetMs ? "met" : "missed", Figures.number(p99),
          worst.get().param("gpus").map(g -> Figures.count(Long.parseLong(g))).orElse("?"), p99 < targetMs
              ? Figures.times(targetMs / p99) + " inside the target" : Figures.times(p99 / targetMs) + " the target"));
    }
    return md.toString();
  }

  private static String percentile(JmhResult result, double percent) {
    return result.primary().percentile(percent).map(Figures::number).orElse(Figures.NONE);
  }

  private static Optional<JmhResult> find(List<JmhResult> results, String fabric, String policy, String gpus) {
    return results.stream().filter(r -> r.has("fabric", fabric) && r.has("policy", policy) && r.has("gpus", gpus))
        .findFirst();
  }

  /** A parameter's values in the order JMH first ran them. */
  private static List<String> distinct(List<JmhResult> results, String param) {
    return results.stream().map(r -> r.param(param).orElse("?")).distinct().toList();
  }

  private static List<String> gangSizes(List<JmhResult> results) {
    return distinct(results, "gpus").stream().sorted(Comparator.comparingLong(Long::parseLong)).toList();
  }
}
