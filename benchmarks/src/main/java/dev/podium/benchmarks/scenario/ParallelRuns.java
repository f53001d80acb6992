package dev.podium.benchmarks.scenario;

import dev.podium.sim.run.RunSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs a grid of simulations on every core; results keep the grid's row, then column order. */
final class ParallelRuns {

  private ParallelRuns() {}

  static List<List<RunSummary>> run(List<List<Callable<RunSummary>>> grid) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try {
      List<List<Future<RunSummary>>> futures = new ArrayList<>();
      for (List<Callable<RunSummary>> row : grid) {
        List<Future<RunSummary>> submitted = new ArrayList<>();
        for (Callable<RunSummary> run : row) {
          submitted.add(pool.submit(run));
        }
        futures.add(submitted);
      }
      List<List<RunSummary>> results = new ArrayList<>();
      for (List<Future<RunSummary>> row : futures) {
        List<RunSummary> summaries = new ArrayList<>();
        for (Future<RunSummary> future : row) {
          summaries.add(future.get());
        }
        results.add(summaries);
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }
}
