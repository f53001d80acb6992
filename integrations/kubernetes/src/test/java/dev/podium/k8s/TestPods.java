package dev.podium.k8s;

import dev.podium.k8s.cluster.KubePod;
import dev.podium.k8s.cluster.PodRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Pods of gangs, as the extender reads them. */
public final class TestPods {

  private TestPods() {}

  /** Pod {@code <gang>-<rank>} in namespace {@code ns}, annotated with its gang, size and rank, requesting {@code gpus}. */
  public static KubePod member(String ns, String gang, int size, int rank, int gpus) {
    Map<String, String> annotations = new HashMap<>();
    annotations.put("podium.dev/gang-size", Integer.toString(size));
    annotations.put("podium.dev/rank", Integer.toString(rank));
    return new KubePod(new PodRef(ns, gang + "-" + rank, "uid-" + ns + "-" + gang + "-" + rank), null, gpus,
        Map.of("podium.dev/gang", gang), annotations, false);
  }

  /** Every pod of gang {@code gang}. */
  public static List<KubePod> gang(String ns, String gang, int size, int gpus) {
    List<KubePod> pods = new ArrayList<>(size);
    for (int rank = 0; rank < size; rank++) {
      pods.add(member(ns, gang, size, rank, gpus));
    }
    return pods;
  }

  /** {@code pod} with extra annotations. */
  public static KubePod annotated(KubePod pod, Map<String, String> extra) {
    Map<String, String> annotations = new HashMap<>(pod.annotations());
    annotations.putAll(extra);
    return new KubePod(pod.ref(), pod.nodeName(), pod.gpus(), pod.labels(), annotations, pod.terminating());
  }

  /** {@code pod} bound to {@code node}. */
  public static KubePod boundTo(KubePod pod, String node) {
    return new KubePod(pod.ref(), node, pod.gpus(), pod.labels(), pod.annotations(), pod.terminating());
  }

  /**
   * The Pod as kube-scheduler v1.20 sends it in ExtenderArgs (Go's encoding of v1.Pod: metadata, spec with
   * the GPU request and limit as quantity strings, status), as a JSON tree.
   */
  public static Map<String, Object> json(KubePod pod) {
    Map<String, Object> metadata = new java.util.LinkedHashMap<>();
    metadata.put("name", pod.ref().name());
    metadata.put("namespace", pod.ref().namespace());
    metadata.put("uid", pod.ref().uid());
    metadata.put("resourceVersion", "1234");
    metadata.put("creationTimestamp", "2024-05-01T10:00:00Z");
    metadata.put("labels", pod.labels());
    metadata.put("annotations", pod.annotations());
    Map<String, Object> resources = Map.of("limits", Map.of("nvidia.com/gpu", Integer.toString(pod.gpus())),
        "requests", Map.of("nvidia.com/gpu", Integer.toString(pod.gpus()), "cpu", "100m"));
    Map<String, Object> container = new java.util.LinkedHashMap<>();
    container.put("name", "trainer");
    container.put("image", "registry.example/trainer:1");
    container.put("resources", resources);
    container.put("terminationMessagePath", "/dev/termination-log");
    container.put("imagePullPolicy", "IfNotPresent");
    Map<String, Object> spec = new java.util.LinkedHashMap<>();
    spec.put("containers", List.of(container));
    spec.put("restartPolicy", "Never");
    spec.put("schedulerName", "default-scheduler");
    spec.put("priority", 0);
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("metadata", metadata);
    body.put("spec", spec);
    body.put("status", Map.of("phase", "Pending", "qosClass", "BestEffort"));
    return body;
  }
}
