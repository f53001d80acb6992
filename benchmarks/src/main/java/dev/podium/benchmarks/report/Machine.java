package dev.podium.benchmarks.report;

/**
 * The machine and JVM a report was measured on.
 *
 * @param processors processors available to the JVM ({@code availableProcessors}, as {@code nproc})
 * @param cpuModel the CPU's model name ({@code lscpu} or {@code /proc/cpuinfo}); "unknown" if neither says
 * @param cpuLayout sockets, cores, threads and L3 as {@code lscpu} gives them; empty if it is not available
 * @param memoryKib {@code MemTotal} of {@code /proc/meminfo}, or the JVM's total-memory figure; 0 if unknown
 * @param swapKib {@code SwapTotal}; 0 if none or unknown
 * @param vm the JVM: {@code java.vm.name}, {@code java.vm.version}, {@code java.vm.vendor}
 * @param os operating system name, version and architecture
 * @param jmhVersion the JMH version on the class path
 */
public record Machine(int processors, String cpuModel, String cpuLayout, long memoryKib, long swapKib, String vm,
    String os, String jmhVersion) {}
