package dev.narrascope.app.cli;

import java.lang.management.ManagementFactory;

/** The process's CPU time for the benchmarks: every thread, the JIT's and the collector's included. */
final class ProcessCpu {
  private ProcessCpu() {}

  /** Nanoseconds so far, or 0 where the JVM does not tell (the difference of two readings is then 0: unknown). */
  static long nanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }
}
