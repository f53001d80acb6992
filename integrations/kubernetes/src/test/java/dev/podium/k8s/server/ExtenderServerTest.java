package dev.podium.k8s.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podium.k8s.FakeNodes;
import dev.podium.k8s.InMemoryCluster;
import dev.podium.k8s.ManualTicker;
import dev.podium.k8s.TestPods;
import dev.podium.k8s.cluster.KubeNode;
import dev.podium.k8s.cluster.KubePod;
import dev.podium.k8s.gang.Planning;
import dev.podium.k8s.wire.WireFormat;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The extender over loopback HTTP, as kube-scheduler calls it, on an in-memory cluster of 16 nodes of 8 GPUs. */
class ExtenderServerTest {

  private final List<KubeNode> nodes = FakeNodes.nodes(FakeNodes.fabric(2, 2, 4, 8));
  private final List<String> names = nodes.stream().map(KubeNode::name).toList();
  private final InMemoryCluster cluster = new InMemoryCluster(nodes);
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private ExtenderService service;

  @AfterEach
  void stop() {
    if (service != null) {
      service.close();
    }
  }

  private void start(ExtenderConfig config) throws IOException {
    service = ExtenderService.start(cluster, Planning.settings(), config, Duration.ofSeconds(60), new ManualTicker());
  }

