package dev.podium.sim.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.api.topology.Level;
import dev.podium.sim.run.FailureModel;
import dev.podium.sim.run.RunSummary;
import dev.podium.sim.run.SimulationConfig;
import dev.podium.sim.run.SimulationResult;
import dev.podium.sim.run.StorageConfig;
import dev.podium.sim.run.StorageFigures;
import dev.podium.sim.workload.Workload;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * A run as JSON, keys in a fixed order: the {@link RunSummary} figures ({@code jobs},
 * {@code completed}, ..., {@code crossBytes} keyed by level name, ..., {@code events}), then
 * {@code run}, the description of its config (fabric, workload and provenance, policies, seed,
 * failures, checkpoints). Numbers go through {@link Numbers}.
 */
public final class RunJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectWriter WRITER = JsonMapper.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build()
      .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private RunJson() {}

  /** The summary figures followed by {@code run}, the description of the config. */
  public static ObjectNode of(SimulationResult result) {
    ObjectNode node = summary(result.summary());
    node.set("run", description(result.config()));
    return node;
  }

  /** The figures of a run, in {@link RunSummary}'s order. */
  public static ObjectNode summary(RunSummary s) {
    ObjectNode node = NODES.objectNode();
    node.put("jobs", s.jobs());
    node.put("completed", s.completed());
    node.put("rejected", s.rejected());
    node.set("avgJctSeconds", Numbers.json(s.avgJctSeconds()));
    node.set("p50JctSeconds", Numbers.json(s.p50JctSeconds()));
    node.set("p90JctSeconds", Numbers.json(s.p90JctSeconds()));
    node.set("p99JctSeconds", Numbers.json(s.p99JctSeconds()));
    node.set("avgQueueingSeconds", Numbers.json(s.avgQueueingSeconds()));
    node.set("makespanSeconds", Numbers.json(s.makespanSeconds()));
    node.set("utilization", Numbers.json(s.utilization()));
    node.set("goodput", Numbers.json(s.goodput()));
    node.set("ettr", Numbers.json(s.ettr()));
    ObjectNode bytes = node.putObject("crossBytes");
    s.crossBytes().forEach((level, value) -> bytes.set(level, Numbers.json(value)));
    node.set("fragmentation", Numbers.json(s.fragmentation()));
    node.put("preemptions", s.preemptions());
    node.put("interruptions", s.interruptions());
    node.put("events", s.events());
    if (s.storage() != null) {
      storage(node, s.storage());
    }
    return node;
  }

  /**
   * The storage figures, present only when the run had storage (so runs without it read as before):
   * {@code dataStallSeconds}, {@code checkpointSeconds}, {@code cacheHitRate}, then staging, restore,
   * cache counters and {@code storageBytes} per tier and direction.
   */
  public static void storage(ObjectNode node, StorageFigures f) {
    node.set("dataStallSeconds", Numbers.json(f.dataStallSeconds()));
    node.set("checkpointSeconds", Numbers.json(f.checkpointSeconds()));
    node.set("cacheHitRate", Numbers.json(f.cacheHitRate()));
    node.set("stagingSeconds", Numbers.json(f.stagingSeconds()));
    node.set("restoreSeconds", Numbers.json(f.restoreSeconds()));
    node.put("cacheHits", f.cacheHits());
    node.put("cacheReads", f.cacheReads());
    node.put("cacheEvictions", f.cacheEvictions());
    ObjectNode bytes = node.putObject("storageBytes");
    bytes.set("hotRead", Numbers.json(f.hotReadBytes()));
    bytes.set("hotWritten", Numbers.json(f.hotWrittenBytes()));
    bytes.set("warmRead", Numbers.json(f.warmReadBytes()));
    bytes.set("warmWritten", Numbers.json(f.warmWrittenBytes()));
    bytes.set("coldRead", Numbers.json(f.coldReadBytes()));
    bytes.set("coldWritten", Numbers.json(f.coldWrittenBytes()));
  }

  /** What was run: fabric, workload, placement and queue policies, seed, failures, checkpoints. */
  public static ObjectNode description(SimulationConfig config) {
    ObjectNode node = NODES.objectNode();
    ObjectNode fabric = node.putObject("fabric");
    fabric.put("name", config.fabric().name());
    fabric.put("accelerator", config.fabric().accelerator().name());
    fabric.put("accelerators", config.fabric().acceleratorCount());
    ArrayNode levels = fabric.putArray("levels");
    for (Level level : config.fabric().levels()) {
      levels.add(level.name());
    }
    node.set("workload", workload(config.workload()));
    node.set("placement", policy(config.placementPolicy(), config.placementOptions()));
    node.set("queue", policy(config.queuePolicy(), config.queueOptions()));
    node.put("seed", config.seed());
    node.set("failures", failures(config.failures()));
    node.set("checkpointSeconds", Numbers.json(config.checkpointSeconds()));
    node.set("checkpointWriteSeconds", Numbers.json(config.checkpointWriteSeconds()));
    node.set("computeEfficiency", Numbers.json(config.computeEfficiency()));
    node.set("dpOverlap", Numbers.json(config.dpOverlap()));
    if (config.storage() != null) {
      node.set("storage", storage(config.storage()));
    }
    return node;
  }

  private static ObjectNode storage(StorageConfig storage) {
    ObjectNode node = NODES.objectNode();
    node.put("source", storage.source());
    node.put("system", storage.system().name());
    node.set("warmReadBytesPerSecond", Numbers.json(storage.system().warm().readBytesPerSecond()));
    node.set("warmWriteBytesPerSecond", Numbers.json(storage.system().warm().writeBytesPerSecond()));
    node.put("checkpointMode", storage.checkpointMode().name().toLowerCase(java.util.Locale.ROOT));
    node.put("stageDatasets", storage.stageDatasets());
    node.set("epochs", Numbers.json(storage.epochs()));
    ArrayNode datasets = node.putArray("datasets");
    storage.datasets().forEach(d -> datasets.addObject().put("name", d.name()).put("shardBytes", d.shardBytes())
        .put("shards", d.shards()));
    ObjectNode shape = node.putObject("defaultDataset");
    shape.put("shardBytes", storage.defaultDataset().shardBytes());
    shape.put("shards", storage.defaultDataset().shards());
    return node;
  }

  /** {@code node} as indented JSON with {@code \n} line ends and a final newline. */
  public static String text(JsonNode node) {
    try {
      return WRITER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode workload(Workload workload) {
    ObjectNode node = NODES.objectNode();
    node.put("name", workload.name());
    node.put("jobs", workload.size());
    node.put("source", workload.provenance().source());
    ObjectNode parameters = node.putObject("parameters");
    workload.provenance().parameters().forEach(parameters::put);
    node.put("skippedRows", workload.skipped().count());
    ArrayNode examples = node.putArray("skippedExamples");
    workload.skipped().examples().forEach(examples::add);
    return node;
  }

  private static ObjectNode policy(String name, PolicyOptions options) {
    ObjectNode node = NODES.objectNode();
    node.put("name", name);
    ObjectNode values = node.putObject("options");
    for (Map.Entry<String, String> e : new TreeMap<>(options.values()).entrySet()) {
      values.put(e.getKey(), e.getValue());
    }
    node.put("seed", options.seed());
    return node;
  }

  private static JsonNode failures(FailureModel model) {
    if (model == null) {
      return NODES.nullNode();
    }
    ObjectNode node = NODES.objectNode();
    node.set("perThousandNodeDays", Numbers.json(model.perThousandNodeDays()));
    node.set("detectionSeconds", Numbers.json(model.detectionSeconds()));
    node.set("repairSeconds", Numbers.json(model.repairSeconds()));
    node.set("restartSeconds", Numbers.json(model.restartSeconds()));
    node.set("lemonFraction", Numbers.json(model.lemonFraction()));
    node.set("lemonFactor", Numbers.json(model.lemonFactor()));
    return node;
  }
}
