package dev.podium.storage.spec;

import dev.podium.storage.cache.Dataset;
import dev.podium.storage.spec.StorageDocument.DatasetDocument;
import dev.podium.storage.spec.StorageDocument.HostDocument;
import dev.podium.storage.spec.StorageDocument.TierDocument;
import dev.podium.storage.tier.Burst;
import dev.podium.storage.tier.HostStorage;
import dev.podium.storage.tier.StoragePresets;
import dev.podium.storage.tier.StorageSystem;
import dev.podium.storage.tier.Tier;
import dev.podium.storage.tier.TierKind;
import dev.podium.topology.catalog.HardwareCatalog;
import dev.podium.topology.catalog.NvmeModel;
import dev.podium.topology.generate.FieldException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Turns a {@link StorageDocument} into a {@link StorageSpec}. Every failure is a {@link
 * FieldException} whose field is the full path in the document ({@code tiers[1].readBytesPerSecond}).
 */
final class Assembly {

  private final StorageDocument doc;
  private final Map<TierKind, Integer> tierIndex = new EnumMap<>(TierKind.class);
  private final Map<TierKind, Tier> tiers = new EnumMap<>(TierKind.class);

  private Assembly(StorageDocument doc) {
    this.doc = doc;
  }

  static StorageSpec assemble(StorageDocument doc) {
    return new Assembly(doc).build();
  }

  private StorageSpec build() {
    if (doc.hosts() == null) {
      throw new FieldException("hosts", "required: the number of hosts");
    }
    int hosts = doc.hosts();
    if (hosts < 1) {
      throw new FieldException("hosts", "must be >= 1, was " + hosts);
    }
    StorageSystem base = null;
    if (doc.preset() != null) {
      base = at("preset", () -> StoragePresets.build(doc.preset(), hosts));
    }
    List<TierDocument> tierDocs = doc.tiers() == null ? List.of() : doc.tiers();
    for (int i = 0; i < tierDocs.size(); i++) {
      addTier(i, tierDocs.get(i));
    }
    HostStorage host = host(base);
    Tier warm = shared(TierKind.WARM, base);
    Tier cold = shared(TierKind.COLD, base);
    String name = doc.name() != null ? doc.name() : base != null ? base.name() : "custom";
    String source = base != null ? base.source() : "storage spec";
    StorageSystem system = at("", () -> new StorageSystem(name, hosts, host, warm, cold, source));
    List<Dataset> datasets = datasets(system);
    return new StorageSpec(system, datasets);
  }

  private void addTier(int i, TierDocument t) {
    String path = "tiers[" + i + "]";
    if (t == null) {
      throw new FieldException(path, "expected a mapping");
    }
    if (t.kind() == null) {
      throw new FieldException(path + ".kind", "required; one of " + TierKind.keys());
    }
    TierKind kind = at(path + ".kind", () -> TierKind.of(t.kind()));
    Integer previous = tierIndex.putIfAbsent(kind, i);
    if (previous != null) {
      throw new FieldException(path + ".kind", "a second " + kind.key() + " tier (the first is tiers[" + previous
          + "]); give one tier per kind");
    }
    long capacity = required(path, "capacityBytes", t.capacityBytes(), Quantities::bytes);
    if (capacity <= 0) {
      throw new FieldException(path + ".capacityBytes", "must be > 0, was " + t.capacityBytes());
    }
    double read = positiveRate(path, "readBytesPerSecond", t.readBytesPerSecond());
    double write = positiveRate(path, "writeBytesPerSecond", t.writeBytesPerSecond());
    double peak = t.peakBytesPerSecond() == null ? 0 : positiveRate(path, "peakBytesPerSecond", t.peakBytesPerSecond());
    double burstSeconds = t.burstSeconds() == null ? 0 : seconds(path, "burstSeconds", t.burstSeconds());
    double latency = t.latencySeconds() == null ? defaultLatency(kind) : seconds(path, "latencySeconds",
        t.latencySeconds());
    String source = t.source() != null ? t.source() : "storage spec";
    tiers.put(kind, at(path, () -> new Tier(t.name() != null ? t.name() : kind.key(), kind, capacity, read, write,
        new Burst(peak, burstSeconds), latency, source)));
  }

