package dev.podium.cli;

import dev.podium.sim.run.Simulation;
import java.io.Console;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;

/**
 * Progress of one or more simulations as a single line on stderr, rewritten in place with
 * {@code \r}: simulated time (one run) or runs done (several), events, jobs finished of total and
 * percent. Silent unless enabled, which commands do only when a console is attached.
 */
final class ProgressLine {

  private final PrintWriter err;
  private final boolean enabled;
  private final double[] simulated;
  private final long[] events;
  private final int[] finished;
  private final int[] jobs;
  private int width;

  ProgressLine(PrintWriter err, boolean enabled, int runs, int jobsPerRun) {
    this.err = err;
    this.enabled = enabled;
    this.simulated = new double[runs];
    this.events = new long[runs];
    this.finished = new int[runs];
    this.jobs = new int[runs];
    Arrays.fill(jobs, jobsPerRun);
  }

  /** Enabled when the JVM has a console (an interactive terminal). */
  static ProgressLine onConsole(PrintWriter err, int runs, int jobsPerRun) {
    return new ProgressLine(err, onTerminal(), runs, jobsPerRun);
  }

  /** A console attached to a terminal; from JDK 22 a console exists even when redirected, and isTerminal() tells. */
  private static boolean onTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  /** The callback for run {@code index}, or null when disabled. */
  Simulation.Progress forRun(int index) {
    if (!enabled) {
      return null;
    }
    return (seconds, processed, done, total) -> update(index, seconds, processed, done, total);
  }

  /** Ends the line, leaving the last state visible. */
  synchronized void finish() {
    if (enabled && width > 0) {
      err.println();
      err.flush();
      width = 0;
    }
  }

  private synchronized void update(int index, double seconds, long processed, int done, int total) {
    simulated[index] = seconds;
    events[index] = processed;
    finished[index] = done;
    jobs[index] = total;
    long allEvents = 0;
    long allFinished = 0;
    long allJobs = 0;
    int runsDone = 0;
    for (int i = 0; i < jobs.length; i++) {
      allEvents += events[i];
      allFinished += finished[i];
      allJobs += jobs[i];
      runsDone += jobs[i] > 0 && finished[i] == jobs[i] ? 1 : 0;
    }
    String where = jobs.length == 1
        ? String.format(Locale.ROOT, "simulated %.1f h", simulated[0] / 3600)
        : String.format(Locale.ROOT, "%d/%d runs done", runsDone, jobs.length);
    String line = String.format(Locale.ROOT, "%s  %,d events  %,d/%,d jobs  %.1f%%", where, allEvents, allFinished,
        allJobs, allJobs == 0 ? 100.0 : 100.0 * allFinished / allJobs);
    err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
    err.flush();
    width = line.length();
  }
}
