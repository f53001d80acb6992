package dev.podium.k8s.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podium.k8s.cluster.KubePod;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * kube-scheduler v1.20's extender JSON, read and written with Go's capitalised names. The filter and bind
 * samples are what kube-scheduler v1.20.2 sent for a pod with only a GPU limit (the API server defaulted the
 * request) on one fake node, captured on loopback.
 */
class WireFormatTest {

  private final WireFormat wire = new WireFormat("nvidia.com/gpu");

  @Test
  void readsFilterArgsAsKubeSchedulerSendsThem() throws IOException {
    ExtenderArgs args = wire.readArgs(resource("filter-args.json"), "filter");
    KubePod pod = args.pod();
    assertThat(pod.ref().toString()).isEqualTo("ml/train-3");
    assertThat(pod.ref().uid()).isEqualTo("596c7732-119b-49c0-a095-9eed42bc8eba");
    assertThat(pod.gpus()).isEqualTo(8);
    assertThat(pod.bound()).isFalse();
    assertThat(pod.labels()).containsEntry("podium.dev/gang", "train");
    assertThat(pod.annotations()).containsEntry("podium.dev/rank", "3").containsEntry("podium.dev/gang-size", "4");
    assertThat(args.nodeNames()).containsExactly("n0004");
  }

  @Test
  void readsBindArgs() throws IOException {
    ExtenderBindingArgs args = wire.readBinding(resource("bind-args.json"));
    assertThat(args.pod().toString()).isEqualTo("ml/train-3");
    assertThat(args.pod().uid()).isEqualTo("596c7732-119b-49c0-a095-9eed42bc8eba");
    assertThat(args.node()).isEqualTo("n0004");
  }

  @Test
  void writesGoFieldNamesThatRoundTrip() throws IOException {
    Map<String, String> failed = new LinkedHashMap<>();
    failed.put("n0002", "podium: gang ml/train rank 3 is planned on node n0004");
    byte[] filter = WireFormat.write(new ExtenderFilterResult(List.of("n0004"), failed, ""));
    assertThat(new String(filter, StandardCharsets.UTF_8)).isEqualTo("{\"NodeNames\":[\"n0004\"],\"FailedNodes\":"
        + "{\"n0002\":\"podium: gang ml/train rank 3 is planned on node n0004\"},\"Error\":\"\"}");
    assertThat(new String(WireFormat.write(List.of(new HostPriority("n0004", 10), new HostPriority("n0001", 0))),
        StandardCharsets.UTF_8)).isEqualTo("[{\"Host\":\"n0004\",\"Score\":10},{\"Host\":\"n0001\",\"Score\":0}]");
    assertThat(new String(WireFormat.write(new ExtenderBindingResult("")), StandardCharsets.UTF_8))
        .isEqualTo("{\"Error\":\"\"}");
    JsonNode back = WireFormat.mapper().readTree(filter);
    assertThat(WireFormat.mapper().treeToValue(back, ExtenderFilterResult.class))
        .isEqualTo(new ExtenderFilterResult(List.of("n0004"), failed, ""));
  }

  @Test
  void matchesFieldNamesIgnoringCaseAsGoDoes() {
    ExtenderBindingArgs args = wire.readBinding(bytes("{\"podName\":\"p\",\"podnamespace\":\"ns\",\"PodUID\":\"u\","
        + "\"node\":\"n1\"}"));
    assertThat(args.pod().toString()).isEqualTo("ns/p");
    assertThat(args.node()).isEqualTo("n1");
  }

  @Test
  void malformedOrIncompleteBodiesNameTheFieldAndTheReason() {
    assertThatThrownBy(() -> wire.readArgs(bytes("{\"Pod\": {"), "filter")).isInstanceOf(WireException.class)
        .hasMessageStartingWith("filter request: malformed JSON at line 1, column 10:");
    assertThatThrownBy(() -> wire.readArgs(bytes("[]"), "filter"))
        .hasMessage("filter request: expected a JSON object, got ARRAY");
    assertThatThrownBy(() -> wire.readArgs(bytes(""), "filter"))
        .hasMessage("filter request: empty body; expected a JSON object");
    assertThatThrownBy(() -> wire.readArgs(bytes("{\"NodeNames\":[]}"), "filter"))
        .hasMessage("filter request: field Pod: required");
    assertThatThrownBy(() -> wire.readArgs(bytes("{\"Pod\":{\"metadata\":{\"name\":\"p\"}},\"Nodes\":{\"items\":[]}}"),
        "prioritize")).hasMessage("prioritize request: field NodeNames: missing while Nodes is given; set"
            + " nodeCacheCapable: true in the extender's configuration");
    assertThatThrownBy(() -> wire.readArgs(bytes("{\"Pod\":{\"metadata\":{}},\"NodeNames\":[]}"), "filter"))
        .hasMessage("filter request: field Pod.metadata.name: required");
    assertThatThrownBy(() -> wire.readArgs(bytes("{\"Pod\":{\"metadata\":{\"name\":\"p\",\"labels\":{\"a\":1}}},"
        + "\"NodeNames\":[]}"), "filter")).hasMessage("filter request: field Pod.metadata.labels[a]: expected a"
            + " string, got NUMBER");
    assertThatThrownBy(() -> wire.readArgs(bytes("{\"Pod\":{\"metadata\":{\"name\":\"p\"},\"spec\":{\"containers\":"
        + "[{\"resources\":{\"requests\":{\"nvidia.com/gpu\":\"500m\"}}}]}},\"NodeNames\":[]}"), "filter"))
        .hasMessageStartingWith("filter request: Pod.spec.containers[0].resources.requests[nvidia.com/gpu]: '500m'"
            + " is not a whole number");
    assertThatThrownBy(() -> wire.readArgs(bytes("{\"Pod\":{\"metadata\":{\"name\":\"p\"}},\"NodeNames\":[\"a\",7]}"),
        "filter")).hasMessage("filter request: field NodeNames[1]: expected a string, got NUMBER");
    assertThatThrownBy(() -> wire.readBinding(bytes("{\"PodName\":\"p\",\"PodNamespace\":\"ns\"}")))
        .hasMessage("bind request: field Node: required");
  }

  @Test
  void podRequestsAddUpContainersAndTakeLimitsWhenNoRequestIsGiven() {
    ExtenderArgs args = wire.readArgs(bytes("{\"Pod\":{\"metadata\":{\"name\":\"p\",\"namespace\":\"ns\"},\"spec\":{"
        + "\"initContainers\":[{\"resources\":{\"limits\":{\"nvidia.com/gpu\":\"2\"}}}],"
        + "\"containers\":[{\"resources\":{\"limits\":{\"nvidia.com/gpu\":\"4\"}}},"
        + "{\"resources\":{\"requests\":{\"nvidia.com/gpu\":2}}}]}},\"NodeNames\":[]}"), "filter");
    assertThat(args.pod().gpus()).isEqualTo(6);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = WireFormatTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }
}
