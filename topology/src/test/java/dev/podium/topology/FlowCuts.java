package dev.podium.topology;

import dev.podium.topology.fabric.Fabric;
import java.util.function.IntPredicate;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.WeightedMultigraph;

/** Link capacities computed as maximum flows (JGraphT), independently of the fabric's own derivation. */
public final class FlowCuts {

  private static final double UNBOUNDED = 1e18;

  private FlowCuts() {}

  /**
   * Maximum flow over the links among the vertices {@code inside}, from the accelerators in
   * {@code from} to every vertex in {@code to}, in bytes per second.
   */
  public static double maxFlow(Fabric fabric, IntPredicate inside, IntPredicate from, IntPredicate to) {
    Graph<Integer, DefaultWeightedEdge> graph = new WeightedMultigraph<>(DefaultWeightedEdge.class);
    int source = -1;
    int sink = -2;
    graph.addVertex(source);
    graph.addVertex(sink);
    for (int v = 0; v < fabric.vertexCount(); v++) {
      if (inside.test(v)) {
        graph.addVertex(v);
        if (to.test(v)) {
          graph.setEdgeWeight(graph.addEdge(v, sink), UNBOUNDED);
        } else if (v < fabric.acceleratorCount() && from.test(v)) {
          graph.setEdgeWeight(graph.addEdge(source, v), UNBOUNDED);
        }
      }
    }
    for (int e = 0; e < fabric.linkCount(); e++) {
      int u = fabric.linkSource(e);
      int w = fabric.linkTarget(e);
      if (graph.containsVertex(u) && graph.containsVertex(w)) {
        graph.setEdgeWeight(graph.addEdge(u, w), fabric.linkCapacity(e));
      }
    }
    return new PushRelabelMFImpl<>(graph).getMaximumFlowValue(source, sink);
  }

  /**
   * What domain {@code domain} of level {@code k} can send, per accelerator, to the rest of its
   * domain at {@code level}: the maximum flow from its accelerators to every vertex of that
   * enclosing domain that lies outside it.
   */
  public static double egressPerAccelerator(Fabric fabric, int k, int domain, int level) {
    int first = fabric.firstMember(k, domain);
    int enclosing = fabric.domainOf(first, level);
    double flow = maxFlow(fabric,
        v -> fabric.domainOfVertex(v, level) == enclosing,
        a -> fabric.domainOf(a, k) == domain,
        v -> fabric.domainOfVertex(v, k) != domain);
    return flow / fabric.memberCount(k, domain);
  }
}
