package dev.podium.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * A Kubernetes Indexed Job for a sweep: {@code completionMode: Indexed}, {@code completions: N}; pod i
 * runs {@code podium sweep-task MOUNT $(JOB_COMPLETION_INDEX)} with the sweep folder mounted from a
 * persistent volume claim at {@code mount}.
 *
 * @param name the sweep's name
 * @param tasks the number of tasks
 * @param image the container image, which must have {@code podium} on its PATH
 * @param claim the persistent volume claim holding the sweep folder
 * @param mount where the claim is mounted, the sweep folder inside the pod
 * @param parallelism pods running at once
 */
record IndexedJobManifest(String name, int tasks, String image, String claim, String mount, int parallelism) {

  /** The file name in the sweep folder. */
  static final String FILE = "sweep-job.yaml";
  /** The image when none is given: a placeholder for an image you build with the podium jar on PATH. */
  static final String PLACEHOLDER_IMAGE = "podium:latest";
  /** The environment variable Kubernetes sets to the pod's completion index. */
  static final String INDEX = "JOB_COMPLETION_INDEX";

  private static final YAMLMapper YAML = YAMLMapper.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .build();

  /** The manifest as YAML. */
  String text() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode job = f.objectNode();
    job.put("apiVersion", "batch/v1");
    job.put("kind", "Job");
    ObjectNode metadata = job.putObject("metadata");
    metadata.put("name", jobName());
    metadata.putObject("labels").put("app.kubernetes.io/name", "podium-sweep");
    ObjectNode spec = job.putObject("spec");
    spec.put("completionMode", "Indexed");
    spec.put("completions", tasks);
    spec.put("parallelism", Math.min(parallelism, tasks));
    spec.put("backoffLimit", 0);
    ObjectNode pod = spec.putObject("template").putObject("spec");
    pod.put("restartPolicy", "Never");
    ObjectNode container = pod.putArray("containers").addObject();
    container.put("name", "podium");
    container.put("image", image);
    ArrayNode command = container.putArray("command");
    command.add("podium").add("sweep-task").add(mount).add("$(" + INDEX + ")");
    ObjectNode env = container.putArray("env").addObject();
    env.put("name", INDEX);
    env.putObject("valueFrom").putObject("fieldRef")
        .put("fieldPath", "metadata.annotations['batch.kubernetes.io/job-completion-index']");
    container.putArray("volumeMounts").addObject().put("name", "sweep").put("mountPath", mount);
    pod.putArray("volumes").addObject().put("name", "sweep").putObject("persistentVolumeClaim")
        .put("claimName", claim);
    try {
      return YAML.writeValueAsString(job);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A DNS-1123 name: lower case letters, digits and '-', at most 63 characters. */
  String jobName() {
    String base = ("podium-sweep-" + name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    base = base.length() > 63 ? base.substring(0, 63) : base;
    return base.replaceAll("-+$", "");
  }
}
