package dev.podium.k8s.live;

import dev.podium.k8s.FakeNodes;
import dev.podium.k8s.cluster.Fabric8Cluster;
import dev.podium.k8s.cluster.KubeNode;
import dev.podium.topology.fabric.Fabric;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.NodeConditionBuilder;
import io.fabric8.kubernetes.api.model.NodeStatus;
import io.fabric8.kubernetes.api.model.NodeStatusBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real control plane for one test class: the kube-apiserver and kube-scheduler that {@code .ci/k8s-up.sh}
 * started (its admin kubeconfig from {@code PODIUM_K8S_KUBECONFIG}, default {@code /tmp/podium-k8s/kubeconfig}),
 * with the fake GPU nodes of {@code fabric} created through the API: labels as {@code podium topology --export
 * k8s-labels} writes them, then capacity, allocatable and a Ready condition through the status subresource. The
 * nodes are deleted after the class, with the pods of the test namespace.
 *
 * <p>Without a reachable control plane the class fails when {@code CI=true} and is skipped otherwise.
 */
final class ControlPlaneExtension implements BeforeAllCallback, AfterAllCallback {

  static final String NAMESPACE = "podium-it";
  static final String RESOURCE = "nvidia.com/gpu";

  private final Fabric fabric;
  private Fabric8Cluster cluster;

  ControlPlaneExtension(Fabric fabric) {
    this.fabric = fabric;
  }

  /** The extender's port: where kube-scheduler calls it ({@code PODIUM_EXTENDER_PORT}, default 18080). */
  static int extenderPort() {
    return Integer.parseInt(System.getenv().getOrDefault("PODIUM_EXTENDER_PORT", "18080"));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Path kubeconfig = Path.of(System.getenv().getOrDefault("PODIUM_K8S_KUBECONFIG", "/tmp/podium-k8s/kubeconfig"));
    String missing = null;
    if (!Files.isReadable(kubeconfig)) {
      missing = "no kubeconfig at " + kubeconfig;
    } else {
      cluster = Fabric8Cluster.connect(kubeconfig, RESOURCE);
      try {
        cluster.client().getKubernetesVersion();
      } catch (RuntimeException e) {
        missing = "the API server of " + kubeconfig + " does not answer: " + e.getMessage();
        cluster.close();
        cluster = null;
      }
    }
    if (missing != null) {
      String message = "no Kubernetes control plane: " + missing + " (start one with .ci/k8s-install.sh and"
          + " .ci/k8s-up.sh; see docs/INTEGRATIONS.md)";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError(message + "; CI=true, so this fails instead of skipping");
      }
      Assumptions.abort(message);
    }
    KubernetesClient client = cluster.client();
    if (client.namespaces().withName(NAMESPACE).get() == null) {
      client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NAMESPACE).endMetadata()
          .build()).create();
    }
    deletePods();
    deleteNodes();
    for (KubeNode node : FakeNodes.nodes(fabric)) {
      Node created = client.nodes().resource(new NodeBuilder().withNewMetadata().withName(node.name())
          .withLabels(labels(node)).endMetadata().build()).create();
      created.setStatus(status(node.gpus()));
      client.nodes().resource(created).updateStatus();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (cluster == null) {
      return;
    }
    deletePods();
    deleteNodes();
    cluster.close();
  }

  /** The cluster, through fabric8. */
  Fabric8Cluster cluster() {
    return cluster;
  }

  KubernetesClient client() {
    return cluster.client();
  }

  /** Deletes every pod of the test namespace at once (no kubelet confirms a graceful deletion). */
  void deletePods() {
    client().pods().inNamespace(NAMESPACE).list().getItems().forEach(p ->
        client().pods().inNamespace(NAMESPACE).withName(p.getMetadata().getName()).withGracePeriod(0).delete());
    long deadline = System.currentTimeMillis() + 30_000;
    while (!client().pods().inNamespace(NAMESPACE).list().getItems().isEmpty()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("pods of " + NAMESPACE + " still there 30 s after deletion");
      }
      sleep(100);
    }
  }

  private void deleteNodes() {
    for (KubeNode node : FakeNodes.nodes(fabric)) {
      client().nodes().withName(node.name()).delete();
    }
  }

  private static Map<String, String> labels(KubeNode node) {
    Map<String, String> labels = new java.util.LinkedHashMap<>(node.labels());
    labels.put("kubernetes.io/hostname", node.name());
    return labels;
  }

  private static NodeStatus status(int gpus) {
    Map<String, Quantity> resources = Map.of("cpu", new Quantity("64"), "memory", new Quantity("512Gi"),
        "pods", new Quantity("110"), RESOURCE, new Quantity(Integer.toString(gpus)));
    String now = Instant.now().toString();
    return new NodeStatusBuilder().withCapacity(resources).withAllocatable(resources)
        .withConditions(List.of(new NodeConditionBuilder().withType("Ready").withStatus("True")
            .withReason("KubeletReady").withMessage("fake node for Podium's tests").withLastHeartbeatTime(now)
            .withLastTransitionTime(now).build()))
        .build();
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
