package dev.podium.benchmarks.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a child JVM used, read by the child itself just before it exits.
 *
 * @param cpuSeconds CPU time of the whole process, every thread and the collector included
 * @param peakRssBytes the process's peak resident set ({@code VmHWM} of {@code /proc/self/status}); 0 if unknown
 */
public record ProcessUsage(double cpuSeconds, long peakRssBytes) {

  /** This process's usage so far. */
  static ProcessUsage current() {
    long cpuNanos = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
    return new ProcessUsage(cpuNanos / 1e9, peakRss());
  }

  private static long peakRss() {
    Path status = Path.of("/proc/self/status");
    try {
      if (Files.isReadable(status)) {
        return MachineProbe.kib(MachineProbe.keyValues(Files.readString(status, StandardCharsets.UTF_8))
            .get("VmHWM")) * 1024;
      }
    } catch (IOException e) {
      // unknown
    }
    return 0;
  }
}
