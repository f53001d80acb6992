package dev.podium.topology.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.podium.topology.export.KubernetesLabelsExporter.Part;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Presets;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KubernetesLabelsExporterTest {

  @Test
  void everyHostCarriesEveryLevelAboveIt() throws IOException {
    Fabric fabric = Presets.find("meta-24k-roce").build();

    List<JsonNode> documents = documents(export(new KubernetesLabelsExporter(), fabric));

    Map<String, JsonNode> nodes = new HashMap<>();
    documents.stream().filter(d -> d.path("kind").asText().equals("Node")).forEach(d -> {
      assertThat(d.path("apiVersion").asText()).isEqualTo("v1");
      assertThat(nodes.put(d.path("metadata").path("name").asText(), d.path("metadata").path("labels"))).isNull();
    });
    assertThat(nodes).hasSize(fabric.hostCount());
    for (int h = 0; h < fabric.hostCount(); h++) {
      JsonNode labels = nodes.get(fabric.domainName(fabric.hostLevel(), h));
      int gpu = fabric.firstMember(fabric.hostLevel(), h);
      assertThat(labels.size()).isEqualTo(3);
      for (String level : List.of("rack", "pod", "cluster")) {
        int index = fabric.levels().stream().filter(l -> l.name().equals(level)).findFirst().orElseThrow().index();
        assertThat(labels.path("podium.dev/" + level).asText())
            .isEqualTo(fabric.domainName(index, fabric.domainOf(gpu, index)));
      }
    }
  }

  @Test
  void kueueTopologyListsTheLabelKeysTopDown() throws IOException {
    JsonNode topology = documents(export(new KubernetesLabelsExporter(), Presets.find("meta-24k-roce").build())).get(0);

    assertThat(topology.path("apiVersion").asText()).isEqualTo("kueue.x-k8s.io/v1beta1");
    assertThat(topology.path("kind").asText()).isEqualTo("Topology");
    assertThat(topology.path("metadata").path("name").asText()).isEqualTo("meta-24k-roce");
    assertThat(topology.path("spec").path("levels").findValuesAsText("nodeLabel")).containsExactly(
        "podium.dev/cluster", "podium.dev/pod", "podium.dev/rack", "kubernetes.io/hostname");
  }

  @Test
  void hyperNodesFormATreeOverTheNodes() throws IOException {
    Fabric fabric = Presets.find("dgx-superpod-h100-16su").build();

    List<JsonNode> documents = documents(export(new KubernetesLabelsExporter(), fabric));

    Map<String, JsonNode> hyperNodes = new HashMap<>();
    Set<String> nodes = new HashSet<>();
    for (JsonNode d : documents) {
      if (d.path("kind").asText().equals("HyperNode")) {
        assertThat(d.path("apiVersion").asText()).isEqualTo("topology.volcano.sh/v1alpha1");
        hyperNodes.put(d.path("metadata").path("name").asText(), d.path("spec"));
      } else if (d.path("kind").asText().equals("Node")) {
        nodes.add(d.path("metadata").path("name").asText());
      }
    }
    assertThat(hyperNodes).hasSize(16 + 2 + 1);
    List<String> coveredNodes = new ArrayList<>();
    Map<String, Integer> parents = new HashMap<>();
    hyperNodes.forEach((name, spec) -> spec.path("members").forEach(member -> {
      String child = member.path("selector").path("exactMatch").path("name").asText();
      if (member.path("type").asText().equals("Node")) {
        assertThat(spec.path("tier").asInt()).isEqualTo(1);
        coveredNodes.add(child);
      } else {
        assertThat(hyperNodes).containsKey(child);
        assertThat(hyperNodes.get(child).path("tier").asInt()).isEqualTo(spec.path("tier").asInt() - 1);
        parents.merge(child, 1, Integer::sum);
      }
    }));
    assertThat(coveredNodes).containsExactlyInAnyOrderElementsOf(nodes).hasSize(fabric.hostCount());
    assertThat(parents).hasSize(18).allSatisfy((child, count) -> assertThat(count).isEqualTo(1));
    assertThat(hyperNodes.get("dgx-superpod-h100-16su").path("tier").asInt()).isEqualTo(3);
  }

  @Test
  void partsAndPrefixCanBeChosen() throws IOException {
    KubernetesLabelsExporter exporter = new KubernetesLabelsExporter("topology.example.com", EnumSet.of(Part.NODE_LABELS));

    String yaml = export(exporter, Presets.find("dgx-superpod-h100-1su").build());

    List<JsonNode> documents = documents(yaml);
    assertThat(documents).hasSize(31).allSatisfy(d -> assertThat(d.path("kind").asText()).isEqualTo("Node"));
    assertThat(documents.get(0).path("metadata").path("labels").path("topology.example.com/su").asText()).isEqualTo("su0");
    assertThat(yaml).contains("---\napiVersion: v1\nkind: Node\nmetadata:\n  name: node00\n  labels:\n"
        + "    topology.example.com/cluster: dgx-superpod-h100-1su\n    topology.example.com/su: su0\n");
    assertThatThrownBy(() -> new KubernetesLabelsExporter("Not_A_Domain", EnumSet.allOf(Part.class)))
        .hasMessageContaining("not a DNS subdomain");
  }

  @Test
  void rejectsNamesKubernetesCannotTake() {
    Fabric fabric = SlurmTreeExporterTest.twoRacks("r0", "Rack_1");

    assertThatThrownBy(() -> export(new KubernetesLabelsExporter(), fabric))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("domain name 'Rack_1' cannot be a Kubernetes object name");
    assertThatThrownBy(() -> export(new KubernetesLabelsExporter("podium.dev", EnumSet.of(Part.NODE_LABELS)),
        SlurmTreeExporterTest.twoRacks("r0", "-r1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rack '-r1' cannot be a label value");
  }

  private static String export(KubernetesLabelsExporter exporter, Fabric fabric) throws IOException {
    StringWriter out = new StringWriter();
    exporter.write(fabric, out);
    return out.toString();
  }

  private static List<JsonNode> documents(String yaml) throws IOException {
    return new YAMLMapper().readerFor(JsonNode.class).<JsonNode>readValues(yaml).readAll();
  }
}
