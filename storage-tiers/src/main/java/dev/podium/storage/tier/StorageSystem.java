package dev.podium.storage.tier;

import dev.podium.topology.generate.FieldException;
import java.util.List;
import java.util.Objects;

/**
 * The storage of a cluster: {@code hosts} identical hosts, each with its own NVMe tier and storage
 * link ({@link HostStorage}), sharing one warm and one cold tier. Host {@code h} is the host-level
 * domain {@code h} of the fabric.
 *
 * @param name display name
 * @param hosts number of hosts, >= 1
 * @param host every host's NVMe tier and storage link
 * @param warm the shared flash service (kind {@link TierKind#WARM})
 * @param cold the shared capacity tier (kind {@link TierKind#COLD})
 * @param source where the system's figures come from
 */
public record StorageSystem(String name, int hosts, HostStorage host, Tier warm, Tier cold, String source) {

  /** Checks the host count and that each tier has its kind. */
  public StorageSystem {
    if (name == null || name.isBlank()) {
      throw new FieldException("name", "must be non-blank");
    }
    if (hosts < 1) {
      throw new FieldException("hosts", "must be >= 1, was " + hosts);
    }
    Objects.requireNonNull(host, "host");
    kind("warm", warm, TierKind.WARM);
    kind("cold", cold, TierKind.COLD);
    source = Objects.requireNonNullElse(source, "");
  }

  /** One host's NVMe tier. */
  public Tier nvme() {
    return host.nvme();
  }

  /** The tier of {@code kind}; for {@link TierKind#HOT}, one host's NVMe. */
  public Tier tier(TierKind kind) {
    return switch (kind) {
      case HOT -> host.nvme();
      case WARM -> warm;
      case COLD -> cold;
    };
  }

  /** The three tiers, hot (one host's) first. */
  public List<Tier> tiers() {
    return List.of(host.nvme(), warm, cold);
  }

  /** This system with {@code count} hosts. */
  public StorageSystem withHosts(int count) {
    return new StorageSystem(name, count, host, warm, cold, source);
  }

  /** This system with another host part. */
  public StorageSystem withHost(HostStorage value) {
    return new StorageSystem(name, hosts, value, warm, cold, source);
  }

  /** This system with another shared tier of {@code tier.kind()} (warm or cold). */
  public StorageSystem withShared(Tier tier) {
    return switch (tier.kind()) {
      case WARM -> new StorageSystem(name, hosts, host, tier, cold, source);
      case COLD -> new StorageSystem(name, hosts, host, warm, tier, source);
      case HOT -> throw new FieldException("kind", "a hot tier belongs to the host part, not the shared tiers");
    };
  }

  /** This system under another name. */
  public StorageSystem withName(String value) {
    return new StorageSystem(value, hosts, host, warm, cold, source);
  }

  private static void kind(String field, Tier tier, TierKind expected) {
    Objects.requireNonNull(tier, field);
    if (tier.kind() != expected) {
      throw new FieldException(field, "must be a " + expected.key() + " tier, was " + tier.kind().key());
    }
  }
}
