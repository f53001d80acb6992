package dev.podium.k8s.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.common.base.Ticker;
import dev.podium.k8s.FakeNodes;
import dev.podium.k8s.InMemoryCluster;
import dev.podium.k8s.TestPods;
import dev.podium.k8s.cluster.KubeNode;
import dev.podium.k8s.cluster.KubePod;
import dev.podium.k8s.gang.Planning;
import dev.podium.k8s.server.ExtenderConfig;
import dev.podium.k8s.server.ExtenderService;
import dev.podium.k8s.wire.WireFormat;
import dev.podium.topology.fabric.Fabric;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Load test of the scheduler extender on loopback: an in-memory cluster of 8-GPU nodes labelled like
 * {@code podium topology --export k8s-labels}, the real HTTP service, and gangs of 8 to 1,024 pods of 8
 * GPUs driven the way kube-scheduler drives an extender: for every pod, in turn, filter with every node,
 * prioritize, then bind without waiting for the answer (kube-scheduler binds asynchronously). A gang's pods
 * are deleted once it is bound, so every gang sees the whole cluster. Bounded: at most
 * {@code podsPerSize} pods and {@code secondsPerSize} seconds per gang size.
 *
 * <p>Writes an external table ({@code title, command, machine, date, columns, rows, notes}) as JSON.
 */
public final class ExtenderLoad {

  /** One gang size's measurements. */
  record Row(int gangPods, int gangs, int pods, double seconds, long[] filter, long[] prioritize, long[] bind,
      long[] plan, long[] gangNanos) {}

  private final int zones;
  private final int racks;
  private final int perRack;
  private final int podsPerSize;
  private final double secondsPerSize;
  private final int warmUpPods;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  ExtenderLoad(int zones, int racks, int perRack, int podsPerSize, double secondsPerSize, int warmUpPods) {
    this.warmUpPods = warmUpPods;
    this.zones = zones;
    this.racks = racks;
    this.perRack = perRack;
    this.podsPerSize = podsPerSize;
    this.secondsPerSize = secondsPerSize;
  }

  /**
   * Runs every gang size in {@code sizes} against a fresh extender; returns one row per size.
   *
   * @throws IllegalStateException when a request fails or a pod is not bound where it was steered
   */
  List<Row> run(int[] sizes) throws IOException, InterruptedException {
    Fabric fabric = FakeNodes.fabric(zones, racks, perRack, 8);
    List<KubeNode> nodes = FakeNodes.nodes(fabric);
    List<String> names = nodes.stream().map(KubeNode::name).toList();
    InMemoryCluster cluster = new InMemoryCluster(nodes);
    ExtenderConfig config = ExtenderConfig.defaults(0).withBindWait(Duration.ofSeconds(25));
    List<Row> rows = new ArrayList<>();
    try (ExtenderService service = ExtenderService.start(cluster, Planning.settings(), config,
        Duration.ofSeconds(60), Ticker.systemTicker())) {
      URI base = URI.create("http://127.0.0.1:" + service.port() + "/podium/");
      if (warmUpPods > 0) {
        runSize(cluster, names, base, Math.min(8, sizes[0]), warmUpPods, "warm");
      }
      for (int size : sizes) {
        if (size * 8 > fabric.acceleratorCount()) {
          throw new IllegalArgumentException("a gang of " + size + " pods needs " + size * 8 + " GPUs; the cluster has "
              + fabric.acceleratorCount());
        }
        rows.add(runSize(cluster, names, base, size, podsPerSize, "s" + size));
      }
    }
    return rows;
  }

