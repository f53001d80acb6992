package dev.podium.topology.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Presets;
import dev.podium.topology.imports.FabricImports;
import dev.podium.topology.TestPaths;
import java.io.IOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Feeds the generated {@code topology.conf} to a real slurmctld (topology/tree) and compares what
 * {@code scontrol show topology} reports with the file. Needs slurmctld and scontrol on the machine
 * and a working munged (see {@code ../shared/reference/orchestrators.md}); skipped otherwise.
 */
@Tag("slow")
@Tag("slurm")
class SlurmctldTopologyTest {

  private static final long START_TIMEOUT_SECONDS = 60;

  @ParameterizedTest
  @ValueSource(strings = {"meta-24k-roce", "dgx-superpod-h100-4su", "lingjun-csv"})
  void slurmctldReadsTheTreeAsWritten(String source, @TempDir Path dir) throws Exception {
    requireOrSkip(succeeds(List.of("slurmctld", "-V")) && succeeds(List.of("sh", "-c", "command -v scontrol")),
        "slurmctld or scontrol not installed");
    requireOrSkip(succeeds(List.of("sh", "-c", "munge -n | unmunge")), "munged not running (.ci/munged-up.sh)");
    Fabric fabric = source.equals("lingjun-csv")
        ? FabricImports.read(source, TestPaths.shared("data/topologies/alibaba-lingjun-2023-topo.csv"))
        : Presets.find(source).build();
    try (Writer out = Files.newBufferedWriter(dir.resolve("topology.conf"))) {
      new SlurmTreeExporter().write(fabric, out);
    }
    Path conf = dir.resolve("slurm.conf");
    Files.writeString(conf, slurmConf(dir, fabric));

    Process slurmctld = new ProcessBuilder("slurmctld", "-D", "-f", conf.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("slurmctld.out").toFile()).start();
    try {
      String topology = showTopology(conf, slurmctld, dir);

      Map<String, Map<String, String>> reported = switches(topology);
      Map<String, Map<String, String>> written = switches(Files.readString(dir.resolve("topology.conf")));
      assertThat(reported.keySet()).containsExactlyInAnyOrderElementsOf(written.keySet());
      int leafLevel = fabric.hostLevel() + 1;
      written.forEach((name, line) -> {
        Map<String, String> seen = reported.get(name);
        if (line.containsKey("Nodes")) {
          assertThat(seen.get("Level")).as(name).isEqualTo("0");
          assertThat(Hostlist.expand(seen.get("Nodes"))).as(name).isEqualTo(Hostlist.expand(line.get("Nodes")));
        } else {
          assertThat(Integer.parseInt(seen.get("Level"))).as(name).isPositive();
          assertThat(Hostlist.expand(seen.get("Switches"))).as(name)
              .containsExactlyInAnyOrderElementsOf(Hostlist.expand(line.get("Switches")));
        }
        assertThat(seen.get("LinkSpeed")).as(name).isEqualTo(line.get("LinkSpeed"));
      });
      long listed = reported.values().stream().filter(s -> "0".equals(s.get("Level")))
          .mapToLong(s -> Hostlist.expand(s.get("Nodes")).size()).sum();
      assertThat(listed).as("every host listed once under a leaf switch").isEqualTo(fabric.hostCount());
      assertThat(reported.values().stream().filter(s -> "0".equals(s.get("Level"))))
          .hasSize(fabric.domainCount(leafLevel));
    } finally {
      slurmctld.destroy();
      if (!slurmctld.waitFor(30, TimeUnit.SECONDS)) {
        slurmctld.destroyForcibly().waitFor();
      }
    }
  }

  /** Skips when {@code ok} is false, except under CI ({@code CI=true}), where a missing Slurm fails. */
  private static void requireOrSkip(boolean ok, String why) {
    if ("true".equals(System.getenv("CI"))) {
      assertThat(ok).as(why).isTrue();
    }
    assumeTrue(ok, why);
  }

  private static String slurmConf(Path dir, Fabric fabric) throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String hosts = Hostlist.compress(ChildDomains.of(fabric, fabric.levelCount() - 1, 0, fabric.hostLevel())
        .names(fabric));
    return String.join("\n",
        "ClusterName=podiumtest",
        "SlurmctldHost=localhost(127.0.0.1)",
        "SlurmctldPort=" + port,
        "SlurmUser=" + System.getProperty("user.name"),
        "AuthType=auth/munge",
        "StateSaveLocation=" + dir.resolve("state"),
        "SlurmdSpoolDir=" + dir.resolve("spool"),
        "SlurmctldPidFile=" + dir.resolve("slurmctld.pid"),
        "SlurmctldLogFile=" + dir.resolve("slurmctld.log"),
        "ProctrackType=proctrack/linuxproc",
        "TaskPlugin=task/none",
        "MpiDefault=none",
        "AccountingStorageType=accounting_storage/none",
        "JobCompType=jobcomp/none",
        "SelectType=select/cons_tres",
        "CommunicationParameters=NoCtldInAddrAny,NoInAddrAny",
        "TopologyPlugin=topology/tree",
        "NodeName=" + hosts + " NodeHostname=localhost NodeAddr=127.0.0.1 CPUs=1 State=UNKNOWN",
        "PartitionName=all Nodes=ALL Default=YES State=UP",
        "");
  }

  /** Polls {@code scontrol show topology} until slurmctld answers; fails with its log if it dies. */
  private static String showTopology(Path conf, Process slurmctld, Path dir) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
    while (System.nanoTime() < deadline) {
      if (!slurmctld.isAlive()) {
        throw new AssertionError("slurmctld exited with " + slurmctld.exitValue() + ":\n"
            + Files.readString(dir.resolve("slurmctld.out")));
      }
      ProcessBuilder scontrol = new ProcessBuilder("scontrol", "show", "topology").redirectErrorStream(true);
      scontrol.environment().put("SLURM_CONF", conf.toString());
      Process process = scontrol.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() == 0 && output.contains("SwitchName=")) {
        return output;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("slurmctld did not answer within " + START_TIMEOUT_SECONDS + " s");
  }

  /** SwitchName to its key=value pairs, from topology.conf or scontrol output (comments skipped). */
  private static Map<String, Map<String, String>> switches(String text) {
    Map<String, Map<String, String>> switches = new LinkedHashMap<>();
    for (String line : text.lines().map(String::strip).toList()) {
      if (!line.startsWith("SwitchName=")) {
        continue;
      }
      Map<String, String> pairs = new HashMap<>();
      for (String pair : line.split("\\s+")) {
        String[] kv = pair.split("=", 2);
        if (kv.length == 2 && !kv[1].equals("(null)")) {
          pairs.put(kv[0], kv[1]);
        }
      }
      switches.put(pairs.get("SwitchName"), pairs);
    }
    return switches;
  }

  private static boolean succeeds(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
