package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.podium.sim.report.Numbers;
import dev.podium.topology.spec.SpecException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** podium sweep, sweep-task and merge: grid files, expansion order, job files and merged figures. */
class SweepCommandTest {

  private static final String TWO_SU = "dgx-superpod-h100-2su";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path dir;

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return PodiumCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  private Path grid(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  private static String error(String name, String text, Path folder) {
    try {
      GridReader.read(text, name, folder, "grid");
    } catch (SpecException e) {
      return e.getMessage();
    }
    throw new AssertionError("no error for " + text);
  }

  @Test
  void aGridExpandsFabricsThenWorkloadsThenPoliciesThenSeeds() throws Exception {
    Path failures = Files.writeString(dir.resolve("f.json"), "{\"perThousandNodeDays\": 5}");
    SweepGrid grid = GridReader.read(grid("g.yaml", """
        name: order
        fabrics:
          - dgx-superpod-h100-1su
          - preset: dgx-superpod-h100-2su
        workloads: [tiresias, "synthetic:jobs=5"]
        policies: [first-fit, topology-aware]
        seeds: [7, 3]
        queue: fair-share
        queueOptions: {half-life: 3600}
        failures: f.json
        checkpointInterval: never
        """));
    List<SweepTask> tasks = grid.expand();
    assertThat(tasks).hasSize(16);
    assertThat(tasks.get(0)).extracting(t -> t.fabric().preset(), SweepTask::workload, SweepTask::policy,
        SweepTask::seed).containsExactly("dgx-superpod-h100-1su", "tiresias", "first-fit", 7L);
    assertThat(tasks.get(1).seed()).isEqualTo(3);
    assertThat(tasks.get(2).policy()).isEqualTo("topology-aware");
    assertThat(tasks.get(4).workload()).isEqualTo("synthetic:jobs=5");
    assertThat(tasks.get(8).fabric().preset()).isEqualTo(TWO_SU);
    for (int i = 0; i < tasks.size(); i++) {
      SweepTask t = tasks.get(i);
      assertThat(t.index()).isEqualTo(i);
      assertThat(t.queue()).isEqualTo("fair-share");
      assertThat(t.queueOptions()).containsEntry("half-life", "3600");
      assertThat(t.failures()).isEqualTo(failures.toAbsolutePath().toString());
      assertThat(t.checkpointInterval()).isEqualTo("never");
    }
    assertThat(grid.name()).isEqualTo("order");
  }

  @Test
  void badGridsNameFileLineFieldAndReason() throws Exception {
    assertThat(error("g.yaml", "fabrics: [dgx-superpod-h100-2su]\nworkloads: [tiresias]\npolicies: [first-fit, best]\n",
        dir)).startsWith("g.yaml:3: policies[1]: unknown placement policy 'best'");
    assertThat(error("g.yaml", "fabrics: [dgx-superpod-h100-2su]\nworkloads: [tiresias]\npolicies: [first-fit]\n"
        + "seed: [1]\n", dir)).startsWith("g.yaml:4: seed: unknown field; known fields: name, fabrics");
    assertThat(error("g.yaml", "workloads: [tiresias]\npolicies: [first-fit]\n", dir))
        .isEqualTo("g.yaml:1: fabrics: missing; expected a list with at least one entry");
    assertThat(error("g.yaml", "fabrics:\n  - preset: nope\nworkloads: [tiresias]\npolicies: [first-fit]\n", dir))
        .startsWith("g.yaml:2: fabrics[0].preset: unknown preset 'nope'");
    assertThat(error("g.yaml", "fabrics:\n  - spec: missing.yaml\nworkloads: [tiresias]\npolicies: [first-fit]\n", dir))
        .isEqualTo("g.yaml:2: fabrics[0].spec: no such file " + dir.resolve("missing.yaml"));
    assertThat(error("g.yaml", "fabrics: [dgx-superpod-h100-2su]\nworkloads: [tiresias]\npolicies: [first-fit]\n"
        + "seeds: [1, x]\n", dir)).isEqualTo("g.yaml:4: seeds[1]: expected a whole number, was \"x\"");
    assertThat(error("g.yaml", "fabrics: [dgx-superpod-h100-2su]\nworkloads: [tiresias]\npolicies: [first-fit]\n"
        + "seeds: [1, 1]\n", dir)).isEqualTo("g.yaml:4: seeds[1]: repeats an earlier entry");
    assertThat(error("g.yaml", "fabrics: [dgx-superpod-h100-2su]\nworkloads:\n  - tiresias\n  - gpt\n"
        + "policies: [first-fit]\n", dir)).startsWith("g.yaml:4: workloads[1]: unknown workload 'gpt'");
    assertThat(error("g.yaml", "fabrics: [dgx-superpod-h100-2su]\nworkloads: [tiresias]\npolicies: [first-fit]\n"
        + "checkpointInterval: -5\n", dir)).isEqualTo(
            "g.yaml:4: checkpointInterval: expected a number of seconds > 0 or never, was -5");
    assertThat(error("g.yaml", "fabrics: [dgx-superpod-h100-2su]\nworkloads: [tiresias]\npolicies: [first-fit]\n"
        + "queue: fifo\nqueueOptions:\n  half-life: 3\n", dir)).startsWith("g.yaml:5: queueOptions: ")
        .contains("unknown option 'half-life'");
    assertThat(error("g.json", "{\"fabrics\": [\"dgx-superpod-h100-2su\"],\n \"workloads\": [\"tiresias\"],\n"
        + " \"policies\": [],\n \"seeds\": [1]}", dir)).isEqualTo(
            "g.json:3: policies: expected a list with at least one entry, was []");
    assertThat(error("g.json", "{\"fabrics\": [\n", dir)).startsWith("g.json:2: syntax: ");
  }

  @Test
  void theSweepCommandReportsABadGridWithExitCode2() throws Exception {
    Path file = grid("bad.yaml", "fabrics: [dgx-superpod-h100-2su]\nworkloads: [tiresias]\npolicies: [nope]\n");
    assertThat(run("sweep", file.toString(), "--out", dir.resolve("s").toString())).isEqualTo(2);
    assertThat(err.toString()).startsWith("podium sweep: " + file + ":3: policies[0]: unknown placement policy");
    assertThat(dir.resolve("s")).doesNotExist();
  }

  @Test
  void sweepThenEveryTaskThenMergeGivesCompareFiguresAveragedOverSeeds() throws Exception {
    Path file = grid("tiny.yaml", """
        fabrics: [dgx-superpod-h100-2su]
        workloads: [tiresias]
        policies: [first-fit, topology-aware]
        seeds: [1, 2]
        failures: published
        checkpointInterval: 600
        """);
    Path sweep = dir.resolve("sweep");
    assertThat(run("sweep", file.toString(), "--out", sweep.toString(), "--json")).isZero();
    JsonNode written = JSON.readTree(out.toString());
    assertThat(written.get("tasks").asInt()).isEqualTo(4);
    assertThat(written.get("name").asText()).isEqualTo("tiny");
    String tasksJson = Files.readString(sweep.resolve("tasks.json"));
    for (int i = 0; i < 4; i++) {
      assertThat(run("sweep-task", sweep.toString(), Integer.toString(i))).as(err.toString()).isZero();
      assertThat(out.toString()).startsWith("task " + i + " of 4: ");
    }
    assertThat(run("merge", sweep.toString(), "--report", dir.resolve("merged").toString(), "--json")).isZero();
    JsonNode merged = JSON.readTree(out.toString());
    assertThat(dir.resolve("merged").resolve("merged.json")).hasContent(out.toString().strip());
    assertThat(merged.get("tasks").asInt()).isEqualTo(4);
    assertThat(merged.get("groups")).hasSize(2);

    JsonNode[] compared = new JsonNode[2];
    for (int seed = 1; seed <= 2; seed++) {
      assertThat(run("compare", "--preset", TWO_SU, "--workload", "tiresias", "--policies", "first-fit,topology-aware",
          "--seed", Integer.toString(seed), "--failures", "published", "--checkpoint-interval", "600", "--json",
          "--report", dir.resolve("cmp-" + seed).toString())).isZero();
      compared[seed - 1] = JSON.readTree(out.toString());
    }
    assertThat(sweep.resolve("results/task-0/summary.json"))
        .hasSameBinaryContentAs(dir.resolve("cmp-1/first-fit/summary.json"));
    assertThat(sweep.resolve("results/task-3/jobs.csv"))
        .hasSameBinaryContentAs(dir.resolve("cmp-2/topology-aware/jobs.csv"));
    for (int policy = 0; policy < 2; policy++) {
      JsonNode group = merged.get("groups").get(policy);
      assertThat(group.get("policy").asText()).isEqualTo(policy == 0 ? "first-fit" : "topology-aware");
      assertThat(group.get("scenario").asText()).isEqualTo(TWO_SU + " / tiresias");
      assertThat(group.get("seeds").toString()).isEqualTo("[1,2]");
      JsonNode a = compared[0].get(policy);
      JsonNode b = compared[1].get(policy);
      for (String figure : SweepMerge.FIGURES) {
        assertThat(group.get("mean").get(figure).decimalValue()).as(figure)
            .isEqualByComparingTo(Numbers.decimal((a.get(figure).doubleValue() + b.get(figure).doubleValue()) / 2));
      }
      for (String level : List.of("host", "su", "cluster")) {
        assertThat(group.get("mean").get("crossBytes").get(level).decimalValue()).as(level).isEqualByComparingTo(
            Numbers.decimal((a.get("crossBytes").get(level).doubleValue()
                + b.get("crossBytes").get(level).doubleValue()) / 2));
      }
    }
    List<String> csv = Files.readAllLines(dir.resolve("merged").resolve("merged.csv"));
    assertThat(csv).hasSize(3);
    assertThat(csv.get(0)).startsWith("fabric,workload,policy,seeds,jobs,completed,").endsWith(
        "crossBytes.host,crossBytes.su,crossBytes.cluster");
    assertThat(csv.get(1)).startsWith(TWO_SU + ",tiresias,first-fit,2,60,60,");

    assertThat(run("merge", sweep.toString())).isZero();
    assertThat(out.toString()).contains("Sweep tiny: 4 tasks merged", "scenario", "policy", "mean JCT",
        TWO_SU + " / tiresias", "first-fit", "topology-aware", "60/60");
    assertThat(sweep.resolve("merged.json")).hasSameTextualContentAs(dir.resolve("merged").resolve("merged.json"));

    assertThat(run("sweep", file.toString(), "--out", sweep.toString())).isZero();
    assertThat(Files.readString(sweep.resolve("tasks.json"))).isEqualTo(tasksJson);
  }

  @Test
  void mergeNamesEveryMissingOrFailedTaskWithExitCode3() throws Exception {
    Path file = grid("g.yaml", "fabrics: [dgx-superpod-h100-2su]\nworkloads: [tiresias]\n"
        + "policies: [first-fit, topology-aware]\n");
    Path sweep = dir.resolve("sweep");
    assertThat(run("sweep", file.toString(), "--out", sweep.toString())).isZero();
    assertThat(run("sweep-task", sweep.toString(), "0")).isZero();
    Files.writeString(sweep.resolve("results/task-1.failed"), "out of memory\n");
    assertThat(run("merge", sweep.toString())).isEqualTo(MergeCommand.INCOMPLETE);
    assertThat(err.toString()).contains("1 of 2 tasks have no results",
        "task 1 (" + TWO_SU + " / tiresias, topology-aware, seed 1): failed: out of memory");
    Files.delete(sweep.resolve("results/task-1.failed"));
    assertThat(run("merge", sweep.toString(), "--json")).isEqualTo(3);
    assertThat(err.toString()).contains("task 1 (", "missing: no " + sweep.resolve("results/task-1/summary.json"));
    assertThat(out.toString()).isEmpty();
    assertThat(run("sweep-task", sweep.toString(), "2")).isEqualTo(2);
    assertThat(err.toString()).contains("task 2 out of range: the sweep has tasks 0..1");
    assertThat(run("merge", dir.resolve("nowhere").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("tasks.json: no such file");
  }

  @Test
  void aTaskThatFailsLeavesAMarkerThatMergeReports() throws Exception {
    Path jobs = Files.writeString(dir.resolve("jobs.csv"), "id,submit_seconds,dp,duration_seconds\na,0,8,100\n");
    Path file = grid("g.yaml", "fabrics: [dgx-superpod-h100-2su]\nworkloads: [jobs.csv]\npolicies: [first-fit]\n");
    Path sweep = dir.resolve("sweep");
    assertThat(run("sweep", file.toString(), "--out", sweep.toString())).isZero();
    Files.writeString(jobs, "id,submit_seconds,dp,duration_seconds\na,0,zero,100\n");
    assertThat(run("sweep-task", sweep.toString(), "0")).isEqualTo(2);
    assertThat(sweep.resolve("results/task-0.failed")).content().contains(jobs + ":2: ");
    assertThat(run("merge", sweep.toString())).isEqualTo(3);
    assertThat(err.toString()).contains("task 0 (", "failed: " + jobs + ":2: ");
  }

  @Test
  void theSlurmScriptAndTheIndexedJobCoverEveryTask() throws Exception {
    Path file = grid("g.yaml", "name: Grid_1\nfabrics: [dgx-superpod-h100-2su]\nworkloads: [tiresias, pollux-1]\n"
        + "policies: [first-fit]\nseeds: [1, 2, 3]\n");
    Path sweep = dir.resolve("sweep");
    assertThat(run("sweep", file.toString(), "--out", sweep.toString(), "--slurm", "--k8s",
        "--sbatch-arg=--time=10")).isZero();
    assertThat(out.toString()).contains("6 tasks", "sweep.sbatch", "sweep-job.yaml", "Submit with: sbatch");

    String script = Files.readString(sweep.resolve("sweep.sbatch"));
    assertThat(script).startsWith("#!/bin/bash\n").contains("#SBATCH --array=0-5\n", "#SBATCH --time=10\n",
        "#SBATCH --job-name=podium-sweep-Grid_1\n", "#SBATCH --output=" + sweep.toAbsolutePath() + "/logs/task-%a.out",
        " dev.podium.cli.PodiumCommand sweep-task '" + sweep.toAbsolutePath() + "' \"$SLURM_ARRAY_TASK_ID\"\n");
    String java = script.lines().filter(l -> l.startsWith("exec ")).findFirst().orElseThrow();
    assertThat(java).startsWith("exec '/").contains("/bin/java' ");
    assertThat(sweep.resolve("sweep.sbatch")).isExecutable();
    assertThat(sweep.resolve("logs")).isDirectory();

    JsonNode job = new YAMLMapper().readTree(sweep.resolve("sweep-job.yaml").toFile());
    assertThat(job.get("kind").asText()).isEqualTo("Job");
    assertThat(job.get("metadata").get("name").asText()).isEqualTo("podium-sweep-grid-1");
    assertThat(job.at("/spec/completionMode").asText()).isEqualTo("Indexed");
    assertThat(job.at("/spec/completions").asInt()).isEqualTo(6);
    assertThat(job.at("/spec/parallelism").asInt()).isEqualTo(6);
    JsonNode container = job.at("/spec/template/spec/containers/0");
    assertThat(container.get("image").asText()).isEqualTo("podium:latest");
    assertThat(container.get("command").toString())
        .isEqualTo("[\"podium\",\"sweep-task\",\"/sweep\",\"$(JOB_COMPLETION_INDEX)\"]");
    assertThat(container.at("/env/0/name").asText()).isEqualTo("JOB_COMPLETION_INDEX");
    assertThat(container.at("/env/0/valueFrom/fieldRef/fieldPath").asText())
        .isEqualTo("metadata.annotations['batch.kubernetes.io/job-completion-index']");
    assertThat(container.at("/volumeMounts/0/mountPath").asText()).isEqualTo("/sweep");
    assertThat(job.at("/spec/template/spec/volumes/0/persistentVolumeClaim/claimName").asText())
        .isEqualTo("podium-sweep");
    assertThat(job.at("/spec/template/spec/restartPolicy").asText()).isEqualTo("Never");

    assertThat(run("sweep", file.toString(), "--out", sweep.toString(), "--k8s", "--image", "reg.io/me/podium:1",
        "--parallelism", "2")).isZero();
    job = new YAMLMapper().readTree(sweep.resolve("sweep-job.yaml").toFile());
    assertThat(job.at("/spec/template/spec/containers/0/image").asText()).isEqualTo("reg.io/me/podium:1");
    assertThat(job.at("/spec/parallelism").asInt()).isEqualTo(2);
  }

  @Test
  void everySweepCommandHasHelp() {
    for (String command : List.of("sweep", "sweep-task", "merge")) {
      assertThat(run(command, "--help")).isZero();
      assertThat(out.toString()).contains("Usage: podium " + command, "Exit codes");
    }
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("sweep", "sweep-task", "merge");
  }

  @Test
  void aTaskIndexOutsideTheListIsRejected() {
    SweepPlan plan = new SweepPlan("p", "/g", List.of());
    assertThatThrownBy(() -> plan.task(0)).hasMessageContaining("out of range");
  }
}
