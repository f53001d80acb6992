package dev.podium.k8s.gang;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The label and annotation keys Podium reads, under one prefix ({@code podium.dev} by default, the
 * prefix of {@code podium topology --export k8s-labels}).
 *
 * <p>On pods (each read as an annotation, else as a label): {@code <prefix>/gang} names the gang
 * (pods of one namespace with the same value form one gang), {@code <prefix>/gang-size} its number of
 * pods, {@code <prefix>/rank} the pod's rank among them (0-based) and {@code <prefix>/parallelism}
 * the job request ({@code tp=8,pp=2,dp=4}, optionally {@code model=}). On nodes: {@code <prefix>/<level>}
 * for every topology level above the nodes.
 *
 * @param prefix the key prefix, a DNS subdomain
 */
public record GangKeys(String prefix) {

  /** The default prefix. */
  public static final String DEFAULT_PREFIX = "podium.dev";

  /** The annotation an Indexed Job gives each pod (Kubernetes 1.21+), used as the rank when no rank is given. */
  public static final String JOB_COMPLETION_INDEX = "batch.kubernetes.io/job-completion-index";

  /** The label a StatefulSet gives each pod; its ordinal suffix is used as the rank when no rank is given. */
  public static final String STATEFULSET_POD_NAME = "statefulset.kubernetes.io/pod-name";

  private static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

  /** Checks the prefix. */
  public GangKeys {
    Objects.requireNonNull(prefix, "prefix");
    if (prefix.length() > 253 || !DNS_SUBDOMAIN.matcher(prefix).matches()) {
      throw new IllegalArgumentException("label prefix '" + prefix + "' is not a DNS subdomain (e.g. podium.dev)");
    }
  }

  /** Keys under {@code podium.dev}. */
  public static GangKeys defaults() {
    return new GangKeys(DEFAULT_PREFIX);
  }

  /** {@code <prefix>/gang}. */
  public String gang() {
    return prefix + "/gang";
  }

  /** {@code <prefix>/gang-size}. */
  public String gangSize() {
    return prefix + "/gang-size";
  }

  /** {@code <prefix>/rank}. */
  public String rank() {
    return prefix + "/rank";
  }

  /** {@code <prefix>/parallelism}. */
  public String parallelism() {
    return prefix + "/parallelism";
  }

  /** The node label of topology level {@code level}: {@code <prefix>/<level>}, or {@code level} itself when it has a '/'. */
  public String levelLabel(String level) {
    return level.contains("/") ? level : prefix + "/" + level;
  }

  /** True for the pod keys, which are never topology levels. */
  public boolean isPodKey(String key) {
    return key.equals(gang()) || key.equals(gangSize()) || key.equals(rank()) || key.equals(parallelism());
  }
}
