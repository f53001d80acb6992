package dev.podium.k8s.cluster;

import java.util.List;
import java.util.Map;

/**
 * Counts of an extended resource such as {@code nvidia.com/gpu}, from Kubernetes quantities: whole
 * numbers only, as Kubernetes requires for extended resources.
 */
public final class ResourceCounts {

  private ResourceCounts() {}

  /**
   * A container's requests and limits as quantity strings by resource name.
   *
   * @param requests {@code resources.requests}
   * @param limits {@code resources.limits}
   */
  public record Container(Map<String, String> requests, Map<String, String> limits) {

    /** Copies the maps (null as empty). */
    public Container {
      requests = requests == null ? Map.of() : Map.copyOf(requests);
      limits = limits == null ? Map.of() : Map.copyOf(limits);
    }
  }

  /**
   * What a pod requests of {@code resource}: the containers' requests summed (a container's limit when
   * it gives no request, as the API server defaults it), or the largest init container's when larger.
   *
   * @param field where the containers are, for errors (e.g. {@code Pod.spec})
   * @throws IllegalArgumentException naming the field when a quantity is not a whole number
   */
  public static int podRequest(String resource, List<Container> containers, List<Container> initContainers,
      String field) {
    long sum = 0;
    for (int i = 0; i < containers.size(); i++) {
      sum += containerRequest(resource, containers.get(i), field + ".containers[" + i + "]");
    }
    long init = 0;
    for (int i = 0; i < initContainers.size(); i++) {
      init = Math.max(init, containerRequest(resource, initContainers.get(i), field + ".initContainers[" + i + "]"));
    }
    long total = Math.max(sum, init);
    if (total > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(field + ": " + resource + " request " + total + " is too large");
    }
    return (int) total;
  }

  private static long containerRequest(String resource, Container container, String field) {
    String request = container.requests().get(resource);
    if (request != null) {
      return whole(request, field + ".resources.requests[" + resource + "]");
    }
    String limit = container.limits().get(resource);
    return limit == null ? 0 : whole(limit, field + ".resources.limits[" + resource + "]");
  }

  /**
   * A quantity that must be a whole, non-negative number ({@code 8}, {@code "8"}, {@code 1k}); extended
   * resources allow nothing else.
   *
   * @throws IllegalArgumentException naming {@code field} and the value
   */
  public static long whole(String quantity, String field) {
    String text = quantity.trim();
    long scale = 1;
    String digits = text;
    if (text.endsWith("k")) {
      scale = 1000;
      digits = text.substring(0, text.length() - 1);
    }
    try {
      long value = Long.parseLong(digits);
      if (value < 0) {
        throw new IllegalArgumentException(field + ": '" + quantity + "' is negative");
      }
      return Math.multiplyExact(value, scale);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(field + ": '" + quantity + "' is not a whole number (extended resources"
          + " such as GPUs are counted in whole units)", e);
    }
  }
}
