package dev.podium.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.podium.api.job.JobSpec;
import dev.podium.api.placement.PlacementDecision;
import dev.podium.api.placement.PlacementPolicy;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.api.topology.Level;
import dev.podium.core.cost.CostModel;
import dev.podium.core.cost.LowerBound;
import dev.podium.core.cost.PlacementCost;
import dev.podium.core.job.JobRequests;
import dev.podium.core.policy.Policies;
import dev.podium.core.state.BackgroundLoad;
import dev.podium.core.state.ClusterState;
import dev.podium.topology.fabric.Fabric;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code podium place}: where a job should run on a partly busy fabric, and what it costs. */
@Command(name = "place", mixinStandardHelpOptions = true,
    description = "Fills a fabric with seeded background jobs, places one sharded job, and prints the bytes"
        + " per step it sends across each locality level, the lower bound, the estimated communication"
        + " time and the decision time.")
final class PlaceCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  FabricSource source;

  @Option(names = "--job", required = true, paramLabel = "REQUEST",
      description = "The job: tp=,cp=,pp=,dp=,ep= (default 1), optional gpus= (checked), model=NAME, batch=,"
          + " e.g. \"tp=8,pp=8,dp=16,model=llama3-70b\".")
  String job;

  @Option(names = "--occupancy", defaultValue = "0.7", paramLabel = "FRACTION",
      description = "Fraction of accelerators held by background jobs before placing (default ${DEFAULT-VALUE}).")
  double occupancy;

  @Option(names = "--seed", defaultValue = "1", description = "Seed for the background jobs and the policies.")
  long seed;

  @Option(names = "--policy", defaultValue = "topology-aware", paramLabel = "NAME",
      description = "Placement policy (see 'podium policies'; default ${DEFAULT-VALUE}).")
  String policy;

  @Option(names = "--compare", split = ",", paramLabel = "NAMES",
      description = "Place the same job with several policies on the same state and compare them.")
  List<String> compare;

  @Option(names = "--explain", description = "Say which groups cross which level.")
  boolean explain;

  @Option(names = "--json", description = "Print JSON instead of tables.")
  boolean json;

  /** One policy's outcome, as printed and as {@code --json}. */
  record Result(
      String policy,
      boolean placed,
      String decision,
      List<String> reasons,
      Map<String, Double> crossBytesPerStep,
      Map<String, Double> lowerBoundCrossBytesPerStep,
      Double estimatedCommSeconds,
      long decisionMicros,
      List<String> explanation) {}

  @Override
  public Integer call() throws Exception {
    Fabric fabric = source.load();
    JobSpec request = JobRequests.parse(job);
    ClusterState state = new ClusterState(fabric, fabric.accelerator().name());
    BackgroundLoad.fill(state, occupancy, seed);
    double[] bound = LowerBound.crossBytes(fabric, request.parallelism(), request.plan());
    List<String> names = compare == null || compare.isEmpty() ? List.of(policy) : compare;
    List<Result> results = new ArrayList<>();
    for (String name : names) {
      results.add(place(fabric, state, request, name.trim(), bound));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      out.println(mapper.writeValueAsString(results.size() == 1 ? results.get(0) : results));
    } else {
      print(out, fabric, state, request, results);
    }
    out.flush();
    return results.stream().allMatch(Result::placed) ? 0 : 3;
  }

  private Result place(Fabric fabric, ClusterState state, JobSpec request, String name, double[] bound) {
    PlacementPolicy placement = Policies.placement(name, PolicyOptions.defaults().withSeed(seed));
    long start = System.nanoTime();
    PlacementDecision decision = placement.place(request, state);
    long micros = (System.nanoTime() - start) / 1000;
    Map<String, Double> lower = byLevel(fabric, bound);
    if (decision instanceof PlacementDecision.Placed placed) {
      PlacementCost cost = new CostModel(fabric).evaluate(request.plan(), placed.accelerators());
      return new Result(name, true, "placed", List.of(), byLevel(fabric, cost.crossBytes()), lower,
          cost.commSeconds(), micros, explain ? cost.explain(fabric) : List.of());
    }
    if (decision instanceof PlacementDecision.Unschedulable u) {
      return new Result(name, false, "unschedulable", u.reasons(), null, lower, null, micros, List.of());
    }
    PlacementDecision.Failed failed = (PlacementDecision.Failed) decision;
    return new Result(name, false, "failed", List.of(failed.error()), null, lower, null, micros, List.of());
  }

  private static Map<String, Double> byLevel(Fabric fabric, double[] bytes) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (Level level : fabric.levels()) {
      if (level.index() > 0) {
        map.put(level.name(), bytes[level.index()]);
      }
    }
    return map;
  }

  private void print(PrintWriter out, Fabric fabric, ClusterState state, JobSpec request, List<Result> results) {
    out.printf(Locale.ROOT, "Job %s (%d accelerators%s) on %s, %.0f%% occupied by background jobs (seed %d)%n%n",
        request.parallelism(), request.size(), request.model() == null ? "" : ", " + request.model().name(),
        fabric.name(), 100.0 * (state.topology().acceleratorCount() - state.freeCount())
            / state.topology().acceleratorCount(), seed);
    List<String> header = new ArrayList<>(List.of("bytes/step across"));
    for (Result r : results) {
      header.add(r.policy());
    }
    header.add("lower bound");
    List<List<String>> rows = new ArrayList<>();
    for (int level = fabric.levelCount() - 1; level >= 1; level--) {
      String name = fabric.levels().get(level).name();
      List<String> row = new ArrayList<>(List.of(name));
      for (Result r : results) {
        row.add(r.placed() ? Units.si(r.crossBytesPerStep().get(name), "B") : "-");
      }
      row.add(Units.si(results.get(0).lowerBoundCrossBytesPerStep().get(name), "B"));
      rows.add(row);
    }
    List<String> time = new ArrayList<>(List.of("est. comm time/step"));
    List<String> decision = new ArrayList<>(List.of("decision time"));
    for (Result r : results) {
      time.add(r.placed() ? String.format(Locale.ROOT, "%.3f s", r.estimatedCommSeconds()) : r.decision());
      decision.add(String.format(Locale.ROOT, "%,d µs", r.decisionMicros()));
    }
    time.add("");
    decision.add("");
    rows.add(time);
    rows.add(decision);
    Tables.print(out, header, rows);
    for (Result r : results) {
      if (!r.placed()) {
        out.printf("%n%s: %s%n", r.policy(), String.join("; ", r.reasons()));
      }
      if (!r.explanation().isEmpty()) {
        out.printf("%n%s:%n", r.policy());
        r.explanation().forEach(line -> out.println("  " + line));
      }
    }
  }
}