  @Test
  void malformedJsonIs400OversizedIs413WrongMethodIs405UnknownPathIs404() throws Exception {
    start(ExtenderConfig.defaults(0).withMaxBodyBytes(4096));
    HttpResponse<String> malformed = post("filter", "{\"Pod\": {\"metadata\": ");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(error(malformed)).startsWith("podium: filter request: malformed JSON at line 1, column");

    HttpResponse<String> missing = post("bind", "{\"PodName\":\"p\"}");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(error(missing)).isEqualTo("podium: bind request: field PodNamespace: required");

    HttpResponse<String> large = post("filter", "{\"Pod\":{},\"NodeNames\":[\"" + "x".repeat(5000) + "\"]}");
    assertThat(large.statusCode()).isEqualTo(413);
    assertThat(error(large)).startsWith("podium: filter request body of").endsWith("exceeds the limit of 4096 bytes");

    HttpResponse<String> get = http.send(HttpRequest.newBuilder(uri("/podium/filter")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(error(get)).isEqualTo("filter takes POST, not GET");
    assertThat(post("preempt", "{}").statusCode()).isEqualTo(404);
    assertThat(http.send(HttpRequest.newBuilder(uri("/healthz")).build(), HttpResponse.BodyHandlers.ofString()).body())
        .isEqualTo("ok\n");
  }

  @Test
  void aGangIsFilteredThenBoundWholeAndTheMetricsShowIt() throws Exception {
    start(ExtenderConfig.defaults(0));
    List<KubePod> gang = TestPods.gang("ml", "g1", 4, 8);
    gang.forEach(cluster::put);
    List<String> planned = new ArrayList<>();
    for (KubePod pod : gang) {
      HttpResponse<String> response = post("filter", filterBody(pod, names));
      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode result = WireFormat.mapper().readTree(response.body());
      assertThat(result.get("Error").asText()).isEmpty();
      assertThat(result.get("NodeNames")).hasSize(1);
      assertThat(result.get("FailedNodes")).hasSize(15);
      planned.add(result.get("NodeNames").get(0).asText());
      JsonNode scores = WireFormat.mapper().readTree(post("prioritize", filterBody(pod, names)).body());
      assertThat(scores).hasSize(16);
      for (JsonNode score : scores) {
        assertThat(score.get("Score").asInt()).isEqualTo(score.get("Host").asText().equals(planned.get(planned.size()
            - 1)) ? 10 : 0);
      }
    }
    List<CompletableFuture<HttpResponse<String>>> binds = new ArrayList<>();
    for (int rank = 0; rank < 4; rank++) {
      binds.add(postAsync("bind", bindBody(gang.get(rank), planned.get(rank))));
    }
    for (int rank = 0; rank < 4; rank++) {
      HttpResponse<String> response = binds.get(rank).get();
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("{\"Error\":\"\"}");
      assertThat(cluster.pod("ml/g1-" + rank).nodeName()).isEqualTo(planned.get(rank));
    }

    String metrics = http.send(HttpRequest.newBuilder(uri("/metrics")).build(), HttpResponse.BodyHandlers.ofString())
        .body();
    assertThat(metrics).contains("podium_extender_decisions_total{outcome=\"steered\",verb=\"filter\"} 4.0")
        .contains("podium_extender_decisions_total{outcome=\"bound\",verb=\"bind\"} 4.0")
        .contains("podium_extender_decisions_total{outcome=\"ok\",verb=\"prioritize\"} 4.0")
        .contains("podium_extender_request_seconds_count{verb=\"filter\"} 4")
        .contains("podium_extender_request_seconds{verb=\"bind\",quantile=\"0.99\"}")
        .contains("podium_gangs_bound_total 1.0")
        .contains("podium_gangs{state=\"in_flight\"} 0.0");
  }

  @Test
  void aBindWaitingForItsGangIsAnsweredAfterTheBindWaitAndTheGangStillBindsLater() throws Exception {
    start(ExtenderConfig.defaults(0).withBindWait(Duration.ofMillis(200)));
    List<KubePod> gang = TestPods.gang("ml", "g1", 2, 8);
    gang.forEach(cluster::put);
    List<String> planned = new ArrayList<>();
    for (KubePod pod : gang) {
      planned.add(WireFormat.mapper().readTree(post("filter", filterBody(pod, names)).body()).get("NodeNames").get(0)
          .asText());
    }
    HttpResponse<String> early = post("bind", bindBody(gang.get(0), planned.get(0)));
    assertThat(WireFormat.mapper().readTree(early.body()).get("Error").asText()).isEqualTo("podium: pod ml/g1-0 waited"
        + " 200 ms at bind for the rest of its gang; kube-scheduler will try it again, and it is bound with its gang as"
        + " soon as every pod has reached bind");
    assertThat(cluster.pod("ml/g1-0").bound()).isFalse();

    assertThat(post("bind", bindBody(gang.get(1), planned.get(1))).body()).isEqualTo("{\"Error\":\"\"}");
    assertThat(cluster.pod("ml/g1-0").nodeName()).as("bound with its gang").isEqualTo(planned.get(0));
  }

  @Test
  void aGangThatCannotFitGetsFailedNodesNamingPodiumAndBadKeysGetAnError() throws Exception {
    start(ExtenderConfig.defaults(0));
    JsonNode refused = WireFormat.mapper().readTree(post("filter", filterBody(TestPods.member("ml", "huge", 17, 0, 8),
        names)).body());
    assertThat(refused.get("NodeNames")).isEmpty();
    assertThat(refused.get("FailedNodes").get("n0001").asText()).isEqualTo("podium: gang ml/huge needs 136 GPUs"
        + " (17 pods x 8), 128 free in whole pods of 8 on 16 labelled nodes");
    assertThat(refused.get("Error").asText()).isEmpty();

    KubePod bad = TestPods.annotated(TestPods.member("ml", "g", 2, 0, 8), Map.of("podium.dev/rank", "x"));
    HttpResponse<String> invalid = post("filter", filterBody(bad, names));
    assertThat(invalid.statusCode()).as("kube-scheduler reads the body of 200 answers only").isEqualTo(200);
    assertThat(error(invalid)).isEqualTo("podium: pod ml/g-0: podium.dev/rank: 'x' is not an integer");
  }

  @Test
  void concurrentFiltersAndBindsFromManyThreadsNeverDoubleBookAGpu() throws Exception {
    start(ExtenderConfig.defaults(0));
    List<List<KubePod>> gangs = new ArrayList<>();
    for (int g = 0; g < 40; g++) {
      List<KubePod> gang = TestPods.gang("ml", "g" + g, 2, 4);
      gang.forEach(cluster::put);
      gangs.add(gang);
    }
    ExecutorService threads = Executors.newFixedThreadPool(16);
    List<Future<String>> filters = new ArrayList<>();
    for (List<KubePod> gang : gangs) {
      for (KubePod pod : gang) {
        filters.add(threads.submit(() -> {
          JsonNode result = WireFormat.mapper().readTree(post("filter", filterBody(pod, names)).body());
          return result.get("NodeNames").isEmpty() ? null : result.get("NodeNames").get(0).asText();
        }));
      }
    }
    List<Future<HttpResponse<String>>> binds = new ArrayList<>();
    Map<String, Integer> steeredGpus = new HashMap<>();
    int steered = 0;
    for (int i = 0; i < filters.size(); i++) {
      String node = filters.get(i).get();
      if (node != null) {
        steered++;
        steeredGpus.merge(node, 4, Integer::sum);
        KubePod pod = gangs.get(i / 2).get(i % 2);
        binds.add(threads.submit(() -> post("bind", bindBody(pod, node))));
      }
    }
    for (Future<HttpResponse<String>> bind : binds) {
      assertThat(bind.get().body()).isEqualTo("{\"Error\":\"\"}");
    }
    threads.shutdown();
    assertThat(steered).as("128 GPUs hold 32 pods of 4").isEqualTo(32);
    assertThat(steeredGpus.values()).allSatisfy(gpus -> assertThat(gpus).isLessThanOrEqualTo(8));
    assertThat(cluster.usedPerNode()).hasSize(16).allSatisfy((node, gpus) -> assertThat(gpus).isEqualTo(8));
    assertThat(service.scheduler().gangsBound()).isEqualTo(16);
  }

  private String filterBody(KubePod pod, List<String> nodeNames) {
    Map<String, Object> args = new java.util.LinkedHashMap<>();
    args.put("Pod", TestPods.json(pod));
    args.put("Nodes", null);
    args.put("NodeNames", nodeNames);
    return new String(WireFormat.write(args), java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String bindBody(KubePod pod, String node) {
    return new String(WireFormat.write(Map.of("PodName", pod.ref().name(), "PodNamespace", pod.ref().namespace(),
        "PodUID", pod.ref().uid(), "Node", node)), java.nio.charset.StandardCharsets.UTF_8);
  }

  private HttpResponse<String> post(String verb, String body) throws IOException, InterruptedException {
    return http.send(request(verb, body), HttpResponse.BodyHandlers.ofString());
  }

  private CompletableFuture<HttpResponse<String>> postAsync(String verb, String body) {
    return http.sendAsync(request(verb, body), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest request(String verb, String body) {
    return HttpRequest.newBuilder(uri("/podium/" + verb)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(30)).build();
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + service.port() + path);
  }

  private static String error(HttpResponse<String> response) throws IOException {
    return WireFormat.mapper().readTree(response.body()).get("Error").asText();
  }
}
