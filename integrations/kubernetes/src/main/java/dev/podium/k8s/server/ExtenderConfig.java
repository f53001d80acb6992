package dev.podium.k8s.server;

import java.time.Duration;
import java.util.Objects;

/**
 * The extender's HTTP settings.
 *
 * @param address the address to listen on (127.0.0.1 unless kube-scheduler runs elsewhere)
 * @param port the port (0: any free port)
 * @param urlPrefix the path kube-scheduler's {@code urlPrefix} ends with, e.g. {@code /podium}: the verbs
 *     are {@code <urlPrefix>/filter}, {@code /prioritize} and {@code /bind}
 * @param maxBodyBytes the largest request body accepted (413 beyond)
 * @param requestTimeout the longest a filter or prioritize call waits for its decision
 * @param bindWait the longest a bind call waits for the rest of its gang; keep it below the extender's
 *     {@code httpTimeout} in kube-scheduler's configuration (default 5 s)
 * @param threads HTTP worker threads
 * @param maxPending requests queued for the planner at most (503 beyond)
 * @param bindThreads Bindings created side by side when a gang is complete
 */
public record ExtenderConfig(String address, int port, String urlPrefix, int maxBodyBytes, Duration requestTimeout,
    Duration bindWait, int threads, int maxPending, int bindThreads) {

  /** Checks every field. */
  public ExtenderConfig {
    Objects.requireNonNull(address, "address");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in 0..65535, was " + port);
    }
    if (!urlPrefix.startsWith("/") || urlPrefix.endsWith("/") && urlPrefix.length() > 1) {
      throw new IllegalArgumentException("URL prefix must start with '/' and not end with one, was '" + urlPrefix + "'");
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("max body must be >= 1024 bytes, was " + maxBodyBytes);
    }
    positive("request timeout", requestTimeout);
    positive("bind wait", bindWait);
    if (threads < 1 || maxPending < 1 || bindThreads < 1) {
      throw new IllegalArgumentException("threads, max pending and bind threads must be >= 1, were " + threads + ", "
          + maxPending + ", " + bindThreads);
    }
  }

  /** Defaults on 127.0.0.1:{@code port}, prefix {@code /podium}. */
  public static ExtenderConfig defaults(int port) {
    return new ExtenderConfig("127.0.0.1", port, "/podium", 8 << 20, Duration.ofSeconds(4), Duration.ofSeconds(4),
        8, 1024, 8);
  }

  /** This configuration with another bind wait. */
  public ExtenderConfig withBindWait(Duration wait) {
    return new ExtenderConfig(address, port, urlPrefix, maxBodyBytes, requestTimeout, wait, threads, maxPending,
        bindThreads);
  }

  /** This configuration with another body limit. */
  public ExtenderConfig withMaxBodyBytes(int bytes) {
    return new ExtenderConfig(address, port, urlPrefix, bytes, requestTimeout, bindWait, threads, maxPending,
        bindThreads);
  }

  private static void positive(String what, Duration duration) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(what + " must be > 0, was " + duration);
    }
  }
}
