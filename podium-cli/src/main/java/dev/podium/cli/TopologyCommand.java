package dev.podium.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.fabric.FabricSummary;
import dev.podium.topology.fabric.FabricSummary.LevelSummary;
import dev.podium.topology.export.Exporters;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code podium topology}: a fabric's structure, capacities and peak figures. */
@Command(name = "topology", mixinStandardHelpOptions = true,
    description = "Shows a fabric: accelerators, hosts, switches per tier, links, locality levels with"
        + " per-accelerator bandwidth, oversubscription and latency, peak FLOP/s and HBM.")
final class TopologyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  FabricSource source;

  @Option(names = "--json", description = "Print one JSON object instead of tables.")
  boolean json;

  @Option(names = "--export", paramLabel = "FORMAT",
      description = "Write the fabric as dot, graphml, json, slurm-tree, slurm-block or k8s-labels.")
  String export;

  @Option(names = "--out", paramLabel = "FILE", description = "Where --export writes (default: standard output).")
  Path outFile;

  @Override
  public Integer call() throws Exception {
    Fabric fabric = source.load();
    PrintWriter out = spec.commandLine().getOut();
    if (export != null) {
      if (outFile == null) {
        Exporters.write(export, fabric, out);
        out.flush();
      } else {
        try (Writer writer = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
          Exporters.write(export, fabric, writer);
        }
        spec.commandLine().getErr().printf("wrote %s (%s) to %s%n", fabric.name(), export, outFile);
      }
      return 0;
    }
    if (outFile != null) {
      throw new IllegalArgumentException("--out needs --export FORMAT");
    }
    FabricSummary summary = FabricSummary.of(fabric);
    if (json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary));
    } else {
      print(summary, out);
    }
    out.flush();
    return 0;
  }

  static void print(FabricSummary s, PrintWriter out) {
    out.printf("Fabric %s: %s x %s%n", s.name(), Units.count(s.accelerators()), s.accelerator());
    out.printf("  hosts     %s%n", Units.count(s.hosts()));
    out.printf("  switches  %s (%s)%n", Units.count(s.switches()), s.switchesPerTier().entrySet().stream()
        .map(e -> e.getKey() + " " + Units.count(e.getValue())).collect(Collectors.joining(", ")));
    out.printf("  links     %s (%s cables)%n", Units.count(s.links()), Units.count(s.cables()));
    out.printf("  peak      %s%n", s.peakFlops().entrySet().stream()
        .map(e -> e.getKey() + " " + Units.si(e.getValue(), "FLOP/s")).collect(Collectors.joining(", ")));
    out.printf("  HBM       %s%n%n", Units.si(s.hbmBytes(), "B"));
    out.printf("  %-10s %9s %8s %16s %9s %10s %14s%n", "level", "domains", "size", "bandwidth/acc", "oversub",
        "latency", "bisection");
    for (LevelSummary level : s.levels()) {
      String size = level.size() == level.minSize()
          ? Units.count(level.size()) : level.minSize() + "-" + level.size();
      out.printf(Locale.ROOT, "  %-10s %9s %8s %16s %9s %10s %14s%n", level.name(), Units.count(level.domains()),
          size, level.bandwidthBytesPerSecond() == null ? "-" : Units.si(level.bandwidthBytesPerSecond(), "B/s"),
          String.format(Locale.ROOT, "%.2f", level.oversubscription()), Units.micros(level.latencySeconds()),
          level.bisectionBytesPerSecond() == null ? "-" : Units.si(level.bisectionBytesPerSecond(), "B/s"));
    }
  }
}
