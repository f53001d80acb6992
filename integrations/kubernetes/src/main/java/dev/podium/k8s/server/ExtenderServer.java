package dev.podium.k8s.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.podium.k8s.gang.FilterDecision;
import dev.podium.k8s.gang.Gang;
import dev.podium.k8s.wire.ExtenderArgs;
import dev.podium.k8s.wire.ExtenderBindingArgs;
import dev.podium.k8s.wire.ExtenderBindingResult;
import dev.podium.k8s.wire.ExtenderFilterResult;
import dev.podium.k8s.wire.HostPriority;
import dev.podium.k8s.wire.WireException;
import dev.podium.k8s.wire.WireFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The scheduler-extender HTTP service (the JDK's HTTP server): {@code POST <prefix>/filter},
 * {@code <prefix>/prioritize} and {@code <prefix>/bind} as kube-scheduler calls them,
 * {@code GET <prefix>/gangs} (the gangs in flight, as JSON), {@code GET /metrics} (Prometheus text) and
 * {@code GET /healthz}.
 *
 * <p>Bodies over the limit get 413, malformed JSON 400, a full planner queue 503, each with a JSON
 * {@code {"Error": ...}} naming the reason. Decisions that kube-scheduler should report (a pod's bad gang
 * annotations, a gang that does not fit, a decision not made in time) are 200 answers: kube-scheduler
 * reads the body of 200 answers only. Handlers never block: a decision completes its answer from the
 * planner thread, a bind answer when its gang is bound or the bind wait ends.
 */
public final class ExtenderServer implements AutoCloseable {

  private static final String JSON = "application/json";

  static {
    // The JDK's server sends headers and body in separate writes; with Nagle's algorithm on (its default)
    // each small answer then waits for the client's delayed ACK, about 40 ms. Read once, when the first
    // server is made.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final Extender extender;
  private final ExtenderConfig config;
  private final WireFormat wire;
  private final ExtenderMetrics metrics;
  private final HttpServer server;
  private final ThreadPoolExecutor workers;

  /** A server for {@code extender}, not yet started. */
  public ExtenderServer(Extender extender, ExtenderConfig config, WireFormat wire, ExtenderMetrics metrics)
      throws IOException {
    this.extender = extender;
    this.config = config;
    this.wire = wire;
    this.metrics = metrics;
    this.server = HttpServer.create(new InetSocketAddress(config.address(), config.port()), 256);
    // Bounded: when every worker is busy and the queue is full, the accepting thread serves the request
    // itself, which stops accepting until it is done (handlers never block, so this is short).
    this.workers = new ThreadPoolExecutor(config.threads(), config.threads(), 30, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(config.maxPending()), runnable -> {
          Thread thread = new Thread(runnable, "podium-http");
          thread.setDaemon(true);
          return thread;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
    server.setExecutor(workers);
    String prefix = config.urlPrefix().equals("/") ? "" : config.urlPrefix();
    server.createContext(prefix + "/", this::verb);
    server.createContext("/metrics", this::metrics);
    server.createContext("/healthz", exchange -> respond(exchange, 200, "text/plain", "ok\n".getBytes(
        StandardCharsets.UTF_8)));
  }

  /** Starts serving. */
  public ExtenderServer start() {
    server.start();
    return this;
  }

  /** The port it listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }

  private void verb(HttpExchange exchange) throws IOException {
    long start = System.nanoTime();
    String path = exchange.getRequestURI().getPath();
    String verb = path.substring(path.lastIndexOf('/') + 1);
    String prefix = config.urlPrefix().equals("/") ? "" : config.urlPrefix();
    if (!path.equals(prefix + "/" + verb)) {
      error(exchange, 404, "http", "not_found", "no such path " + path + "; the verbs are " + prefix
          + "/filter, /prioritize and /bind");
      return;
    }
    if (verb.equals("gangs") && exchange.getRequestMethod().equals("GET")) {
      answer(exchange, "gangs", start, extender.onPlanner(this::gangs), v -> v);
      return;
    }
    if (!List.of("filter", "prioritize", "bind").contains(verb)) {
      error(exchange, 404, "http", "not_found", "unknown verb '" + verb + "'; the verbs are filter, prioritize, bind");
      return;
    }
    if (!exchange.getRequestMethod().equals("POST")) {
      error(exchange, 405, verb, "bad_method", verb + " takes POST, not " + exchange.getRequestMethod());
      return;
    }
    byte[] body;
    try {
      body = Bodies.read(exchange, config.maxBodyBytes());
    } catch (BodyTooLarge e) {
      exchange.getResponseHeaders().set("Connection", "close");
      error(exchange, 413, verb, "too_large", "podium: " + verb + " " + e.getMessage());
      return;
    }
    try {
      switch (verb) {
        case "filter" -> filter(exchange, wire.readArgs(body, verb), start);
        case "prioritize" -> prioritize(exchange, wire.readArgs(body, verb), start);
        default -> bind(exchange, wire.readBinding(body), start);
      }
    } catch (WireException e) {
      error(exchange, 400, verb, "bad_request", "podium: " + e.getMessage());
    }
  }

  private void filter(HttpExchange exchange, ExtenderArgs args, long start) {
    extender.filter(args).whenComplete((decision, failure) -> {
      if (failure != null) {
        Throwable cause = cause(failure);
        if (cause instanceof Extender.Busy) {
          error(exchange, 503, "filter", "busy", cause.getMessage());
          return;
        }
        String message = cause instanceof TimeoutException
            ? "podium: no decision for pod " + args.pod().ref() + " within " + config.requestTimeout().toMillis()
            + " ms (the planner is busy); kube-scheduler will try again"
            : "podium: filter failed for pod " + args.pod().ref() + ": " + cause;
        write(exchange, 200, "filter", cause instanceof TimeoutException ? "timeout" : "error", start,
            new ExtenderFilterResult(List.of(), Map.of(), message));
        return;
      }
      write(exchange, 200, "filter", outcome(decision.kind()), start,
          new ExtenderFilterResult(decision.nodeNames(), decision.failedNodes(), decision.error()));
    });
  }

  private void prioritize(HttpExchange exchange, ExtenderArgs args, long start) {
    answer(exchange, "prioritize", start, extender.prioritize(args, HostPriority.MAX_EXTENDER_PRIORITY), scores -> {
      List<HostPriority> list = new ArrayList<>(scores.size());
      scores.forEach((host, score) -> list.add(new HostPriority(host, score)));
      return list;
    });
  }

  private void bind(HttpExchange exchange, ExtenderBindingArgs args, long start) {
    extender.bind(args).whenComplete((error, failure) -> {
      if (failure != null) {
        Throwable cause = cause(failure);
        if (cause instanceof Extender.Busy) {
          error(exchange, 503, "bind", "busy", cause.getMessage());
        } else {
          write(exchange, 200, "bind", "error", start, new ExtenderBindingResult("podium: bind failed for pod "
              + args.pod() + ": " + cause));
        }
        return;
      }
      write(exchange, 200, "bind", error.isEmpty() ? "bound" : "rejected", start, new ExtenderBindingResult(error));
    });
  }

  /** Answers {@code exchange} with {@code future}'s value as JSON (503 when busy, 500 on other failures). */
  private <T> void answer(HttpExchange exchange, String verb, long start, CompletableFuture<T> future,
      Function<T, Object> body) {
    future.whenComplete((value, failure) -> {
      if (failure == null) {
        write(exchange, 200, verb, "ok", start, body.apply(value));
      } else if (cause(failure) instanceof Extender.Busy busy) {
        error(exchange, 503, verb, "busy", busy.getMessage());
      } else {
        error(exchange, cause(failure) instanceof TimeoutException ? 503 : 500, verb, "error",
            "podium: " + verb + " failed: " + cause(failure));
      }
    });
  }

  private Map<String, Object> gangs() {
    List<Object> gangs = new ArrayList<>();
    for (Gang gang : extender.scheduler().book().gangs()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("gang", gang.key());
      entry.put("phase", gang.phase().name());
      entry.put("pods", gang.size());
      entry.put("atBind", gang.arrivals());
      entry.put("policy", gang.plan().policy());
      entry.put("nodes", gang.plan().nodes());
      gangs.add(entry);
    }
    return Map.of("gangs", gangs);
  }

  private void metrics(HttpExchange exchange) throws IOException {
    respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape().getBytes(StandardCharsets.UTF_8));
  }

  private void write(HttpExchange exchange, int status, String verb, String outcome, long start, Object body) {
    metrics.decision(verb, outcome);
    metrics.latency(verb, Duration.ofNanos(System.nanoTime() - start));
    try {
      respond(exchange, status, JSON, WireFormat.write(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void error(HttpExchange exchange, int status, String verb, String outcome, String message) {
    metrics.decision(verb, outcome);
    try {
      respond(exchange, status, JSON, WireFormat.write(Map.of("Error", message)));
    } catch (IOException e) {
      exchange.close();
    }
  }

  private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static String outcome(FilterDecision.Kind kind) {
    return switch (kind) {
      case STEERED -> "steered";
      case UNSCHEDULABLE -> "unschedulable";
      case PLANNED_NODE_NOT_PASSED -> "planned_node_not_passed";
      case INVALID -> "invalid";
    };
  }

  private static Throwable cause(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
  }
}
