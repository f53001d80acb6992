package dev.podium.k8s.server;

import com.google.common.base.Ticker;
import dev.podium.k8s.cluster.KubeCluster;
import dev.podium.k8s.gang.GangScheduler;
import dev.podium.k8s.gang.PlannerSettings;
import dev.podium.k8s.gang.Recovery;
import dev.podium.k8s.wire.WireFormat;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The whole extender: restart recovery first (no gang left half-bound), then the gang scheduler, its
 * planner thread and the HTTP server, started.
 */
public final class ExtenderService implements AutoCloseable {

  private final Recovery.Report recovery;
  private final GangScheduler scheduler;
  private final Extender extender;
  private final ExtenderServer server;

  private ExtenderService(Recovery.Report recovery, GangScheduler scheduler, Extender extender,
      ExtenderServer server) {
    this.recovery = recovery;
    this.scheduler = scheduler;
    this.extender = extender;
    this.server = server;
  }

  /**
   * Recovers the gangs of {@code cluster}, then serves kube-scheduler on {@code config}'s address.
   *
   * @throws IOException when the port cannot be bound
   */
  public static ExtenderService start(KubeCluster cluster, PlannerSettings settings, ExtenderConfig config,
      Duration gangTimeout, Ticker ticker) throws IOException {
    return start(cluster, settings, config, gangTimeout, ticker, event -> { });
  }

  /** As {@link #start(KubeCluster, PlannerSettings, ExtenderConfig, Duration, Ticker)}, reporting gang events. */
  public static ExtenderService start(KubeCluster cluster, PlannerSettings settings, ExtenderConfig config,
      Duration gangTimeout, Ticker ticker, Consumer<String> events) throws IOException {
    Recovery.Report report = Recovery.run(cluster, settings.keys());
    GangScheduler scheduler = new GangScheduler(cluster, settings, ticker, gangTimeout, events);
    Extender extender = new Extender(cluster, scheduler, config);
    try {
      ExtenderServer server = new ExtenderServer(extender, config, new WireFormat(settings.resource()),
          new ExtenderMetrics(scheduler)).start();
      return new ExtenderService(report, scheduler, extender, server);
    } catch (IOException | RuntimeException e) {
      extender.close();
      throw e;
    }
  }

  /** What recovery found and did at start. */
  public Recovery.Report recovery() {
    return recovery;
  }

  /** The gang scheduler (read its counters from any thread; call it only through the extender). */
  public GangScheduler scheduler() {
    return scheduler;
  }

  /** The port the server listens on. */
  public int port() {
    return server.port();
  }

  @Override
  public void close() {
    server.close();
    extender.close();
  }
}
