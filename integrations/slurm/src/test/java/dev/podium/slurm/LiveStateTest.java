package dev.podium.slurm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.core.state.ClusterState;
import dev.podium.topology.fabric.Fabric;
import org.junit.jupiter.api.Test;

class LiveStateTest {

  private final LiveCluster cluster = new ClusterReader(Fixtures.client()).read(null, null);

  @Test
  void drainedAndDownNodesAreUnhealthy() {
    ClusterState state = cluster.state();
    for (String node : new String[] {"node001", "node002", "node003"}) {
      int first = firstGpu(node);
      for (int a = first; a < first + 8; a++) {
        assertThat(state.isHealthy(a)).as(node).isFalse();
      }
    }
    assertThat(state.healthyCount()).isEqualTo(128 - 24);
  }

  @Test
  void gpusHeldByJobsAreBusyAtTheirIndices() {
    ClusterState state = cluster.state();
    int node005 = firstGpu("node005");
    assertThat(state.jobAt(node005)).isEqualTo("slurm-6");
    assertThat(state.jobAt(node005 + 1)).isEqualTo("slurm-6");
    assertThat(state.isFree(node005 + 2)).isTrue();
    int node004 = firstGpu("node004");
    assertThat(state.jobAt(node004 + 7)).isEqualTo("slurm-7");
    int node007 = firstGpu("node007");
    assertThat(state.jobAt(node007 + 2)).isEqualTo("slurm-8");
    assertThat(state.isFree(node007 + 5)).as("node007 has no CPU left").isFalse();
    assertThat(state.freeCount()).isEqualTo(128 - 24 - 8 - 4 - 8);
    assertThat(state.indexConsistent()).isTrue();
  }

  @Test
  void anotherPartitionClosesEveryNodeOutsideIt() {
    assertThatThrownBy(() -> new ClusterReader(Fixtures.client()).read(null, "debug"))
        .hasMessageContaining("no node is in partition 'debug'");
    assertThat(new ClusterReader(Fixtures.client()).read(null, "gpu").state().healthyCount()).isEqualTo(104);
  }

  private int firstGpu(String node) {
    Fabric fabric = cluster.fabric();
    for (int host = 0; host < fabric.hostCount(); host++) {
      if (fabric.domainName(fabric.hostLevel(), host).equals(node)) {
        return fabric.firstMember(fabric.hostLevel(), host);
      }
    }
    throw new AssertionError(node);
  }
}
