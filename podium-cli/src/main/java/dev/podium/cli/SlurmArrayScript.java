package dev.podium.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * A Slurm job array script for a sweep: {@code #SBATCH --array=0-(N-1)}, each array task running
 * {@code podium sweep-task DIR $SLURM_ARRAY_TASK_ID} with an absolute java and class path, so it runs
 * on any node that shares the file system.
 *
 * @param name the sweep's name
 * @param dir the absolute sweep folder
 * @param tasks the number of tasks
 * @param java the absolute java launcher
 * @param classPath the class path holding podium
 * @param dataFolder PODIUM_DATA to export, or null
 * @param extra extra {@code #SBATCH} arguments, in order
 */
record SlurmArrayScript(String name, Path dir, int tasks, String java, String classPath, String dataFolder,
    List<String> extra) {

  /** The file name in the sweep folder. */
  static final String FILE = "sweep.sbatch";

  /** The script text. */
  String text() {
    StringBuilder s = new StringBuilder();
    s.append("#!/bin/bash\n");
    s.append("# Written by 'podium sweep --slurm': one array task per sweep task (").append(tasks)
        .append(" tasks). Submit with: sbatch ").append(dir.resolve(FILE)).append('\n');
    s.append("#SBATCH --job-name=podium-sweep-").append(name).append('\n');
    s.append("#SBATCH --array=0-").append(tasks - 1).append('\n');
    s.append("#SBATCH --ntasks=1\n");
    s.append("#SBATCH --output=").append(dir.resolve("logs")).append("/task-%a.out\n");
    for (String arg : extra) {
      s.append("#SBATCH ").append(arg).append('\n');
    }
    s.append("set -euo pipefail\n");
    if (dataFolder != null) {
      s.append("export PODIUM_DATA=\"${PODIUM_DATA:-").append(dataFolder).append("}\"\n");
    }
    s.append("exec ").append(quote(java)).append(" ${PODIUM_JAVA_OPTS:-} -cp ").append(quote(classPath))
        .append(" dev.podium.cli.PodiumCommand sweep-task ").append(quote(dir.toString()))
        .append(" \"$SLURM_ARRAY_TASK_ID\"\n");
    return s.toString();
  }

  /** {@code value} as one single-quoted shell word. */
  static String quote(String value) {
    return "'" + value.replace("'", "'\\''") + "'";
  }
}
