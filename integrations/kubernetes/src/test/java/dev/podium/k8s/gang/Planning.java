package dev.podium.k8s.gang;

import com.google.common.base.Ticker;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.core.policy.Policies;
import dev.podium.k8s.cluster.KubeCluster;
import dev.podium.topology.catalog.HardwareCatalog;
import java.time.Duration;
import java.util.List;

/** Planner settings and schedulers as the extender makes them by default. */
public final class Planning {

  private Planning() {}

  /** Defaults: keys under podium.dev, levels found on the nodes, H100, topology-aware, nvidia.com/gpu. */
  public static PlannerSettings settings() {
    return new PlannerSettings(GangKeys.defaults(), List.of(), HardwareCatalog.H100,
        Policies.placement("topology-aware", PolicyOptions.defaults()), "nvidia.com/gpu");
  }

  /** A scheduler on {@code cluster} with the default settings and a 60 s gang timeout. */
  public static GangScheduler scheduler(KubeCluster cluster, Ticker ticker) {
    return new GangScheduler(cluster, settings(), ticker, Duration.ofSeconds(60));
  }
}
