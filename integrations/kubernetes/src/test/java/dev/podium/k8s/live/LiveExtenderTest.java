package dev.podium.k8s.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Ticker;
import dev.podium.k8s.FakeNodes;
import dev.podium.k8s.cluster.KubePod;
import dev.podium.k8s.cluster.PodRef;
import dev.podium.k8s.gang.ClusterSnapshot;
import dev.podium.k8s.gang.GangKeys;
import dev.podium.k8s.gang.GangPlanner;
import dev.podium.k8s.gang.GangRequest;
import dev.podium.k8s.gang.Planning;
import dev.podium.k8s.gang.PodPlan;
import dev.podium.k8s.gang.SnapshotReader;
import dev.podium.k8s.server.ExtenderConfig;
import dev.podium.k8s.server.ExtenderService;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Against a real kube-apiserver and kube-scheduler v1.20.2 whose configuration calls Podium's extender
 * (started here, in-process, on the port kube-scheduler calls), with 16 fake nodes of 8 GPUs (2 zones x 2
 * racks x 4 nodes) created through the API: gangs are bound exactly as planned, a gang that cannot fit stays
 * pending with a FailedScheduling event naming Podium, capacity is respected, and a restart leaves no gang
 * half-bound.
 */
@Tag("k8s")
class LiveExtenderTest {

  @RegisterExtension
  static final ControlPlaneExtension K8S = new ControlPlaneExtension(FakeNodes.fabric(2, 2, 4, 8));

  private static final long LIMIT_MILLIS = 60_000;

  private ExtenderService extender;

  @BeforeEach
  void startExtender() throws IOException {
    extender = startService();
  }

  @AfterEach
  void stopExtender() {
    if (extender != null) {
      extender.close();
    }
    K8S.deletePods();
  }

  private static ExtenderService startService() throws IOException {
    // kube-scheduler's httpTimeout is 30 s in .ci/k8s-up.sh: binds may wait 25 s for their gang.
    ExtenderConfig config = ExtenderConfig.defaults(ControlPlaneExtension.extenderPort())
        .withBindWait(Duration.ofSeconds(25));
    return ExtenderService.start(K8S.cluster(), Planning.settings(), config, Duration.ofSeconds(60),
        Ticker.systemTicker());
  }

  @Test
  void aGangIsBoundExactlyToThePlan() {
    PodPlan plan = expectedPlan("train", 6);
    createGang("train", 6, 8, Map.of("podium.dev/parallelism", "tp=8,pp=2,dp=3"));

    Map<String, String> nodes = awaitBound("train", 6);
    for (int rank = 0; rank < 6; rank++) {
      assertThat(nodes.get("train-" + rank)).as("rank %d", rank).isEqualTo(plan.node(rank));
    }
    assertThat(Set.copyOf(plan.nodes())).as("6 whole nodes").hasSize(6);
    assertThat(extender.scheduler().gangsBound()).isEqualTo(1);
    assertThat(K8S.client().pods().inNamespace(ControlPlaneExtension.NAMESPACE).withName("train-0").get().getStatus()
        .getConditions()).anySatisfy(c -> {
          assertThat(c.getType()).isEqualTo("PodScheduled");
          assertThat(c.getStatus()).isEqualTo("True");
        });
  }

  @Test
  void aGangThatCannotFitStaysPendingWithAFailedSchedulingEventNamingPodium() {
    createGang("huge", 17, 8, Map.of());

    Event event = awaitEvent("huge-", e -> e.getMessage() != null && e.getMessage().contains("podium: gang"));
    assertThat(event.getReason()).isEqualTo("FailedScheduling");
    assertThat(event.getMessage()).contains("0/16 nodes are available: 16 podium: gang podium-it/huge needs 136 GPUs"
        + " (17 pods x 8), 128 free in whole pods of 8 on 16 labelled nodes.");
    ControlPlaneExtension.sleep(2000);
    assertThat(boundPods("huge")).as("no pod of the gang is bound").isEmpty();
  }

  @Test
  void twoGangsThatTogetherExceedCapacityBindOneAtATime() {
    createGang("a", 12, 8, Map.of());
    createGang("b", 8, 8, Map.of());

    String first = awaitOneGangBound(Map.of("a", 12, "b", 8));
    String second = first.equals("a") ? "b" : "a";
    Event waiting = awaitEvent(second + "-", e -> e.getMessage() != null && e.getMessage().contains("podium: gang"));
    assertThat(waiting.getMessage()).contains("podium: gang podium-it/" + second + " needs");
    assertThat(boundPods(second)).as("the second gang waits").isEmpty();
    assertThat(gpusPerNode().values()).allSatisfy(gpus -> assertThat(gpus).isLessThanOrEqualTo(8));

    K8S.client().pods().inNamespace(ControlPlaneExtension.NAMESPACE).withLabel("podium.dev/gang", first)
        .withGracePeriod(0).delete();
    awaitBound(second, second.equals("a") ? 12 : 8);
    assertThat(gpusPerNode().values()).allSatisfy(gpus -> assertThat(gpus).isLessThanOrEqualTo(8));
  }

  @Test
  void aRestartDeletesTheBoundPodsOfAHalfBoundGang() throws IOException {
    extender.close();
    extender = null;
    createGang("half", 2, 8, Map.of());
    K8S.cluster().bind(new PodRef(ControlPlaneExtension.NAMESPACE, "half-0", ""), "n0001");
    assertThat(boundPods("half")).containsExactly("half-0");

    extender = startService();

    assertThat(extender.recovery().halfBound()).containsOnlyKeys("podium-it/half");
    Pod deleted = K8S.client().pods().inNamespace(ControlPlaneExtension.NAMESPACE).withName("half-0").get();
    assertThat(deleted == null || deleted.getMetadata().getDeletionTimestamp() != null)
        .as("half-0 is deleted (or terminating: no kubelet confirms)").isTrue();
  }