  private Row runSize(InMemoryCluster cluster, List<String> names, URI base, int size, int pods, String tag)
      throws IOException, InterruptedException {
    int gangsWanted = Math.max(1, pods / size);
    List<Long> plan = new ArrayList<>();
    List<Long> filter = new ArrayList<>();
    List<Long> prioritize = new ArrayList<>();
    List<Long> bind = new ArrayList<>();
    List<Long> gangTimes = new ArrayList<>();
    long start = System.nanoTime();
    int gangs = 0;
    while (gangs < gangsWanted && (gangs == 0 || (System.nanoTime() - start) / 1e9 < secondsPerSize)) {
      List<KubePod> gang = TestPods.gang("load", tag + "-g" + gangs, size, 8);
      gang.forEach(cluster::put);
      long gangStart = System.nanoTime();
      List<CompletableFuture<HttpResponse<String>>> binds = new ArrayList<>(size);
      List<Long> bindStarts = new ArrayList<>(size);
      List<String> steered = new ArrayList<>(size);
      for (KubePod pod : gang) {
        String args = args(pod, names);
        long t0 = System.nanoTime();
        JsonNode result = json(send(base, "filter", args));
        filter.add(System.nanoTime() - t0);
        if (pod == gang.get(0)) {
          plan.add(System.nanoTime() - t0);
        }
        if (result.get("NodeNames").size() != 1) {
          throw new IllegalStateException("pod " + pod.ref() + " was not steered: " + result.get("Error").asText()
              + " " + result.get("FailedNodes").elements().next().asText());
        }
        String node = result.get("NodeNames").get(0).asText();
        steered.add(node);
        long t1 = System.nanoTime();
        send(base, "prioritize", args);
        prioritize.add(System.nanoTime() - t1);
        bindStarts.add(System.nanoTime());
        binds.add(http.sendAsync(request(base, "bind", bindArgs(pod, node)), HttpResponse.BodyHandlers.ofString()));
      }
      for (int i = 0; i < size; i++) {
        HttpResponse<String> response = binds.get(i).join();
        bind.add(System.nanoTime() - bindStarts.get(i));
        String error = json(response).get("Error").asText();
        if (response.statusCode() != 200 || !error.isEmpty()) {
          throw new IllegalStateException("bind of " + gang.get(i).ref() + ": HTTP " + response.statusCode() + " " + error);
        }
        KubePod bound = cluster.pod(gang.get(i).ref().toString());
        if (!steered.get(i).equals(bound.nodeName())) {
          throw new IllegalStateException(gang.get(i).ref() + " bound to " + bound.nodeName() + ", steered to "
              + steered.get(i));
        }
      }
      gangTimes.add(System.nanoTime() - gangStart);
      gang.forEach(p -> cluster.delete(p.ref()));
      gangs++;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Row(size, gangs, gangs * size, seconds, sorted(filter), sorted(prioritize), sorted(bind),
        sorted(plan), sorted(gangTimes));
  }

  /** The external table of {@code rows}. */
  static Map<String, Object> table(List<Row> rows, String command, int nodes) {
    List<List<Object>> cells = new ArrayList<>();
    for (Row row : rows) {
      long decisions = 3L * row.pods();
      cells.add(List.of(row.gangPods(), row.gangs(), row.pods(), round(decisions / row.seconds(), 0),
          millis(percentile(row.filter(), 0.5)), millis(percentile(row.filter(), 0.99)),
          millis(percentile(row.prioritize(), 0.5)), millis(percentile(row.prioritize(), 0.99)),
          millis(percentile(row.bind(), 0.5)), millis(percentile(row.bind(), 0.99)),
          millis(percentile(row.plan(), 0.5)), millis(percentile(row.gangNanos(), 0.5))));
    }
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("title", "Kubernetes scheduler extender on loopback: decisions per second and latency by gang size");
    table.put("command", command);
    table.put("machine", machine());
    table.put("date", LocalDate.now().toString());
    table.put("columns", List.of("gang (pods)", "gangs", "pods", "decisions/s", "filter p50 ms", "filter p99 ms",
        "prioritize p50 ms", "prioritize p99 ms", "bind p50 ms", "bind p99 ms", "plan (first filter), median ms",
        "gang bound, median ms"));
    table.put("rows", cells);
    table.put("notes", "In-memory cluster of " + nodes + " nodes x 8 GPUs (zone > rack > node labels as podium topology"
        + " --export k8s-labels writes them), the real HTTP extender (JDK HTTP server, topology-aware policy), pods of"
        + " 8 GPUs. Per pod, in turn: filter with all " + nodes + " node names, prioritize, then bind without waiting"
        + " (kube-scheduler binds asynchronously; it skips prioritize when filter leaves one node, so that column is"
        + " an upper bound). A decision is one filter, prioritize or bind answer. The first filter of a gang plans it"
        + " (its median is a column of its own); filter answers list every other node in FailedNodes. A bind"
        + " is answered when the whole gang is bound, so bind latency is mostly waiting for the gang's last pod."
        + " Each gang's pods are deleted after it is bound. A warm-up of 256 pods (gangs of 8) runs first, unmeasured."
        + " Bounded per size by pod count and 60 s.");
    return table;
  }

  /** Runs the load test and writes the table. Arguments: [output file] (default benchmarks/results/extender-load.table.json). */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "benchmarks/results/extender-load.table.json");
    int zones = 4;
    int racks = 8;
    int perRack = 32;
    ExtenderLoad load = new ExtenderLoad(zones, racks, perRack, 2048, 60, 256);
    List<Row> rows = load.run(new int[] {8, 64, 256, 1024});
    Map<String, Object> table = table(rows, "mvn -B -q test -pl integrations/kubernetes -am -Pk8s-load",
        zones * racks * perRack);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.write(out, WireFormat.mapper().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(table));
    for (Object row : (List<?>) table.get("rows")) {
      System.out.println(row);
    }
    System.out.println("wrote " + out.toAbsolutePath());
  }

  private String send(URI base, String verb, String body) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request(base, verb, body), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(verb + ": HTTP " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }

  private static HttpRequest request(URI base, String verb, String body) {
    return HttpRequest.newBuilder(base.resolve(verb)).header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  private static String args(KubePod pod, List<String> names) {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("Pod", TestPods.json(pod));
    args.put("Nodes", null);
    args.put("NodeNames", names);
    return new String(WireFormat.write(args), StandardCharsets.UTF_8);
  }

  private static String bindArgs(KubePod pod, String node) {
    return new String(WireFormat.write(Map.of("PodName", pod.ref().name(), "PodNamespace", pod.ref().namespace(),
        "PodUID", pod.ref().uid(), "Node", node)), StandardCharsets.UTF_8);
  }

  private static JsonNode json(String body) throws IOException {
    return WireFormat.mapper().readTree(body);
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return json(response.body());
  }

  private static long[] sorted(List<Long> values) {
    long[] array = values.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(array);
    return array;
  }

  /** The nearest-rank percentile of sorted {@code values}. */
  static long percentile(long[] values, double p) {
    int rank = (int) Math.ceil(p * values.length);
    return values[Math.max(0, Math.min(values.length - 1, rank - 1))];
  }

  private static double millis(long nanos) {
    return round(nanos / 1e6, 2);
  }

  private static double round(double value, int digits) {
    double scale = Math.pow(10, digits);
    return Math.round(value * scale) / scale;
  }

  private static String machine() {
    String cpu = "unknown CPU";
    try {
      cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
    } catch (IOException e) {
      // not Linux: keep "unknown CPU"
    }
    String load = "";
    try {
      load = ", load average " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + " at the end (shared machine)";
    } catch (IOException e) {
      // not Linux
    }
    return String.format(Locale.ROOT, "%d cores (%s), %d MiB heap max, Java %s, %s%s", Runtime.getRuntime()
        .availableProcessors(), cpu, Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"),
        System.getProperty("os.name"), load);
  }
}
