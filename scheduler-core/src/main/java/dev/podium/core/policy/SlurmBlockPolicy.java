package dev.podium.core.policy;

import dev.podium.api.job.JobSpec;
import dev.podium.api.placement.ClusterView;
import dev.podium.api.placement.PlacementDecision;
import dev.podium.api.placement.PlacementPolicy;
import dev.podium.api.placement.PlacementPolicyProvider;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.api.topology.TopologyView;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Emulates Slurm's {@code topology/block} (23.11 and later): {@code eval_nodes_block},
 * {@code _get_block_level} and {@code _choose_best_bblock} in
 * {@code src/plugins/topology/block/eval_nodes_block.c}, with blocks built as in
 * {@code block_record_validate} ({@code block_record.c}).
 *
 * <p><b>Blocks.</b> Base blocks are the domains of option {@code block-level} (default: the level
 * above hosts, e.g. racks, scalable units or TPU cubes), in id order as in {@code topology.conf}.
 * Their size in nodes is the smallest base block's host count (Slurm requires every block to have at
 * least the base size). Option {@code block-sizes} lists the enabled aggregates in base blocks, powers
 * of two starting at 1 (default {@code 1,2,4,8,16}, Slurm's levels 0–4 when {@code BlockSizes} is
 * unset). A level-k aggregate is 2^k consecutive base blocks, aligned to its size.
 *
 * <p><b>Selection.</b> The job needs {@code n} whole nodes with {@code p} free accelerators each, as in
 * {@link SlurmTreePolicy}. Level {@code k = ceil(log2(ceil(n / base)))} is rounded up to the next
 * enabled level (none: the whole fabric is one block); LL is the largest enabled level below k.
 * Among aggregates with enough usable nodes (counting only the fullest {@code ceil(n / LL-size)}
 * LL-blocks when LL-blocks do not tile the aggregate exactly), the one with the fewest usable nodes
 * wins, ties going to the later one. Inside it, base blocks are taken one at a time: prefer one in an
 * LL-block already used, else in an LL-block that fits the rest alone (smallest), else in the
 * fullest; then a base block that fits the rest with the fewest nodes, else the one with the most
 * (ties to the later). Nodes are taken in id order; ranks follow the block distribution in node order.
 * When no aggregate fits, or the base-block loop stalls, the job stays pending
 * ({@code ESLURM_TOPO_NO_FIT}): it never spills across blocks.
 *
 * <p><b>Left out.</b> Node weights, CPUs and GRES layout, required nodes, segments
 * ({@code --segment} and its spread/consolidate flags), hierarchical resources, and the caller's
 * retries after {@code EVAL_ACTION_RETRY_HINT}.
 */
public final class SlurmBlockPolicy implements PlacementPolicy {

  public static final String NAME = "slurm-block";
  private final String blockLevel;
  private final int enabledLevels;

