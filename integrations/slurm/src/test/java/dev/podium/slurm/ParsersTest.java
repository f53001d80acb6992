package dev.podium.slurm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParsersTest {

  @Test
  void gresEntriesWithTypesIndicesAndSockets() {
    assertThat(Gres.parseAll("gpu:8")).containsExactly(new Gres("gpu", null, 8, List.of()));
    assertThat(Gres.parseAll("gpu:h100:4(IDX:0-1,6-7),nic:1"))
        .containsExactly(new Gres("gpu", "h100", 4, List.of(0, 1, 6, 7)), new Gres("nic", null, 1, List.of()));
    assertThat(Gres.parseAll("gpu:a100:8(S:0-1)")).containsExactly(new Gres("gpu", "a100", 8, List.of()));
    assertThat(Gres.parseAll("gpu:h100:0(IDX:N/A)")).containsExactly(new Gres("gpu", "h100", 0, List.of()));
    assertThat(Gres.parseAll("(null)")).isEmpty();
    assertThat(Gres.total(Gres.parseAll("gpu:a:2,gpu:b:3,nic:1"), "gpu")).isEqualTo(5);
    assertThatThrownBy(() -> Gres.parseAll("gpu:x")).hasMessageContaining("'gpu:x'").hasMessageContaining("count");
    assertThatThrownBy(() -> Gres.parseAll("gpu:2(IDX:3-1)")).hasMessageContaining("index range '3-1'");
  }

  @Test
  void topologyFromScontrolAndFromTopologyConf() {
    List<SlurmSwitch> reported = TopologyParser.parse(Fixtures.text("topology-22.05.txt"));
    assertThat(reported).extracting(SlurmSwitch::name).containsExactly("leaf1", "leaf2", "leaf3", "leaf4", "spine");
    assertThat(reported.get(0)).isEqualTo(new SlurmSwitch("leaf1", 0, List.of("node001", "node002", "node003",
        "node004"), List.of(), 400));
    SlurmSwitch spine = reported.get(4);
    assertThat(spine.level()).isEqualTo(1);
    assertThat(spine.nodes()).as("a parent's Nodes= repeats its leaves' and is not kept").isEmpty();
    assertThat(spine.switches()).containsExactly("leaf1", "leaf2", "leaf3", "leaf4");

    List<SlurmSwitch> written = TopologyParser.parse("""
        # comment
        SwitchName=core Switches=pod[1-2]
        SwitchName=pod1 Switches=tor1
        SwitchName=pod2 Switches=tor2
        SwitchName=tor1 Nodes=a[1-2]
        SwitchName=tor2 Nodes=b1 LinkSpeed=100
        """);
    assertThat(written).extracting(SlurmSwitch::name, SlurmSwitch::level)
        .containsExactly(tuple("core", 2), tuple("pod1", 1),
            tuple("pod2", 1), tuple("tor1", 0),
            tuple("tor2", 0));
    assertThat(TopologyParser.parse("No topology information available\n")).isEmpty();
    assertThatThrownBy(() -> TopologyParser.parse("SwitchName=x Level=zero Nodes=a1"))
        .hasMessageContaining("topology line 'SwitchName=x Level=zero Nodes=a1'");
  }

  @Test
  void nodesFromSinfoJson() {
    List<SlurmNode> nodes = Fixtures.nodes();
    assertThat(nodes).hasSize(16);
    assertThat(nodes).extracting(SlurmNode::name).startsWith("node001", "node002", "node003");
    Map<String, SlurmNode> byName = new HashMap<>();
    nodes.forEach(n -> byName.put(n.name(), n));
    assertThat(byName.get("node001").available()).isFalse();
    assertThat(byName.get("node001").stateText()).isEqualTo("DRAIN+IDLE");
    assertThat(byName.get("node001").reason()).isEqualTo("podium-test");
    assertThat(byName.get("node002").available()).isFalse();
    assertThat(byName.get("node004").available()).isTrue();
    assertThat(byName.get("node004").gpusUsed()).isEqualTo(8);
    assertThat(byName.get("node005").gpus()).isEqualTo(8);
    assertThat(byName.get("node005").gpusUsed()).isEqualTo(2);
    assertThat(byName.get("node007").fullyAllocated()).isTrue();
    assertThat(byName.get("node008").partitions()).containsExactly("gpu");
  }

  @Test
  void newerSlurmPrintsStatesAsLists() {
    List<SlurmNode> nodes = NodeParser.parse("""
        {"nodes": [{"name": "n1", "state": ["IDLE", "DRAIN"], "gres": "gpu:h100:4", "gres_used": "gpu:h100:0",
          "cpus": 32, "alloc_cpus": {"set": true, "number": 0}, "partitions": ["p"]}], "errors": []}
        """);
    assertThat(nodes.get(0).states()).containsExactlyInAnyOrder("IDLE", "DRAIN");
    assertThat(nodes.get(0).available()).isFalse();
    assertThat(nodes.get(0).gpuType()).isEqualTo("h100");
  }

  @Test
  void jobsFromSqueueJsonWithGpuIndicesPerNode() {
    List<SlurmJob> jobs = JobParser.parse(Fixtures.text("squeue-22.05.json"));
    SlurmJob six = jobs.stream().filter(j -> j.id() == 6).findFirst().orElseThrow();
    assertThat(six.state()).isEqualTo("RUNNING");
    assertThat(six.holdsResources()).isTrue();
    assertThat(six.nodes()).containsExactly("node005", "node006");
    assertThat(six.gpuIndices()).containsEntry("node005", List.of(0, 1)).containsEntry("node006", List.of(0, 1));
    SlurmJob pending = jobs.stream().filter(j -> j.id() == 4).findFirst().orElseThrow();
    assertThat(pending.state()).isEqualTo("PENDING");
    assertThat(pending.reason()).isEqualTo("ReqNodeNotAvail");
    assertThat(pending.holdsResources()).isFalse();
    assertThat(jobs.stream().filter(j -> j.id() == 2).findFirst().orElseThrow().holdsResources()).isFalse();
  }

  @Test
  void unreadableOutputNamesTheCommand() {
    SlurmClient garbled = new SlurmClient((command, input) -> "Segmentation fault?");
    assertThatThrownBy(garbled::nodes).isInstanceOf(SlurmException.class)
        .hasMessageStartingWith("'sinfo --json': cannot read its output: not JSON");
    SlurmClient failing = new SlurmClient((command, input) -> "{\"errors\": [{\"error\": \"boom\"}], \"jobs\": []}");
    assertThatThrownBy(failing::jobs).hasMessageContaining("'squeue --json'").hasMessageContaining("boom");
    SlurmClient noId = new SlurmClient((command, input) -> "sbatch: submitted\n");
    assertThatThrownBy(() -> noId.submit(List.of("-N", "1"), "#!/bin/bash\n"))
        .hasMessageStartingWith("'sbatch --parsable -N 1': cannot read its output: expected a job id");
  }

  @Test
  void sbatchParsableAnswersWithClusterSuffix() {
    SlurmClient client = new SlurmClient((command, input) -> "42;podium\n");
    assertThat(client.submit(List.of(), "")).isEqualTo(42);
  }

  @Test
  void scontrolShowJob() {
    SlurmClient client = new SlurmClient((command, input) -> "JobId=12 JobName=gang UserId=root(0) JobState=PENDING"
        + " Reason=Resources Dependency=(null) NodeList=(null) ReqNodeList=node[001-002]\n");
    SlurmJob job = client.job(12);
    assertThat(job.state()).isEqualTo("PENDING");
    assertThat(job.reason()).isEqualTo("Resources");
    assertThat(job.nodes()).isEmpty();
  }
}
