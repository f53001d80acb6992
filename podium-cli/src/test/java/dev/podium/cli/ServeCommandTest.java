package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code podium serve k8s-extender}'s options and start-up errors; serving is tested in integrations/kubernetes. */
class ServeCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return PodiumCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void helpListsTheOptions() {
    assertThat(run("serve", "k8s-extender", "--help")).isZero();
    assertThat(out.toString()).contains("--port", "--kubeconfig", "--policy", "--levels", "--gang-timeout",
        "--bind-wait", "--address");
  }

  @Test
  void aBadDurationOrPolicyIsExitCode2() {
    assertThat(run("serve", "k8s-extender", "--gang-timeout", "soon")).isEqualTo(2);
    assertThat(err.toString()).contains("'soon' is not a duration (e.g. 60s, 500ms, 2m)");
    assertThat(run("serve", "k8s-extender", "--policy", "nope")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown placement policy 'nope'");
  }

  @Test
  void anUnreachableApiServerStopsTheStartWithExitCode2(@TempDir Path dir) throws Exception {
    Path kubeconfig = dir.resolve("kubeconfig");
    Files.writeString(kubeconfig, """
        apiVersion: v1
        kind: Config
        clusters:
        - name: nowhere
          cluster:
            server: https://127.0.0.1:9
            insecure-skip-tls-verify: true
        users:
        - name: u
          user:
            token: t
        contexts:
        - name: c
          context:
            cluster: nowhere
            user: u
        current-context: c
        """);
    assertThat(run("serve", "k8s-extender", "--kubeconfig", kubeconfig.toString(), "--port", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("podium k8s-extender: list pods:");
  }
}
