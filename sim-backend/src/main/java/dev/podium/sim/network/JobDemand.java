package dev.podium.sim.network;

/**
 * What one placed job asks of the shared network per optimizer step: bytes on each resource it
 * touches, in total and per traffic entry of its plan.
 *
 * @param resources resource indices, ascending
 * @param bytes bytes per step on each resource, all traffic together
 * @param trafficShare for traffic entry {@code t}, the largest fraction {@code bytes_t(r) / bytes(r)}
 *     over its resources: the share of the job's bottleneck time that entry takes
 */
public record JobDemand(int[] resources, double[] bytes, double[] trafficShare) {

  /** True when the job sends nothing over shared resources. */
  public boolean isEmpty() {
    return resources.length == 0;
  }
}
