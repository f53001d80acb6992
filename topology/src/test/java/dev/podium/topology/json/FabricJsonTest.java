package dev.podium.topology.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.topology.catalog.HardwareCatalog;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.fabric.FabricBuilder;
import dev.podium.topology.fabric.LinkKind;
import dev.podium.topology.generate.Presets;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FabricJsonTest {

  @ParameterizedTest
  @ValueSource(strings = {"meta-24k-roce", "ironwood-pod", "dgx-superpod-h100-4su", "dgx-superpod-h100-16su",
      "gb200-nvl72-8", "tpu-v4-pod"})
  void exportImportExportIsByteIdentical(String preset) {
    Fabric original = Presets.find(preset).build();
    String first = FabricJson.toJson(original);

    Fabric imported = FabricJson.parse(preset + ".json", first);
    String second = FabricJson.toJson(imported);

    assertThat(second).isEqualTo(first);
    assertThat(imported.levels()).isEqualTo(original.levels());
    assertThat(imported.vertexCount()).isEqualTo(original.vertexCount());
    assertThat(imported.linkCount()).isEqualTo(original.linkCount());
    for (int v = 0; v < original.vertexCount(); v += 97) {
      assertThat(imported.vertexName(v)).isEqualTo(original.vertexName(v));
      assertThat(imported.kind(v)).isEqualTo(original.kind(v));
      assertThat(imported.ownerDomain(v)).isEqualTo(original.ownerDomain(v));
    }
    for (int e = 0; e < original.linkCount(); e += 101) {
      assertThat(imported.linkSource(e)).isEqualTo(original.linkSource(e));
      assertThat(imported.linkTarget(e)).isEqualTo(original.linkTarget(e));
      assertThat(imported.linkCapacity(e)).isEqualTo(original.linkCapacity(e));
    }
  }

  @Test
  void sameFabricGivesSameBytes() {
    assertThat(FabricJson.toJson(Presets.find("dgx-superpod-h100-2su").build()))
        .isEqualTo(FabricJson.toJson(Presets.find("dgx-superpod-h100-2su").build()));
  }

  @Test
  void writesOneFieldOrElementPerLine() {
    String json = FabricJson.toJson(tiny());

    assertThat(json).isEqualTo("""
        {
          "format": "podium-fabric/1",
          "name": "tiny",
          "accelerator": "H100",
          "levels": ["gpu", "host", "cluster"],
          "hostLevel": "host",
          "domains": [
            {"level":"host","name":"n0","first":0,"count":2},
            {"level":"host","name":"n1","first":2,"count":2}
          ],
          "vertices": [
            {"name":"leaf0","kind":"switch","tier":"leaf","level":"cluster","domain":0,"model":"qm9700"},
            {"name":"n0","kind":"host","tier":"host","level":"host","domain":0},
            {"name":"n1","kind":"host","tier":"host","level":"host","domain":1}
          ],
          "linkModels": [
            {"key":"nvlink4","gbps":3600.0,"latencySeconds":3.0E-7},
            {"key":"ib-ndr","gbps":400.0,"latencySeconds":4.0E-7},
            {"key":"ib-ndr","gbps":100.0,"latencySeconds":4.0E-7}
          ],
          "links": [
            {"source":0,"target":5,"kind":"scale-up","model":0,"lanes":1},
            {"source":0,"target":4,"kind":"nic","model":1,"lanes":1},
            {"source":1,"target":5,"kind":"scale-up","model":0,"lanes":1},
            {"source":1,"target":4,"kind":"nic","model":1,"lanes":1},
            {"source":2,"target":6,"kind":"scale-up","model":0,"lanes":1},
            {"source":2,"target":4,"kind":"nic","model":2,"lanes":2},
            {"source":3,"target":6,"kind":"scale-up","model":0,"lanes":1},
            {"source":3,"target":4,"kind":"nic","model":2,"lanes":2}
          ]
        }
        """);
  }

  @Test
  void derivedRatesSurviveTheRoundTrip() {
    Fabric imported = FabricJson.parse("tiny.json", FabricJson.toJson(tiny()));

    assertThat(imported.linkModel(5).gbpsPerDirection()).isEqualTo(100.0);
    assertThat(imported.linkModel(5).name()).isEqualTo("ib-ndr");
    assertThat(imported.linkCapacity(5)).isEqualTo(2 * 100e9 / 8);
    assertThat(imported.levels()).isEqualTo(tiny().levels());
  }

  @Test
  void readsFilesAndReaders(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("tiny.json");
    Files.writeString(file, FabricJson.toJson(tiny()));

    assertThat(FabricJson.toJson(FabricJson.read(file))).isEqualTo(Files.readString(file));
    assertThat(FabricJson.read("stdin", new StringReader(Files.readString(file))).vertexCount()).isEqualTo(7);
    assertThatThrownBy(() -> FabricJson.read(file.resolveSibling("missing.json")))
        .isInstanceOf(IOException.class);
  }

  @Test
  void rejectsNegativeLanesWithPathAndLine() {
    String json = FabricJson.toJson(tiny()).replace("\"model\":2,\"lanes\":2}", "\"model\":2,\"lanes\":-2}");

    assertThatThrownBy(() -> FabricJson.parse("tiny.json", json))
        .isInstanceOf(FabricJsonException.class)
        .hasMessageStartingWith("tiny.json:" + lineOf(json, "\"lanes\":-2") + ":")
        .hasMessageContaining("$.links[5]")
        .hasMessageContaining("lanes must be >= 1, was -2");
  }

  @Test
  void rejectsAMissingField() {
    String json = FabricJson.toJson(tiny()).replace("{\"level\":\"host\",\"name\":\"n1\",", "{\"level\":\"host\",");

    assertThatThrownBy(() -> FabricJson.parse("tiny.json", json))
        .isInstanceOfSatisfying(FabricJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("$.domains[1]");
          assertThat(e.line()).isEqualTo(lineOf(json, "\"first\":2"));
          assertThat(e.reason()).isEqualTo("field \"name\" is missing or null");
        });
  }

  @Test
  void rejectsAMissingTopLevelField() {
    String json = FabricJson.toJson(tiny()).replace("  \"accelerator\": \"H100\",\n", "");

    assertThatThrownBy(() -> FabricJson.parse("tiny.json", json))
        .isInstanceOf(FabricJsonException.class)
        .hasMessageContaining("$: field \"accelerator\" is missing or null");
  }

  @Test
  void rejectsAnUnknownField() {
    String json = FabricJson.toJson(tiny()).replace("\"tier\":\"leaf\",", "\"tier\":\"leaf\",\"colour\":\"red\",");

    assertThatThrownBy(() -> FabricJson.parse("tiny.json", json))
        .isInstanceOfSatisfying(FabricJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("$.vertices[0].colour");
          assertThat(e.line()).isEqualTo(lineOf(json, "colour"));
          assertThat(e.reason()).startsWith("unknown field \"colour\"; known: domain, kind, level, model, name, tier");
        });
  }

  @Test
  void rejectsALinkToNoVertex() {
    String json = FabricJson.toJson(tiny()).replace("{\"source\":3,\"target\":6,", "{\"source\":3,\"target\":60,");

    assertThatThrownBy(() -> FabricJson.parse("tiny.json", json))
        .isInstanceOfSatisfying(FabricJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("$.links[6].target");
          assertThat(e.line()).isEqualTo(lineOf(json, "\"target\":60"));
          assertThat(e.reason()).isEqualTo(
              "no vertex 60: the fabric has 7 vertices (accelerators 0 to 3, then the listed vertices)");
          assertThat(e.getMessage()).isEqualTo("tiny.json:" + e.line() + ":" + e.column() + ": " + e.path() + ": "
              + e.reason());
        });
  }

  @Test
  void rejectsUnknownCatalogKeysAndDomains() {
    String json = FabricJson.toJson(tiny());

    assertThatThrownBy(() -> FabricJson.parse("t.json", json.replace("\"qm9700\"", "\"qm9999\"")))
        .isInstanceOf(FabricJsonException.class)
        .hasMessageContaining("$.vertices[0].model: unknown switch 'qm9999'; known: qm9700");
    assertThatThrownBy(() -> FabricJson.parse("t.json", json.replace("\"key\":\"nvlink4\"", "\"key\":\"nvlink9\"")))
        .isInstanceOf(FabricJsonException.class)
        .hasMessageContaining("$.linkModels[0].key: unknown link 'nvlink9'");
    assertThatThrownBy(() -> FabricJson.parse("t.json", json.replace("\"level\":\"host\",\"domain\":1",
        "\"level\":\"host\",\"domain\":2")))
        .isInstanceOf(FabricJsonException.class)
        .hasMessageContaining("$.vertices[2].domain: level host has 2 domains, numbered from 0");
    assertThatThrownBy(() -> FabricJson.parse("t.json", json.replace("\"kind\":\"nic\",\"model\":1",
        "\"kind\":\"nic\",\"model\":7")))
        .isInstanceOf(FabricJsonException.class)
        .hasMessageContaining("$.links[1].model: there are 3 link models, numbered from 0");
    assertThatThrownBy(() -> FabricJson.parse("t.json", json.replace("\"kind\":\"nic\"", "\"kind\":\"nik\"")))
        .isInstanceOf(FabricJsonException.class)
        .hasMessageContaining("$.links[1].kind: unknown link kind \"nik\"; known: scale-up, nic, fabric, optical, host-io");
  }

  @Test
  void rejectsATreeWithGapsOrHostsOutOfOrder() {
    String json = FabricJson.toJson(tiny());

    assertThatThrownBy(() -> FabricJson.parse("t.json", json.replace("\"first\":2", "\"first\":3")))
        .isInstanceOf(FabricJsonException.class)
        .hasMessageContaining("$.domains[1].first: expected 2");
    String swapped = json
        .replace("{\"name\":\"n0\",\"kind\":\"host\",\"tier\":\"host\",\"level\":\"host\",\"domain\":0}", "HOST0")
        .replace("{\"name\":\"n1\",\"kind\":\"host\",\"tier\":\"host\",\"level\":\"host\",\"domain\":1}",
            "{\"name\":\"n0\",\"kind\":\"host\",\"tier\":\"host\",\"level\":\"host\",\"domain\":0}")
        .replace("HOST0", "{\"name\":\"n1\",\"kind\":\"host\",\"tier\":\"host\",\"level\":\"host\",\"domain\":1}");
    assertThatThrownBy(() -> FabricJson.parse("t.json", swapped))
        .isInstanceOf(FabricJsonException.class)
        .hasMessageContaining("$.vertices[1].domain: hosts are listed in tree order: expected the vertex of host n0");
    String hostless = json.replace(
        "    {\"name\":\"n1\",\"kind\":\"host\",\"tier\":\"host\",\"level\":\"host\",\"domain\":1}\n", "")
        .replace("\"domain\":0},\n  ]", "\"domain\":0}\n  ]");
    assertThatThrownBy(() -> FabricJson.parse("t.json", hostless))
        .isInstanceOf(FabricJsonException.class)
        .hasMessageContaining("host n1 has no vertex entry");
  }

  @Test
  void rejectsWrongTypesSyntaxErrorsAndOtherFormats() {
    String json = FabricJson.toJson(tiny());

    assertThatThrownBy(() -> FabricJson.parse("t.json", json.replace("\"count\":2}", "\"count\":\"2\"}")))
        .isInstanceOf(FabricJsonException.class)
        .hasMessageContaining("$.domains[0].count: expected an integer, found a string");
    assertThatThrownBy(() -> FabricJson.parse("t.json", json.replace("\"lanes\":1}", "\"lanes\":1.5}")))
        .isInstanceOf(FabricJsonException.class)
        .hasMessageContaining("$.links[0].lanes");
    assertThatThrownBy(() -> FabricJson.parse("t.json", json.replace("\"name\": \"tiny\",", "\"name\": \"tiny\"")))
        .isInstanceOfSatisfying(FabricJsonException.class, e -> assertThat(e.line()).isEqualTo(4));
    assertThatThrownBy(() -> FabricJson.parse("t.json", json.replace("podium-fabric/1", "podium-fabric/2")))
        .isInstanceOf(FabricJsonException.class)
        .hasMessageContaining("format must be \"podium-fabric/1\"");
    assertThatThrownBy(() -> FabricJson.parse("t.json", json + "{}"))
        .isInstanceOf(FabricJsonException.class)
        .hasMessageContaining("$: unexpected content after the document");
    assertThatThrownBy(() -> FabricJson.parse("t.json", json.replace("\"hostLevel\": \"host\"", "\"hostLevel\": \"cluster\"")))
        .isInstanceOfSatisfying(FabricJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("$.hostLevel");
          assertThat(e.line()).isEqualTo(6);
        });
    assertThatThrownBy(() -> FabricJson.parse("t.json", "null"))
        .isInstanceOf(FabricJsonException.class)
        .hasMessageContaining("empty");
  }

  /** Two hosts of two H100 under one leaf; the second host's NICs are 2 x 100 Gb/s (a derived rate). */
  static Fabric tiny() {
    FabricBuilder b = new FabricBuilder("tiny", HardwareCatalog.H100, List.of("gpu", "host", "cluster"), 1);
    int leaf = b.addSwitch(2, "leaf", HardwareCatalog.QM9700, "leaf0");
    for (int h = 0; h < 2; h++) {
      b.open(1, "n" + h);
      for (int i = 0; i < 2; i++) {
        int gpu = b.addAccelerator();
        b.link(gpu, b.currentHost(), LinkKind.SCALE_UP, HardwareCatalog.NVLINK4, 1);
        b.link(gpu, leaf, LinkKind.NIC, h == 0 ? HardwareCatalog.IB_NDR : HardwareCatalog.IB_NDR.withGbps(100),
            h == 0 ? 1 : 2);
      }
      b.close(1);
    }
    return b.build();
  }

  private static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    assertThat(at).as(needle).isNotNegative();
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