  private HostStorage host(StorageSystem base) {
    HostDocument h = doc.host() != null ? doc.host() : new HostDocument(null, null, null, null);
    Tier nvme;
    if (tiers.containsKey(TierKind.HOT)) {
      if (h.nvme() != null || h.drives() != null) {
        throw new FieldException(h.nvme() != null ? "host.nvme" : "host.drives",
            "give the host's NVMe either as host.nvme and host.drives or as a hot tier, not both");
      }
      nvme = tiers.get(TierKind.HOT);
    } else if (h.nvme() != null || h.drives() != null) {
      if (h.nvme() == null) {
        throw new FieldException("host.nvme", "required with host.drives; one of " + nvmeKeys());
      }
      if (h.drives() == null) {
        throw new FieldException("host.drives", "required with host.nvme: drives per host");
      }
      NvmeModel drive = at("host.nvme", () -> HardwareCatalog.nvme(h.nvme()));
      nvme = at("host", () -> HostStorage.nvmeTier(drive, h.drives()));
    } else if (base != null) {
      nvme = base.nvme();
    } else {
      throw new FieldException("host", "required without a preset: host.nvme and host.drives, or a tier of kind hot");
    }
    double read = link(h.linkReadBytesPerSecond(), "linkReadBytesPerSecond", base);
    double write = link(h.linkWriteBytesPerSecond(), "linkWriteBytesPerSecond", base);
    String linkSource = base != null && h.linkReadBytesPerSecond() == null && h.linkWriteBytesPerSecond() == null
        ? base.host().linkSource() : "storage spec";
    return at("host", () -> new HostStorage(nvme, read, write, linkSource));
  }

  private double link(String text, String field, StorageSystem base) {
    if (text != null) {
      return positiveRate("host", field, text);
    }
    if (base != null) {
      return field.startsWith("linkRead") ? base.host().linkReadBytesPerSecond()
          : base.host().linkWriteBytesPerSecond();
    }
    throw new FieldException("host." + field, "required without a preset: the host's storage-fabric ceiling"
        + " ('inf' for none)");
  }

  private Tier shared(TierKind kind, StorageSystem base) {
    Tier tier = tiers.get(kind);
    if (tier != null) {
      return tier;
    }
    if (base != null) {
      return base.tier(kind);
    }
    throw new FieldException("tiers", "no " + kind.key() + " tier: give one with kind: " + kind.key()
        + ", or name a preset");
  }

  private List<Dataset> datasets(StorageSystem system) {
    List<DatasetDocument> docs = doc.datasets() == null ? List.of() : doc.datasets();
    List<Dataset> datasets = new ArrayList<>(docs.size());
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      String path = "datasets[" + i + "]";
      DatasetDocument d = docs.get(i);
      if (d == null) {
        throw new FieldException(path, "expected a mapping");
      }
      long shardBytes = required(path, "shardBytes", d.shardBytes(), Quantities::bytes);
      if (d.shards() == null) {
        throw new FieldException(path + ".shards", "required: the number of shards");
      }
      Dataset dataset = at(path, () -> new Dataset(d.name(), shardBytes, d.shards()));
      Integer previous = seen.putIfAbsent(dataset.name(), i);
      if (previous != null) {
        throw new FieldException(path + ".name", "dataset '" + dataset.name() + "' is also datasets[" + previous + "]");
      }
      for (Tier tier : system.tiers()) {
        if (tier.capacityBytes() < dataset.shardBytes()) {
          Integer index = tierIndex.get(tier.kind());
          String field = index != null ? "tiers[" + index + "].capacityBytes" : path + ".shardBytes";
          throw new FieldException(field, "tier '" + tier.name() + "' (" + tier.kind().key() + ") holds "
              + Quantities.format(tier.capacityBytes()) + ", less than one shard of dataset '" + dataset.name() + "' ("
              + Quantities.format(dataset.shardBytes()) + ")");
        }
      }
      datasets.add(dataset);
    }
    return datasets;
  }

  private static double defaultLatency(TierKind kind) {
    return switch (kind) {
      case HOT -> HostStorage.NVME_LATENCY_SECONDS;
      case WARM -> 1e-3;
      case COLD -> 10e-3;
    };
  }

  private static double positiveRate(String path, String field, String text) {
    double rate = required(path, field, text, Quantities::rate);
    if (!(rate > 0)) {
      throw new FieldException(path + "." + field, "must be > 0, was " + text.trim());
    }
    return rate;
  }

  private static double seconds(String path, String field, String text) {
    double seconds = required(path, field, text, Quantities::seconds);
    if (seconds < 0) {
      throw new FieldException(path + "." + field, "must be >= 0, was " + text.trim());
    }
    return seconds;
  }

  private static <T> T required(String path, String field, String text, java.util.function.Function<String, T> parse) {
    String full = path + "." + field;
    if (text == null) {
      throw new FieldException(full, "required");
    }
    return at(full, () -> parse.apply(text));
  }

  /** Runs {@code step}; a failure becomes a {@link FieldException} under {@code path}. */
  private static <T> T at(String path, Supplier<T> step) {
    try {
      return step.get();
    } catch (FieldException e) {
      throw new FieldException(join(path, e.field()), e.reason());
    } catch (IllegalArgumentException e) {
      throw new FieldException(path, e.getMessage());
    }
  }

  private static String join(String prefix, String field) {
    if (field.isEmpty()) {
      return prefix;
    }
    return prefix.isEmpty() ? field : prefix + "." + field;
  }

  private static String nvmeKeys() {
    return String.join(", ", HardwareCatalog.nvmeDrives().stream().map(NvmeModel::name).toList());
  }
}