  /** The plan Podium's planner makes for gang {@code name} on the cluster as it is now. */
  private static PodPlan expectedPlan(String name, int size) {
    ClusterSnapshot snapshot = new SnapshotReader(Planning.settings()).read(K8S.cluster(), Set.of(), Map.of());
    KubePod first = new KubePod(new PodRef(ControlPlaneExtension.NAMESPACE, name + "-0", "u"), null, 8,
        Map.of("podium.dev/gang", name), Map.of("podium.dev/gang-size", Integer.toString(size), "podium.dev/rank", "0",
            "podium.dev/parallelism", "tp=8,pp=2,dp=3"), false);
    GangPlanner.Outcome outcome = new GangPlanner(Planning.settings()).plan(GangRequest.of(first,
        GangKeys.defaults()), snapshot);
    assertThat(outcome).isInstanceOf(GangPlanner.Planned.class);
    return ((GangPlanner.Planned) outcome).plan();
  }

  private static void createGang(String name, int size, int gpus, Map<String, String> extra) {
    for (int rank = 0; rank < size; rank++) {
      Map<String, String> annotations = new HashMap<>(extra);
      annotations.put("podium.dev/gang-size", Integer.toString(size));
      annotations.put("podium.dev/rank", Integer.toString(rank));
      Map<String, Quantity> request = Map.of(ControlPlaneExtension.RESOURCE, new Quantity(Integer.toString(gpus)));
      K8S.client().pods().inNamespace(ControlPlaneExtension.NAMESPACE).resource(new PodBuilder()
          .withNewMetadata().withName(name + "-" + rank).withLabels(Map.of("podium.dev/gang", name))
          .withAnnotations(annotations).endMetadata()
          .withNewSpec().addNewContainer().withName("trainer").withImage("registry.example/trainer:1")
          .withNewResources().withRequests(request).withLimits(request).endResources().endContainer()
          .withRestartPolicy("Never").withTerminationGracePeriodSeconds(0L).endSpec()
          .build()).create();
    }
  }

  private static List<Pod> gangPods(String gang) {
    return K8S.client().pods().inNamespace(ControlPlaneExtension.NAMESPACE).withLabel("podium.dev/gang", gang).list()
        .getItems();
  }

  private static List<String> boundPods(String gang) {
    return gangPods(gang).stream().filter(p -> p.getSpec().getNodeName() != null)
        .map(p -> p.getMetadata().getName()).sorted().toList();
  }

  /** Waits until the gang's {@code size} pods are bound; returns pod name to node. */
  private static Map<String, String> awaitBound(String gang, int size) {
    long deadline = System.currentTimeMillis() + LIMIT_MILLIS;
    while (true) {
      List<Pod> pods = gangPods(gang);
      Map<String, String> nodes = new HashMap<>();
      pods.stream().filter(p -> p.getSpec().getNodeName() != null)
          .forEach(p -> nodes.put(p.getMetadata().getName(), p.getSpec().getNodeName()));
      if (nodes.size() == size) {
        return nodes;
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("gang " + gang + ": " + nodes.size() + " of " + size + " pods bound after "
            + LIMIT_MILLIS / 1000 + " s; events: " + events(gang + "-"));
      }
      ControlPlaneExtension.sleep(200);
    }
  }

  private static String awaitOneGangBound(Map<String, Integer> sizes) {
    long deadline = System.currentTimeMillis() + LIMIT_MILLIS;
    while (System.currentTimeMillis() < deadline) {
      for (Map.Entry<String, Integer> gang : sizes.entrySet()) {
        if (boundPods(gang.getKey()).size() == gang.getValue()) {
          return gang.getKey();
        }
      }
      ControlPlaneExtension.sleep(200);
    }
    throw new AssertionError("no gang of " + sizes.keySet() + " bound within " + LIMIT_MILLIS / 1000 + " s");
  }

  private static Event awaitEvent(String podPrefix, Predicate<Event> wanted) {
    long deadline = System.currentTimeMillis() + LIMIT_MILLIS;
    while (System.currentTimeMillis() < deadline) {
      for (Event event : events(podPrefix)) {
        if (wanted.test(event)) {
          return event;
        }
      }
      ControlPlaneExtension.sleep(200);
    }
    throw new AssertionError("no such event for pods " + podPrefix + "* within " + LIMIT_MILLIS / 1000 + " s; events: "
        + events(podPrefix).stream().map(e -> e.getReason() + ": " + e.getMessage()).toList());
  }

  private static List<Event> events(String podPrefix) {
    List<Event> events = new ArrayList<>();
    for (Event event : K8S.client().v1().events().inNamespace(ControlPlaneExtension.NAMESPACE).list().getItems()) {
      if (event.getInvolvedObject() != null && event.getInvolvedObject().getName() != null
          && event.getInvolvedObject().getName().startsWith(podPrefix)) {
        events.add(event);
      }
    }
    return events;
  }

  private static Map<String, Integer> gpusPerNode() {
    Map<String, Integer> used = new HashMap<>();
    for (KubePod pod : K8S.cluster().pods()) {
      if (pod.bound()) {
        used.merge(pod.nodeName(), pod.gpus(), Integer::sum);
      }
    }
    return used;
  }
}
