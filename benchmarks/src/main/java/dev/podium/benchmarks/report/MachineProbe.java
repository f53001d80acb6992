package dev.podium.benchmarks.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.util.Version;

/** Collects the {@link Machine} this JVM runs on, and the load average, from Linux and the JVM. */
public final class MachineProbe {

  private MachineProbe() {}

  /** The machine's facts; any that cannot be read are "unknown", empty or 0, never an error. */
  public static Machine probe() {
    Map<String, String> lscpu = keyValues(lscpuOutput());
    Map<String, String> meminfo = keyValues(read(Path.of("/proc/meminfo")));
    String model = lscpu.getOrDefault("Model name", keyValues(read(Path.of("/proc/cpuinfo"))).get("model name"));
    long memory = kib(meminfo.get("MemTotal"));
    if (memory == 0) {
      memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
          .getTotalMemorySize() / 1024;
    }
    return new Machine(Runtime.getRuntime().availableProcessors(), model == null ? "unknown" : model,
        layout(lscpu), memory, kib(meminfo.get("SwapTotal")),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version") + ", "
            + System.getProperty("java.vm.vendor"),
        osName() + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
        Version.getPlainVersion());
  }

  /** The 1-minute load average, if the system reports one. */
  static OptionalDouble loadAverage() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? OptionalDouble.empty() : OptionalDouble.of(load);
  }

  private static String layout(Map<String, String> lscpu) {
    List<String> parts = new ArrayList<>();
    add(parts, lscpu.get("Socket(s)"), " socket(s)");
    add(parts, lscpu.get("Core(s) per socket"), " core(s) per socket");
    add(parts, lscpu.get("Thread(s) per core"), " thread(s) per core");
    add(parts, lscpu.get("L3 cache"), " L3");
    add(parts, lscpu.get("Hypervisor vendor"), " hypervisor");
    return String.join(", ", parts);
  }

  private static void add(List<String> parts, String value, String label) {
    if (value != null && !value.isBlank()) {
      parts.add(value + label);
    }
  }

  /** PRETTY_NAME of /etc/os-release (e.g. Debian GNU/Linux 12), else {@code os.name}. */
  private static String osName() {
    for (String line : read(Path.of("/etc/os-release")).split("\n")) {
      if (line.startsWith("PRETTY_NAME=")) {
        return line.substring("PRETTY_NAME=".length()).replace("\"", "").strip() + " (" + System.getProperty("os.name")
            + ")";
      }
    }
    return System.getProperty("os.name");
  }

  /** "key: value" lines (lscpu, /proc/meminfo, /proc/cpuinfo); the first occurrence of a key wins. */
  static Map<String, String> keyValues(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        values.putIfAbsent(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
      }
    }
    return values;
  }

  /** "24684084 kB" as 24684084; 0 if absent or unreadable. */
  static long kib(String value) {
    if (value == null) {
      return 0;
    }
    try {
      return Long.parseLong(value.replace("kB", "").strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String read(Path file) {
    try {
      return Files.isReadable(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "";
    }
  }

  /** lscpu's output in the C locale, or "" if it is missing or slow. */
  private static String lscpuOutput() {
    try {
      ProcessBuilder builder = new ProcessBuilder("lscpu").redirectErrorStream(true);
      builder.environment().put("LC_ALL", "C");
      Process process = builder.start();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroy();
        return "";
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}
