package dev.podium.k8s.gang;

import dev.podium.api.job.JobSpec;
import dev.podium.core.job.JobRequests;
import dev.podium.k8s.cluster.KubePod;
import dev.podium.k8s.cluster.PodRef;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one pod asks of Podium: its gang, the gang's size, its rank and the job the gang runs. A pod
 * without the gang key is a gang of one, named after the pod.
 *
 * @param pod the pod
 * @param gang the gang's key, {@code <namespace>/<gang>} (for a gang of one, {@code <namespace>/pod:<name>})
 * @param size pods in the gang
 * @param rank the pod's rank in {@code [0, size)}, or -1 when the pod names none (ranks are then given in
 *     the order pods reach the extender)
 * @param gpusPerPod the managed resource the pod requests
 * @param job the gang's job: parallelism from {@code <prefix>/parallelism}, or {@code tp=<gpusPerPod>,dp=<size>}
 */
public record GangRequest(PodRef pod, String gang, int size, int rank, int gpusPerPod, JobSpec job) {

  private static final Pattern ORDINAL = Pattern.compile(".*-(\\d+)");

  /** The rank when the pod names none. */
  public static final int ANY_RANK = -1;

  /** The key of {@code pod}'s gang: {@code <namespace>/<gang>}, or {@code <namespace>/pod:<name>} for a gang of one. */
  public static String keyOf(KubePod pod, GangKeys keys) {
    String name = pod.annotationOrLabel(keys.gang());
    return name == null || name.isBlank() ? pod.ref().namespace() + "/pod:" + pod.ref().name()
        : pod.ref().namespace() + "/" + name;
  }

  /** True when {@code pod} carries the gang key. */
  public static boolean isLabelled(KubePod pod, GangKeys keys) {
    String name = pod.annotationOrLabel(keys.gang());
    return name != null && !name.isBlank();
  }

  /** True when the pod names its rank. */
  public boolean hasRank() {
    return rank != ANY_RANK;
  }

  /** GPUs the whole gang needs. */
  public int gangGpus() {
    return size * gpusPerPod;
  }

  /**
   * Reads {@code pod}'s gang keys.
   *
   * @throws IllegalArgumentException naming the pod, the key and the reason when a key is malformed or
   *     they disagree (a rank outside the gang, a parallelism whose size is not gang-size x GPUs per pod)
   */
  public static GangRequest of(KubePod pod, GangKeys keys) {
    if (pod.gpus() < 1) {
      throw error(pod, "resources", "requests no GPUs; Podium places only pods that request the managed resource");
    }
    String name = pod.annotationOrLabel(keys.gang());
    int size;
    String gang;
    int rank;
    if (name == null) {
      gang = pod.ref().namespace() + "/pod:" + pod.ref().name();
      size = 1;
      rank = 0;
      if (pod.annotationOrLabel(keys.gangSize()) != null) {
        throw error(pod, keys.gangSize(), "is set but " + keys.gang() + " is not; name the gang");
      }
    } else {
      if (name.isBlank()) {
        throw error(pod, keys.gang(), "is empty");
      }
      gang = pod.ref().namespace() + "/" + name;
      String sizeText = pod.annotationOrLabel(keys.gangSize());
      if (sizeText == null) {
        throw error(pod, keys.gangSize(), "missing; every pod of gang " + name + " must say how many pods it has");
      }
      size = positive(pod, keys.gangSize(), sizeText);
      rank = rank(pod, keys, size);
    }
    String parallelism = pod.annotationOrLabel(keys.parallelism());
    JobSpec job;
    int gpus = size * pod.gpus();
    if (parallelism == null) {
      job = JobRequests.parse("tp=" + pod.gpus() + ",dp=" + size + ",id=" + gang);
    } else {
      if (parallelism.contains("id=")) {
        throw error(pod, keys.parallelism(), "must not set id= (the gang's name is the job's id)");
      }
      try {
        job = JobRequests.parse(parallelism + ",id=" + gang);
      } catch (IllegalArgumentException e) {
        throw error(pod, keys.parallelism(), e.getMessage());
      }
      if (job.size() != gpus) {
        throw error(pod, keys.parallelism(), "'" + parallelism + "' has " + job.size() + " ranks but the gang has "
            + size + " pods x " + pod.gpus() + " GPUs = " + gpus);
      }
    }
    return new GangRequest(pod.ref(), gang, size, rank, pod.gpus(), job);
  }

  private static int rank(KubePod pod, GangKeys keys, int size) {
    String text = pod.annotationOrLabel(keys.rank());
    String key = keys.rank();
    if (text == null) {
      text = pod.annotationOrLabel(GangKeys.JOB_COMPLETION_INDEX);
      key = GangKeys.JOB_COMPLETION_INDEX;
    }
    if (text == null) {
      String statefulName = pod.labels().get(GangKeys.STATEFULSET_POD_NAME);
      Matcher ordinal = statefulName == null ? null : ORDINAL.matcher(statefulName);
      if (ordinal != null && ordinal.matches()) {
        text = ordinal.group(1);
        key = GangKeys.STATEFULSET_POD_NAME + " (its ordinal)";
      }
    }
    if (text == null) {
      return ANY_RANK;
    }
    int rank;
    try {
      rank = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw error(pod, key, "'" + text + "' is not an integer");
    }
    if (rank < 0 || rank >= size) {
      throw error(pod, key, "rank " + rank + " is outside the gang's ranks 0.." + (size - 1));
    }
    return rank;
  }

  private static int positive(KubePod pod, String key, String text) {
    try {
      int value = Integer.parseInt(text.trim());
      if (value < 1) {
        throw error(pod, key, "must be >= 1, was " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw error(pod, key, "'" + text + "' is not an integer");
    }
  }

  private static IllegalArgumentException error(KubePod pod, String key, String reason) {
    return new IllegalArgumentException("pod " + pod.ref() + ": " + key + ": " + reason);
  }
}
