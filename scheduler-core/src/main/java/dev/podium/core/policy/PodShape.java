package dev.podium.core.policy;

import dev.podium.api.placement.ClusterView;
import dev.podium.api.topology.TopologyView;

/**
 * A gang of {@code gang} ranks cut into {@code count} pods that each request {@code size}
 * accelerators of one host: a Slurm job's nodes, or a Kueue or Volcano job's pods. Ranks fill the
 * pods in order; the first {@code gang - count * (size - 1)} pods hold {@code size} ranks and the
 * rest one fewer, which is Slurm's default block distribution (task counts balanced over the nodes,
 * consecutive tasks on one node).
 *
 * @param gang ranks in the job
 * @param count pods (or nodes)
 * @param size accelerators each pod requests
 */
record PodShape(int gang, int count, int size) {

  /** The fewest pods of at most {@code maxSize} accelerators that hold {@code gang} ranks, sized evenly. */
  static PodShape of(int gang, int maxSize) {
    if (gang < 1 || maxSize < 1) {
      throw new IllegalArgumentException("gang and pod size must be >= 1, were " + gang + " and " + maxSize);
    }
    int count = (gang + maxSize - 1) / maxSize;
    return new PodShape(gang, count, (gang + count - 1) / count);
  }

  /** The ranks pod {@code pod} holds: {@code size} or {@code size - 1}. */
  int ranks(int pod) {
    return pod < gang - count * (size - 1) ? size : size - 1;
  }

  /**
   * The rank-to-accelerator array when pod {@code i} runs on host {@code hostOfPod[i]}: each pod's
   * ranks take the lowest free accelerators of its host that no earlier pod took.
   */
  int[] layout(ClusterView view, int[] hostOfPod) {
    TopologyView topology = view.topology();
    int[] placement = new int[gang];
    int[] cursor = new int[topology.domainCount(Locality.HOST)];
    int rank = 0;
    for (int pod = 0; pod < count; pod++) {
      int host = hostOfPod[pod];
      int first = topology.firstMember(Locality.HOST, host);
      int end = first + topology.memberCount(Locality.HOST, host);
      int next = Math.max(first, cursor[host]);
      for (int r = ranks(pod); r > 0; r--) {
        int accelerator = view.nextFree(next, end);
        if (accelerator < 0) {
          throw new IllegalStateException("host " + host + " has too few free accelerators for pod " + pod);
        }
        placement[rank++] = accelerator;
        next = accelerator + 1;
      }
      cursor[host] = next;
    }
    return placement;
  }
}
