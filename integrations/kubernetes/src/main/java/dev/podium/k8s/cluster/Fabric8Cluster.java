package dev.podium.k8s.cluster;

import io.fabric8.kubernetes.api.model.BindingBuilder;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cluster behind an API server, through the fabric8 client (kubeconfig, TLS and authentication as
 * kubectl does them). Every read is a fresh list (a quorum read), so it sees the Bindings made before it.
 */
public final class Fabric8Cluster implements KubeCluster, AutoCloseable {

  private final KubernetesClient client;
  private final String resource;

  /** A cluster reached through {@code client}, counting {@code resource} (e.g. {@code nvidia.com/gpu}). */
  public Fabric8Cluster(KubernetesClient client, String resource) {
    this.client = Objects.requireNonNull(client, "client");
    this.resource = Objects.requireNonNull(resource, "resource");
  }

  /**
   * A cluster from the kubeconfig file {@code kubeconfig}, or, when null, from the usual places
   * ({@code KUBECONFIG}, {@code ~/.kube/config}, the in-cluster service account).
   *
   * @throws IllegalArgumentException when the file cannot be read
   */
  public static Fabric8Cluster connect(Path kubeconfig, String resource) {
    Config config;
    if (kubeconfig == null) {
      config = Config.autoConfigure(null);
    } else {
      try {
        config = Config.fromKubeconfig(Files.readString(kubeconfig));
      } catch (IOException e) {
        throw new IllegalArgumentException("kubeconfig " + kubeconfig + ": cannot read it: " + e.getMessage(), e);
      }
    }
    // Every call happens inside one of kube-scheduler's requests (5 s by default): retry little, fail clearly.
    config.setRequestRetryBackoffLimit(2);
    config.setRequestRetryBackoffInterval(200);
    config.setConnectionTimeout(5_000);
    config.setRequestTimeout(10_000);
    return new Fabric8Cluster(new KubernetesClientBuilder().withConfig(config).build(), resource);
  }

  /** The fabric8 client, for tests that create nodes and pods. */
  public KubernetesClient client() {
    return client;
  }

  @Override
  public List<KubeNode> nodes() {
    try {
      return client.nodes().list().getItems().stream().map(this::node).toList();
    } catch (KubernetesClientException e) {
      throw new ClusterException("list nodes: " + describe(e), e);
    }
  }

  @Override
  public List<KubePod> pods() {
    List<Pod> items;
    try {
      items = client.pods().inAnyNamespace().list().getItems();
    } catch (KubernetesClientException e) {
      throw new ClusterException("list pods: " + describe(e), e);
    }
    List<KubePod> pods = new ArrayList<>();
    for (Pod pod : items) {
      String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
      if ("Succeeded".equals(phase) || "Failed".equals(phase)) {
        continue;
      }
      KubePod converted = pod(pod);
      if (converted.gpus() > 0) {
        pods.add(converted);
      }
    }
    return pods;
  }

  @Override
  public void bind(PodRef pod, String node) {
    try {
      client.bindings().inNamespace(pod.namespace()).resource(new BindingBuilder()
          .withNewMetadata().withName(pod.name()).withNamespace(pod.namespace())
          .withUid(pod.uid().isEmpty() ? null : pod.uid()).endMetadata()
          .withNewTarget().withApiVersion("v1").withKind("Node").withName(node).endTarget()
          .build()).create();
    } catch (KubernetesClientException e) {
      throw new ClusterException("bind pod " + pod + " to node " + node + ": " + describe(e), e);
    }
  }

  @Override
  public void delete(PodRef pod) {
    try {
      client.pods().inNamespace(pod.namespace()).withName(pod.name()).delete();
    } catch (KubernetesClientException e) {
      if (e.getCode() != 404) {
        throw new ClusterException("delete pod " + pod + ": " + describe(e), e);
      }
    }
  }

  @Override
  public void close() {
    client.close();
  }

  private KubeNode node(Node node) {
    String name = node.getMetadata().getName();
    Map<String, Quantity> allocatable = node.getStatus() == null ? null : node.getStatus().getAllocatable();
    Quantity gpus = allocatable == null ? null : allocatable.get(resource);
    int count = gpus == null ? 0 : (int) ResourceCounts.whole(gpus.toString(),
        "node " + name + " status.allocatable[" + resource + "]");
    boolean ready = false;
    if (node.getStatus() != null && node.getStatus().getConditions() != null) {
      for (NodeCondition condition : node.getStatus().getConditions()) {
        if ("Ready".equals(condition.getType())) {
          ready = "True".equals(condition.getStatus());
        }
      }
    }
    boolean cordoned = node.getSpec() != null && Boolean.TRUE.equals(node.getSpec().getUnschedulable());
    return new KubeNode(name, orEmpty(node.getMetadata().getLabels()), count, ready && !cordoned);
  }

  private KubePod pod(Pod pod) {
    PodRef ref = new PodRef(pod.getMetadata().getNamespace(), pod.getMetadata().getName(),
        pod.getMetadata().getUid());
    int gpus = 0;
    if (pod.getSpec() != null) {
      gpus = ResourceCounts.podRequest(resource, containers(pod.getSpec().getContainers()),
          containers(pod.getSpec().getInitContainers()), "pod " + ref + " spec");
    }
    return new KubePod(ref, pod.getSpec() == null ? null : pod.getSpec().getNodeName(), gpus,
        orEmpty(pod.getMetadata().getLabels()), orEmpty(pod.getMetadata().getAnnotations()),
        pod.getMetadata().getDeletionTimestamp() != null);
  }

  private static List<ResourceCounts.Container> containers(List<Container> containers) {
    if (containers == null) {
      return List.of();
    }
    List<ResourceCounts.Container> converted = new ArrayList<>(containers.size());
    for (Container container : containers) {
      ResourceRequirements resources = container.getResources();
      converted.add(resources == null ? new ResourceCounts.Container(Map.of(), Map.of())
          : new ResourceCounts.Container(quantities(resources.getRequests()), quantities(resources.getLimits())));
    }
    return converted;
  }

  private static Map<String, String> quantities(Map<String, Quantity> quantities) {
    Map<String, String> text = new HashMap<>();
    if (quantities != null) {
      quantities.forEach((key, quantity) -> text.put(key, quantity.toString()));
    }
    return text;
  }

  private static Map<String, String> orEmpty(Map<String, String> map) {
    return map == null ? Map.of() : map;
  }

  private static String describe(KubernetesClientException e) {
    String message = e.getStatus() != null && e.getStatus().getMessage() != null ? e.getStatus().getMessage()
        : e.getMessage();
    return (e.getCode() > 0 ? "HTTP " + e.getCode() + ": " : "") + message;
  }
}
