package dev.podium.topology.fabric;

import com.google.common.primitives.ImmutableIntArray;
import dev.podium.topology.catalog.AcceleratorModel;
import dev.podium.topology.catalog.LinkModel;
import dev.podium.topology.catalog.SwitchModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Builds a {@link Fabric} by walking its locality tree depth first: open a domain, add its
 * accelerators, switches and sub-domains, close it. Accelerators are numbered in the order they are
 * added, so every domain is a contiguous id range. Vertex handles returned here are accelerator ids
 * for accelerators and negative numbers for the other vertices; pass them to {@link #link}.
 *
 * <p>Not thread-safe; one builder builds one fabric.
 */
public final class FabricBuilder {

  private final String name;
  private final AcceleratorModel accelerator;
  private final List<String> levelNames;
  private final int hostLevel;
  private final int top;

  private final int[] open;
  private final int[] openStart;
  private final List<ImmutableIntArray.Builder> domainStarts = new ArrayList<>();
  private final List<List<String>> domainNames = new ArrayList<>();
  private int acceleratorCount;

  private final List<VertexKind> otherKinds = new ArrayList<>();
  private final ImmutableIntArray.Builder otherOwnerLevel = ImmutableIntArray.builder();
  private final ImmutableIntArray.Builder otherOwnerDomain = ImmutableIntArray.builder();
  private final List<String> otherNames = new ArrayList<>();
  private final List<String> otherTiers = new ArrayList<>();
  private final List<SwitchModel> otherModels = new ArrayList<>();
  private final ImmutableIntArray.Builder hostHandles = ImmutableIntArray.builder();
  private int currentHost;

  private final ImmutableIntArray.Builder linkSource = ImmutableIntArray.builder();
  private final ImmutableIntArray.Builder linkTarget = ImmutableIntArray.builder();
  private final List<LinkKind> linkKinds = new ArrayList<>();
  private final List<LinkModel> linkModels = new ArrayList<>();
  private final ImmutableIntArray.Builder linkLanes = ImmutableIntArray.builder();

  /**
   * @param name the fabric's name, e.g. the preset it came from
   * @param accelerator the accelerator every accelerator vertex is
   * @param levelNames level names innermost first; index 0 names the accelerator level
   * @param hostLevel index of the level whose domains are hosts (one host vertex each)
   */
  public FabricBuilder(String name, AcceleratorModel accelerator, List<String> levelNames, int hostLevel) {
    this.name = Objects.requireNonNull(name, "name");
    this.accelerator = Objects.requireNonNull(accelerator, "accelerator");
    this.levelNames = List.copyOf(levelNames);
    if (this.levelNames.size() < 2) {
      throw new IllegalArgumentException("a fabric needs at least two levels, got " + levelNames);
    }
    Set<String> seen = new HashSet<>();
    for (String level : this.levelNames) {
      if (level == null || level.isBlank() || !seen.add(level)) {
        throw new IllegalArgumentException("level names must be non-blank and distinct: " + levelNames);
      }
    }
    this.top = this.levelNames.size() - 1;
    if (hostLevel < 1 || hostLevel >= top) {
      throw new IllegalArgumentException(
          "host level must lie strictly between the accelerator level and the top, was " + hostLevel);
    }
    this.hostLevel = hostLevel;
    this.open = new int[top + 1];
    this.openStart = new int[top + 1];
    java.util.Arrays.fill(open, -1);
    for (int level = 0; level <= top; level++) {
      domainStarts.add(ImmutableIntArray.builder());
      domainNames.add(new ArrayList<>());
    }
    domainStarts.get(top).add(0);
    domainNames.get(top).add(name);
    open[top] = 0;
  }

  /** Number of accelerators added so far. */
  public int acceleratorCount() {
    return acceleratorCount;
  }

  /**
   * Opens a new domain at {@code level} inside the open domain of the level above. Opening a
   * host-level domain also adds its host vertex (see {@link #currentHost()}).
   *
   * @return the new domain's number at its level
   */
  public int open(int level, String domainName) {
    Objects.requireNonNull(domainName, "domainName");
    if (level < 1 || level >= top) {
      throw new IllegalArgumentException("can only open levels 1.." + (top - 1) + ", not " + level);
    }
    if (open[level + 1] < 0) {
      throw new IllegalStateException(
          "cannot open a " + levelNames.get(level) + ": no " + levelNames.get(level + 1) + " is open");
    }
    if (open[level] >= 0) {
      throw new IllegalStateException(
          "cannot open a " + levelNames.get(level) + " while " + domainName(level, open[level]) + " is open");
    }
    int domain = domainNames.get(level).size();
    domainStarts.get(level).add(acceleratorCount);
    domainNames.get(level).add(domainName);
    open[level] = domain;
    openStart[level] = acceleratorCount;
    if (level == hostLevel) {
      currentHost = addOther(VertexKind.HOST, level, domain, domainName, "host", null);
      hostHandles.add(currentHost);
    }
    return domain;
  }

  /** Closes the open domain at {@code level}; it must hold at least one accelerator. */
  public void close(int level) {
    if (level < 1 || level >= top || open[level] < 0) {
      throw new IllegalStateException("no open domain at level " + level);
    }
    for (int below = 1; below < level; below++) {
      if (open[below] >= 0) {
        throw new IllegalStateException("close the open " + levelNames.get(below) + " first");
      }
    }
    if (openStart[level] == acceleratorCount) {
      throw new IllegalStateException(
          levelNames.get(level) + " " + domainName(level, open[level]) + " holds no accelerator");
    }
    open[level] = -1;
  }

  /** The host vertex of the open host-level domain. */
  public int currentHost() {
    if (open[hostLevel] < 0) {
      throw new IllegalStateException("no " + levelNames.get(hostLevel) + " is open");
    }
    return currentHost;
  }

  /** Adds an accelerator to the open host; returns its id. */
  public int addAccelerator() {
    for (int level = 1; level < top; level++) {
      if (open[level] < 0) {
        throw new IllegalStateException(
            "an accelerator needs an open " + levelNames.get(level) + " to belong to");
      }
    }
    return acceleratorCount++;
  }

  /**
   * Adds a packet switch owned by the open domain at {@code level}; {@code model} is null for a
   * logical switch whose part is unknown (an imported or custom hierarchy).
   */
  public int addSwitch(int level, String tier, SwitchModel model, String switchName) {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(switchName, "switchName");
    return addOther(VertexKind.SWITCH, level, ownerAt(level), switchName, tier, model);
  }

  /** Adds an optical circuit switch owned by the open domain at {@code level}. */
  public int addOpticalSwitch(int level, SwitchModel model, String switchName) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(switchName, "switchName");
    return addOther(VertexKind.OPTICAL_SWITCH, level, ownerAt(level), switchName, "ocs", model);
  }

  /**
   * Links two vertices; the capacity per direction is {@code model}'s rate times {@code lanes}
   * (parallel cables bundled into one link).
   */
  public void link(int a, int b, LinkKind kind, LinkModel model, int lanes) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(model, "model");
    if (a == b) {
      throw new IllegalArgumentException("a link needs two distinct endpoints");
    }
    if (lanes < 1) {
      throw new IllegalArgumentException("a link needs at least one lane, got " + lanes);
    }
    checkHandle(a);
    checkHandle(b);
    linkSource.add(a);
    linkTarget.add(b);
    linkKinds.add(kind);
    linkModels.add(model);
    linkLanes.add(lanes);
  }

  /** Freezes everything into a {@link Fabric}; all domains but the top must be closed. */
  public Fabric build() {
    for (int level = 1; level < top; level++) {
      if (open[level] >= 0) {
        throw new IllegalStateException(levelNames.get(level) + " " + domainName(level, open[level]) + " is still open");
      }
    }
    if (acceleratorCount == 0) {
      throw new IllegalStateException("fabric " + name + " has no accelerators");
    }
    int n = acceleratorCount;
    int[][] starts = new int[top + 1][];
    String[][] names = new String[top + 1][];
    for (int level = 1; level <= top; level++) {
      starts[level] = domainStarts.get(level).add(n).build().toArray();
      names[level] = domainNames.get(level).toArray(new String[0]);
    }
    int others = otherKinds.size();
    VertexKind[] kinds = new VertexKind[n + others];
    java.util.Arrays.fill(kinds, 0, n, VertexKind.ACCELERATOR);
    int[] ownerLevel = new int[n + others];
    int[] ownerDomain = new int[n + others];
    for (int a = 0; a < n; a++) {
      ownerDomain[a] = a;
    }
    int[] oLevel = otherOwnerLevel.build().toArray();
    int[] oDomain = otherOwnerDomain.build().toArray();
    for (int i = 0; i < others; i++) {
      kinds[n + i] = otherKinds.get(i);
      ownerLevel[n + i] = oLevel[i];
      ownerDomain[n + i] = oDomain[i];
    }
    int[] hosts = hostHandles.build().toArray();
    for (int h = 0; h < hosts.length; h++) {
      hosts[h] = vertexOf(hosts[h], n);
    }
    int[] src = linkSource.build().toArray();
    int[] dst = linkTarget.build().toArray();
    for (int e = 0; e < src.length; e++) {
      src[e] = vertexOf(src[e], n);
      dst[e] = vertexOf(dst[e], n);
    }
    return new Fabric(
        name,
        accelerator,
        levelNames,
        hostLevel,
        starts,
        names,
        kinds,
        ownerLevel,
        ownerDomain,
        otherNames.toArray(new String[0]),
        otherTiers.toArray(new String[0]),
        otherModels.toArray(new SwitchModel[0]),
        hosts,
        src,
        dst,
        linkKinds.toArray(new LinkKind[0]),
        linkModels.toArray(new LinkModel[0]),
        linkLanes.build().toArray());
  }

  private int addOther(VertexKind kind, int level, int domain, String vertexName, String tier, SwitchModel model) {
    otherKinds.add(kind);
    otherOwnerLevel.add(level);
    otherOwnerDomain.add(domain);
    otherNames.add(vertexName);
    otherTiers.add(tier);
    otherModels.add(model);
    return -otherKinds.size();
  }

  private int ownerAt(int level) {
    if (level < 1 || level > top || open[level] < 0) {
      throw new IllegalStateException("a switch needs an open domain at level " + level);
    }
    return open[level];
  }

  private void checkHandle(int handle) {
    if (handle >= acceleratorCount || handle < -otherKinds.size()) {
      throw new IllegalArgumentException("no vertex with handle " + handle);
    }
  }

  private String domainName(int level, int domain) {
    return domainNames.get(level).get(domain);
  }

  private static int vertexOf(int handle, int acceleratorCount) {
    return handle >= 0 ? handle : acceleratorCount + (-handle - 1);
  }
}
