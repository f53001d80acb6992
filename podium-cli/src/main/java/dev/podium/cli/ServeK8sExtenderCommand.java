package dev.podium.cli;

import com.google.common.base.Ticker;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.core.policy.Policies;
import dev.podium.k8s.cluster.Fabric8Cluster;
import dev.podium.k8s.gang.GangKeys;
import dev.podium.k8s.gang.PlannerSettings;
import dev.podium.k8s.gang.Recovery;
import dev.podium.k8s.server.ExtenderConfig;
import dev.podium.k8s.server.ExtenderService;
import dev.podium.topology.catalog.HardwareCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code podium serve k8s-extender}: the kube-scheduler extender, until the process is stopped. */
@Command(name = "k8s-extender", mixinStandardHelpOptions = true,
    description = {"Serves kube-scheduler's extender verbs (filter, prioritize, bind) at"
        + " http://ADDRESS:PORT/podium: plans each gang whole with a Podium policy on the fabric of the nodes'"
        + " topology labels, steers every pod to its rank's node and binds the gang all or nothing.",
        "Also GET /metrics (Prometheus), /healthz and /podium/gangs. Runs until stopped (SIGTERM, Ctrl-C).",
        "Exit codes: 0 stopped, 2 bad options or the API server or port cannot be reached at start."})
final class ServeK8sExtenderCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "18080", description = "Port to listen on (default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--address", defaultValue = "127.0.0.1",
      description = "Address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 when kube-scheduler runs elsewhere).")
  String address;

  @Option(names = "--url-prefix", defaultValue = "/podium", paramLabel = "PATH",
      description = "Path of the extender's urlPrefix in kube-scheduler's configuration (default ${DEFAULT-VALUE}).")
  String urlPrefix;

  @Option(names = "--kubeconfig", paramLabel = "FILE",
      description = "Kubeconfig of the API server (default: KUBECONFIG, ~/.kube/config, or the in-cluster account).")
  Path kubeconfig;

  @Option(names = "--policy", defaultValue = "topology-aware", paramLabel = "NAME",
      description = "Placement policy (see 'podium policies'; default ${DEFAULT-VALUE}).")
  String policy;

  @Option(names = "--seed", defaultValue = "1", description = "Seed for policies that draw at random.")
  long seed;

  @Option(names = "--levels", split = ",", paramLabel = "LEVEL",
      description = "Topology levels, top first: names under the label prefix (zone,rack) or full label keys"
          + " (default: the <prefix>/ labels every GPU node carries, ordered coarsest first).")
  List<String> levels = new ArrayList<>();

  @Option(names = "--label-prefix", defaultValue = GangKeys.DEFAULT_PREFIX, paramLabel = "PREFIX",
      description = "Prefix of the node topology labels and the pod gang keys (default ${DEFAULT-VALUE}).")
  String prefix;

  @Option(names = "--accelerator", defaultValue = "H100", paramLabel = "NAME",
      description = "Catalog key of the nodes' GPUs (default ${DEFAULT-VALUE}).")
  String accelerator;

  @Option(names = "--resource", defaultValue = "nvidia.com/gpu", paramLabel = "NAME",
      description = "The extended resource Podium places (kube-scheduler's managedResources; default ${DEFAULT-VALUE}).")
  String resource;

  @Option(names = "--gang-timeout", defaultValue = "60s", converter = DurationConverter.class, paramLabel = "DURATION",
      description = "A planned gang not bound whole within this is released (default ${DEFAULT-VALUE}).")
  Duration gangTimeout;

  @Option(names = "--bind-wait", defaultValue = "4s", converter = DurationConverter.class, paramLabel = "DURATION",
      description = "Longest a bind call waits for the rest of its gang; keep it below the extender's httpTimeout"
          + " in kube-scheduler's configuration, which is 5 s by default (default ${DEFAULT-VALUE}).")
  Duration bindWait;

  @Option(names = "--request-timeout", defaultValue = "4s", converter = DurationConverter.class,
      paramLabel = "DURATION", description = "Longest a filter or prioritize call waits for its decision (default"
          + " ${DEFAULT-VALUE}).")
  Duration requestTimeout;

  @Option(names = "--max-body", defaultValue = "8388608", paramLabel = "BYTES",
      description = "Largest request body accepted; larger ones get 413 (default ${DEFAULT-VALUE}).")
  int maxBody;

  @Option(names = "--threads", defaultValue = "8", description = "HTTP worker threads (default ${DEFAULT-VALUE}).")
  int threads;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PlannerSettings settings = new PlannerSettings(new GangKeys(prefix), levels,
        HardwareCatalog.accelerator(accelerator), Policies.placement(policy, PolicyOptions.defaults().withSeed(seed)),
        resource);
    ExtenderConfig config = new ExtenderConfig(address, port, urlPrefix, maxBody, requestTimeout, bindWait, threads,
        1024, 8);
    Fabric8Cluster cluster = Fabric8Cluster.connect(kubeconfig, resource);
    ExtenderService service;
    try {
      service = ExtenderService.start(cluster, settings, config, gangTimeout, Ticker.systemTicker(),
          event -> out.println(java.time.Instant.now() + " " + event));
    } catch (RuntimeException | java.io.IOException e) {
      cluster.close();
      throw e instanceof java.io.IOException io ? new IllegalStateException("cannot listen on " + address + ":" + port
          + ": " + io.getMessage(), io) : e;
    }
    Recovery.Report recovery = service.recovery();
    out.printf("podium k8s-extender: serving http://%s:%d%s/{filter,prioritize,bind}, /metrics, /healthz%n", address,
        service.port(), urlPrefix);
    out.printf("policy %s, levels %s, resource %s, gang timeout %d s, bind wait %d ms%n", policy,
        levels.isEmpty() ? "found on the nodes (" + prefix + "/...)" : String.join(",", levels), resource,
        gangTimeout.toSeconds(), bindWait.toMillis());
    out.printf("recovery: %d gangs bound, %d waiting, %d half-bound (bound pods deleted: %s)%s%n", recovery.gangsBound(),
        recovery.gangsWaiting(), recovery.halfBound().size(), recovery.halfBound().values().stream()
            .mapToInt(List::size).sum(), recovery.errors().isEmpty() ? "" : "; errors: " + recovery.errors());
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      service.close();
      cluster.close();
      stopped.countDown();
    }, "podium-extender-stop"));
    stopped.await();
    return 0;
  }
}
