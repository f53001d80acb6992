package dev.podium.k8s.server;

import dev.podium.k8s.cluster.KubeCluster;
import dev.podium.k8s.gang.BindStep;
import dev.podium.k8s.gang.FilterDecision;
import dev.podium.k8s.gang.GangBinding;
import dev.podium.k8s.gang.GangScheduler;
import dev.podium.k8s.wire.ExtenderArgs;
import dev.podium.k8s.wire.ExtenderBindingArgs;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs a {@link GangScheduler} for many HTTP threads: every decision runs on one planner thread, in
 * arrival order, so no two plans ever see the same free GPU. At most {@code maxPending} requests wait
 * for it ({@link Busy} beyond). Complete gangs' Bindings run on their own threads; a sweeper releases
 * timed-out gangs every second.
 */
public final class Extender implements AutoCloseable {

  /** Too many requests wait for the planner. */
  public static final class Busy extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Busy(String message) {
      super(message);
    }
  }

  private final KubeCluster cluster;
  private final GangScheduler scheduler;
  private final ExtenderConfig config;
  private final ExecutorService planner = Executors.newSingleThreadExecutor(daemon("podium-planner"));
  private final ExecutorService committer = Executors.newCachedThreadPool(daemon("podium-commit"));
  private final ExecutorService binder;
  private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(daemon("podium-sweep"));
  private final Semaphore pending;

  public Extender(KubeCluster cluster, GangScheduler scheduler, ExtenderConfig config) {
    this.cluster = cluster;
    this.scheduler = scheduler;
    this.config = config;
    this.pending = new Semaphore(config.maxPending());
    this.binder = Executors.newFixedThreadPool(config.bindThreads(), daemon("podium-bind"));
    sweeper.scheduleWithFixedDelay(() -> planner.execute(scheduler::expire), 1, 1, TimeUnit.SECONDS);
  }

  /** The scheduler (call it only through {@link #onPlanner}). */
  public GangScheduler scheduler() {
    return scheduler;
  }

  /** The filter decision for {@code args}. */
  public CompletableFuture<FilterDecision> filter(ExtenderArgs args) {
    return onPlanner(() -> scheduler.filter(args.pod(), args.nodeNames()))
        .orTimeout(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The scores for {@code args}, up to {@code maxScore}. */
  public CompletableFuture<Map<String, Integer>> prioritize(ExtenderArgs args, int maxScore) {
    return onPlanner(() -> scheduler.prioritize(args.pod(), args.nodeNames(), maxScore))
        .orTimeout(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * The bind answer for {@code args}: empty when bound, else the error. It completes when the gang is
   * bound or released, or after the bind wait with an error that makes kube-scheduler try the pod again
   * (the pod stays at bind with its gang, and is bound with it).
   */
  public CompletableFuture<String> bind(ExtenderBindingArgs args) {
    return onPlanner(() -> {
      BindStep step = scheduler.bind(args.pod(), args.node());
      if (step.commit() != null) {
        BindStep.Commit commit = step.commit();
        committer.execute(() -> {
          String error;
          try {
            error = GangBinding.bind(cluster, commit, binder);
          } catch (RuntimeException e) {
            error = "podium: gang " + commit.gang() + " could not be bound: " + e;
          }
          String result = error;
          planner.execute(() -> scheduler.committed(commit.gang(), result));
        });
      }
      return step.answer();
    }).thenCompose(answer -> answer.completeOnTimeout("podium: pod " + args.pod() + " waited "
        + config.bindWait().toMillis() + " ms at bind for the rest of its gang; kube-scheduler will try it again,"
        + " and it is bound with its gang as soon as every pod has reached bind", config.bindWait().toMillis(),
        TimeUnit.MILLISECONDS));
  }

  /**
   * Runs {@code work} on the planner thread, unless {@code maxPending} requests already wait.
   *
   * @throws Busy (in the future) when the planner's queue is full
   */
  public <T> CompletableFuture<T> onPlanner(Supplier<T> work) {
    if (!pending.tryAcquire()) {
      return CompletableFuture.failedFuture(new Busy("podium: " + config.maxPending()
          + " requests already wait for the planner"));
    }
    CompletableFuture<T> result = new CompletableFuture<>();
    try {
      planner.execute(() -> {
        try {
          result.complete(work.get());
        } catch (RuntimeException e) {
          result.completeExceptionally(e);
        } finally {
          pending.release();
        }
      });
    } catch (RejectedExecutionException e) {
      pending.release();
      result.completeExceptionally(new Busy("podium: the extender is stopping"));
    }
    return result;
  }

  @Override
  public void close() {
    sweeper.shutdownNow();
    planner.shutdown();
    committer.shutdown();
    try {
      planner.awaitTermination(5, TimeUnit.SECONDS);
      committer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    binder.shutdownNow();
    planner.shutdownNow();
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