  SlurmBlockPolicy(String blockLevel, int enabledLevels) {
    this.blockLevel = blockLevel;
    this.enabledLevels = enabledLevels;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public PlacementDecision place(JobSpec job, ClusterView cluster) {
    PlacementDecision early = Decisions.precheck(job, cluster);
    if (early != null) {
      return early;
    }
    TopologyView topology = cluster.topology();
    int top = topology.levelCount() - 1;
    int baseLevel = blockLevel == null ? Math.min(2, top) : topology.levelIndex(blockLevel);
    if (baseLevel < Locality.HOST) {
      return new PlacementDecision.Unschedulable(List.of(NAME + ": the fabric has no level '" + blockLevel
          + "' above its accelerators for base blocks"), false, false);
    }
    PodShape shape = PodShape.of(job.size(), Locality.largestHost(topology));
    int[] usable = Locality.podsPerHost(cluster, shape.size(), true);
    int[] baseNodes = Locality.sum(topology, usable, baseLevel);
    int need = shape.count();
    Levels levels = Levels.of(need, smallestBase(topology, baseLevel), baseNodes.length, enabledLevels);
    int[] lowerNodes = levels.lowerGroups() ? groupSums(baseNodes, levels.perLower()) : null;
    int block = chooseBlock(baseNodes, lowerNodes, levels, need);
    String baseName = topology.levels().get(baseLevel).name();
    if (block < 0) {
      String where = levels.perBlock() >= baseNodes.length
          ? "the whole fabric (one block of all " + baseNodes.length + " " + baseName + " base blocks) does not have "
          : "no aligned block of " + levels.perBlock() + " " + baseName + " base block(s) has ";
      return Decisions.noFit(NAME + ": " + where + need + " nodes with " + shape.size() + " free accelerators"
          + (lowerNodes == null ? "" : " in its " + levels.maxLower() + " fullest groups of " + levels.perLower())
          + "; the job waits (ESLURM_TOPO_NO_FIT)");
    }
    int from = block * levels.perBlock();
    int to = Math.min(baseNodes.length, from + levels.perBlock());
    int[] hosts = new SlurmBaseBlocks(topology, baseLevel, baseNodes, lowerNodes, levels.lowerLevel(), levels.maxLower())
        .take(usable, from, to, need);
    if (hosts == null) {
      return Decisions.noFit(NAME + ": the base-block search in " + baseName + " blocks " + from + ".." + (to - 1)
          + " stalled before finding " + need + " nodes; the job waits");
    }
    Arrays.sort(hosts);
    return new PlacementDecision.Placed(shape.layout(cluster, hosts));
  }

  /**
   * {@code _get_block_level} and its callers: base blocks per block ({@code perBlock}), the LL level
   * below, how many LL-blocks the job may use, and whether LL-block counts are needed at all.
   */
  private record Levels(int perBlock, int lowerLevel, int maxLower, boolean lowerGroups) {

    static Levels of(int need, int baseSize, int bases, int enabled) {
      int bblocks = (need + baseSize - 1) / baseSize;
      int wanted = bblocks <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(bblocks - 1);
      int lower = wanted > 0 ? 31 - Integer.numberOfLeadingZeros(enabled & ((1 << wanted) - 1)) : 0;
      int aggregate = wanted + Integer.numberOfTrailingZeros(enabled >>> wanted);
      int perBlock = aggregate > 30 ? bases : 1 << aggregate;
      int maxLower = (need + (baseSize << lower) - 1) / (baseSize << lower);
      return new Levels(perBlock, lower, maxLower, perBlock != maxLower << lower);
    }

    int perLower() {
      return 1 << lowerLevel;
    }
  }

  /** The block with enough usable nodes and the fewest of them, ties to the later; -1 when none. */
  private static int chooseBlock(int[] baseNodes, int[] lowerNodes, Levels levels, int need) {
    int perBlock = levels.perBlock();
    int lowerPerBlock = perBlock / levels.perLower();
    int block = -1;
    int blockNodes = 0;
    for (int i = 0; i * perBlock < baseNodes.length; i++) {
      int nodes = 0;
      for (int b = i * perBlock; b < Math.min(baseNodes.length, (i + 1) * perBlock); b++) {
        nodes += baseNodes[b];
      }
      int avail = lowerNodes == null ? nodes : fullest(lowerNodes, i * lowerPerBlock,
          Math.min(lowerPerBlock, lowerNodes.length - i * lowerPerBlock), levels.maxLower());
      if (avail >= need && (block < 0 || nodes <= blockNodes)) {
        block = i;
        blockNodes = nodes;
      }
    }
    return block;
  }

  /** Hosts in the smallest base block: Slurm's base-block size, which every block must reach. */
  private static int smallestBase(TopologyView topology, int baseLevel) {
    int smallest = Integer.MAX_VALUE;
    for (int b = 0; b < topology.domainCount(baseLevel); b++) {
      smallest = Math.min(smallest, Locality.endHost(topology, baseLevel, b) - Locality.firstHost(topology, baseLevel, b));
    }
    return smallest;
  }

  /** Sums of consecutive groups of {@code group} values (the last group may be short). */
  private static int[] groupSums(int[] values, int group) {
    int[] sums = new int[(values.length + group - 1) / group];
    for (int i = 0; i < values.length; i++) {
      sums[i / group] += values[i];
    }
    return sums;
  }

  /** The sum of the {@code most} largest of {@code count} values starting at {@code from}. */
  private static int fullest(int[] values, int from, int count, int most) {
    int[] sorted = Arrays.copyOfRange(values, from, from + Math.max(0, count));
    Arrays.sort(sorted);
    int sum = 0;
    for (int i = sorted.length - 1; i >= 0 && i >= sorted.length - most; i--) {
      sum += sorted[i];
    }
    return sum;
  }

  /** Finds {@link SlurmBlockPolicy}. */
  public static final class Provider implements PlacementPolicyProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String description() {
      return "Slurm topology/block: power-of-two aggregates of base blocks, best fit, pending rather than spreading"
          + " (eval_nodes_block.c).";
    }

    @Override
    public Set<String> options() {
      return Set.of("block-level", "block-sizes");
    }

    @Override
    public PlacementPolicy create(PolicyOptions options) {
      options.requireKnown(NAME, options());
      String level = options.get("block-level", null);
      if (level != null && level.isBlank()) {
        throw new IllegalArgumentException("policy " + NAME + ": option block-level must name a level");
      }
      return new SlurmBlockPolicy(level, enabledLevels(options.get("block-sizes", "1,2,4,8,16")));
    }

    /** Parses {@code block-sizes} into a bit set of aggregation levels. */
    private static int enabledLevels(String sizes) {
      int levels = 0;
      String[] parts = sizes.split(",");
      for (int i = 0; i < parts.length; i++) {
        int size;
        try {
          size = Integer.parseInt(parts[i].trim());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("option block-sizes: '" + parts[i].trim() + "' is not an integer", e);
        }
        if (size < 1 || Integer.bitCount(size) != 1 || size > 1 << 15 || (i == 0 && size != 1)) {
          throw new IllegalArgumentException("option block-sizes: sizes are base-block counts, powers of two up to"
              + " 32768 starting with 1; got '" + sizes + "'");
        }
        levels |= 1 << Integer.numberOfTrailingZeros(size);
      }
      return levels;
    }
  }
}
