package dev.podium.topology.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A fabric as written to JSON, field for field (the schema is described in {@code docs/TOPOLOGY.md}).
 * Every field is required except a vertex's switch model; the compact constructors reject what Jackson
 * cannot, so binding errors carry the JSON path and line.
 *
 * @param format always {@link #FORMAT}
 * @param name fabric name
 * @param accelerator accelerator catalog key
 * @param levels level names, innermost (the accelerator) first
 * @param hostLevel name of the level whose domains are hosts
 * @param domains domains of the levels between the accelerator and the whole fabric, level by level,
 *     each level's domains in accelerator order
 * @param vertices every vertex that is not an accelerator, in vertex-id order (ids follow the
 *     accelerators)
 * @param linkModels the distinct link models the links use
 * @param links every link in link-id order
 */
@JsonPropertyOrder({"format", "name", "accelerator", "levels", "hostLevel", "domains", "vertices", "linkModels",
    "links"})
record FabricDocument(
    String format,
    String name,
    String accelerator,
    List<String> levels,
    String hostLevel,
    List<DomainEntry> domains,
    List<VertexEntry> vertices,
    List<LinkModelEntry> linkModels,
    List<LinkEntry> links) {

  /** The value of {@code format} this version writes and reads. */
  static final String FORMAT = "podium-fabric/1";

  FabricDocument {
    require(format, "format");
    if (!FORMAT.equals(format)) {
      throw new IllegalArgumentException("format must be \"" + FORMAT + "\", was \"" + format + "\"");
    }
    require(name, "name");
    require(accelerator, "accelerator");
    require(levels, "levels");
    require(hostLevel, "hostLevel");
    require(domains, "domains");
    require(vertices, "vertices");
    require(linkModels, "linkModels");
    require(links, "links");
  }

  /**
   * One domain of the locality tree.
   *
   * @param level level name
   * @param name domain name
   * @param first its first accelerator id
   * @param count its number of accelerators, at least 1
   */
  @JsonPropertyOrder({"level", "name", "first", "count"})
  record DomainEntry(String level, String name, Integer first, Integer count) {

    DomainEntry {
      require(level, "level");
      require(name, "name");
      require(first, "first");
      require(count, "count");
      if (first < 0) {
        throw new IllegalArgumentException("first must be >= 0, was " + first);
      }
      if (count < 1) {
        throw new IllegalArgumentException("count must be >= 1, was " + count);
      }
    }
  }

  /**
   * A host, switch or optical switch.
   *
   * @param name vertex name
   * @param kind {@code host}, {@code switch} or {@code optical-switch}
   * @param tier switch tier ({@code host} for hosts, {@code ocs} for optical switches)
   * @param level name of the owning domain's level
   * @param domain index of the owning domain among its level's domains
   * @param model switch catalog key, absent for hosts
   */
  @JsonPropertyOrder({"name", "kind", "tier", "level", "domain", "model"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record VertexEntry(String name, String kind, String tier, String level, Integer domain, String model) {

    VertexEntry {
      require(name, "name");
      require(kind, "kind");
      require(tier, "tier");
      require(level, "level");
      require(domain, "domain");
      if (domain < 0) {
        throw new IllegalArgumentException("domain must be >= 0, was " + domain);
      }
    }
  }

  /**
   * A link model: a catalog entry at a possibly derived rate and latency.
   *
   * @param key link catalog key
   * @param gbps rate per direction in Gb/s
   * @param latencySeconds one-way latency of one hop
   */
  @JsonPropertyOrder({"key", "gbps", "latencySeconds"})
  record LinkModelEntry(String key, Double gbps, Double latencySeconds) {

    LinkModelEntry {
      require(key, "key");
      require(gbps, "gbps");
      require(latencySeconds, "latencySeconds");
      if (!(gbps > 0) || gbps.isInfinite()) {
        throw new IllegalArgumentException("gbps must be finite and > 0, was " + gbps);
      }
      if (!(latencySeconds >= 0) || latencySeconds.isInfinite()) {
        throw new IllegalArgumentException("latencySeconds must be finite and >= 0, was " + latencySeconds);
      }
    }
  }

  /**
   * A link.
   *
   * @param source one end's vertex id
   * @param target the other end's vertex id
   * @param kind {@code scale-up}, {@code nic}, {@code fabric}, {@code optical} or {@code host-io}
   * @param model index into {@code linkModels}
   * @param lanes parallel cables bundled into the link, at least 1
   */
  @JsonPropertyOrder({"source", "target", "kind", "model", "lanes"})
  record LinkEntry(Integer source, Integer target, String kind, Integer model, Integer lanes) {

    LinkEntry {
      require(source, "source");
      require(target, "target");
      require(kind, "kind");
      require(model, "model");
      require(lanes, "lanes");
      if (source < 0 || target < 0) {
        throw new IllegalArgumentException("vertex ids must be >= 0, were " + source + " and " + target);
      }
      if (model < 0) {
        throw new IllegalArgumentException("model must be >= 0, was " + model);
      }
      if (lanes < 1) {
        throw new IllegalArgumentException("lanes must be >= 1, was " + lanes);
      }
    }
  }

  private static void require(Object value, String field) {
    if (value == null) {
      throw new IllegalArgumentException("field \"" + field + "\" is missing or null");
    }
  }
}
