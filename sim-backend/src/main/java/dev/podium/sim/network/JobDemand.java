package dev.podium.sim.network;

/**
 * What one placed job asks of the shared network per optimizer step: bytes on each resource it
 * touches, in total and per traffic entry of its plan.
 *
 * @param resources resource indices, ascending
 * @param bytes bytes per step on each resource, all traffic together
 * @param trafficShare for traffic entry {@code t}, its time alone at its own bottleneck, {@code max_r
 *     bytes_t(r) / capacity(r)}, over the job's alone bottleneck time {@code max_r bytes(r) /
 *     capacity(r)}: at a communication rate of {@code x} steps per second the entry takes {@code
 *     trafficShare[t] / x} seconds
 */
public record JobDemand(int[] resources, double[] bytes, double[] trafficShare) {

  /** True when the job sends nothing over shared resources. */
  public boolean isEmpty() {
    return resources.length == 0;
  }
}
