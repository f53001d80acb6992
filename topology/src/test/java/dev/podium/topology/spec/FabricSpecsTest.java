package dev.podium.topology.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.ClosSpec;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class FabricSpecsTest {

  private static final String CLOS = """
      generator: clos
      name: lab-clos
      accelerator: H100
      acceleratorsPerHost: 8
      scaleUp: nvlink4
      nic: roce-400g
      tiers:
        - level: rack
          switchTier: leaf
          children: 4
          switches: 1
          switch: sn5600
          uplink: roce-400g
        - level: pod
          switchTier: spine
          children: 8
          oversubscription: 2
          switch: sn5600
          uplink: roce-400g
        - level: cluster
          switchTier: core
          children: 2
          switch: sn5600
      """;

  @Test
  void closSpecMapsOntoTheClosGenerator() {
    FabricSpec spec = FabricSpecs.read(CLOS, "spec.yaml");
    Fabric fabric = spec.build();

    assertThat(spec).isInstanceOf(ClosFabricSpec.class);
    ClosSpec clos = ((ClosFabricSpec) spec).closSpec();
    assertThat(clos.tiers()).extracting(t -> t.switchTier()).containsExactly("leaf", "spine", "core");
    assertThat(clos.railOptimized()).isFalse();
    assertThat(fabric.name()).isEqualTo("lab-clos");
    assertThat(fabric.acceleratorCount()).isEqualTo(4 * 8 * 2 * 8);
    assertThat(fabric.levels()).extracting(l -> l.name()).containsExactly("gpu", "host", "rack", "pod", "cluster");
    assertThat(fabric.levels().get(4).oversubscription()).isCloseTo(2.0, within(1e-9));
    assertThat(fabric.levels().get(4).bandwidthBytesPerSecond()).isCloseTo(25e9, within(1.0));
  }

  @Test
  void jsonReadsTheSameAsYaml() {
    String json = """
        {
          "generator": "torus-pod",
          "name": "small-pod",
          "accelerator": "TPU7x",
          "cubes": 2,
          "ici": "ici-7x",
          "hostLink": "pcie-gen5-x16"
        }
        """;
    Fabric fabric = FabricSpecs.load(new StringReader(json), "pod.json");

    assertThat(fabric.acceleratorCount()).isEqualTo(128);
    assertThat(fabric.levels()).extracting(l -> l.name()).containsExactly("chip", "host", "cube", "pod");
  }

  @Test
  void presetWithANameOverride() {
    Fabric fabric = FabricSpecs.load("generator: preset\npreset: dgx-superpod-h100-1su\nname: pod-a\n", "p.yaml");

    assertThat(fabric.name()).isEqualTo("pod-a");
    assertThat(fabric.acceleratorCount()).isEqualTo(248);
  }

  @Test
  void negativeOversubscriptionNamesFileLineFieldAndReason() {
    String spec = CLOS.replace("oversubscription: 2", "oversubscription: -1");

    assertThatThrownBy(() -> FabricSpecs.load(spec, "spec.yaml"))
        .isInstanceOf(SpecException.class)
        .hasMessage("spec.yaml:17: tiers[1].oversubscription: must be > 0, was -1")
        .satisfies(e -> {
          SpecException s = (SpecException) e;
          assertThat(s.source()).isEqualTo("spec.yaml");
          assertThat(s.line()).isEqualTo(17);
          assertThat(s.path()).isEqualTo("tiers[1].oversubscription");
          assertThat(s.reason()).isEqualTo("must be > 0, was -1");
        });
  }

  @Test
  void negativeCount() {
    assertThatThrownBy(() -> FabricSpecs.load(CLOS.replace("acceleratorsPerHost: 8", "acceleratorsPerHost: -8"),
        "spec.yaml"))
        .hasMessage("spec.yaml:4: acceleratorsPerHost: must be >= 1, was -8");
    assertThatThrownBy(() -> FabricSpecs.load(CLOS.replace("children: 8", "children: 0"), "spec.yaml"))
        .hasMessage("spec.yaml:16: tiers[1].children: must be >= 1, was 0");
  }

  @Test
  void unknownGenerator() {
    assertThatThrownBy(() -> FabricSpecs.load(CLOS.replace("generator: clos", "generator: fat-tree"), "spec.yaml"))
        .hasMessage("spec.yaml:1: generator: unknown generator 'fat-tree'; known: clos, torus-pod, preset, tree");
  }

  @Test
  void missingGenerator() {
    assertThatThrownBy(() -> FabricSpecs.load("name: x\npreset: meta-24k-roce\n", "spec.yaml"))
        .hasMessage("spec.yaml:1: generator: required; one of clos, torus-pod, preset, tree");
  }

  @Test
  void unknownField() {
    assertThatThrownBy(() -> FabricSpecs.load(CLOS.replace("switches: 1", "switchez: 1"), "spec.yaml"))
        .hasMessage("spec.yaml:11: tiers[0].switchez: unknown field; known fields: children, level,"
            + " oversubscription, radix, switch, switchTier, switches, uplink");
  }

  @Test
  void unknownCatalogKey() {
    assertThatThrownBy(() -> FabricSpecs.load(CLOS.replace("accelerator: H100", "accelerator: H1000"), "spec.yaml"))
        .hasMessageStartingWith("spec.yaml:3: accelerator: unknown accelerator 'H1000'; known: h100, h200,");
    assertThatThrownBy(() -> FabricSpecs.load(CLOS.replace("nic: roce-400g", "nic: roce-100g"), "spec.yaml"))
        .hasMessageStartingWith("spec.yaml:6: nic: unknown link 'roce-100g'; known: nvlink4,");
  }

  @Test
  void wrongTypes() {
    assertThatThrownBy(() -> FabricSpecs.load(CLOS.replace("children: 8", "children: many"), "spec.yaml"))
        .hasMessage("spec.yaml:16: tiers[1].children: expected a whole number, was many");
    assertThatThrownBy(() -> FabricSpecs.load(CLOS.replace("children: 8", "children: 2.5"), "spec.yaml"))
        .hasMessageStartingWith("spec.yaml:16: tiers[1].children: expected a whole number");
    assertThatThrownBy(() -> FabricSpecs.load(CLOS.replace("children: 8", "children: \"8\""), "spec.yaml"))
        .hasMessageStartingWith("spec.yaml:16: tiers[1].children: expected a whole number");
    assertThatThrownBy(() -> FabricSpecs.load(CLOS.replace("accelerator: H100", "accelerator: [H100]"),
        "spec.yaml"))
        .hasMessage("spec.yaml:3: accelerator: expected a catalog key");
  }

  @Test
  void missingRequiredField() {
    assertThatThrownBy(() -> FabricSpecs.load(CLOS.replace("    children: 4\n", ""), "spec.yaml"))
        .hasMessage("spec.yaml:8: tiers[0].children: required");
  }

  @Test
  void topTierRules() {
    assertThatThrownBy(() -> FabricSpecs.load(CLOS + "    uplink: roce-400g\n", "spec.yaml"))
        .hasMessage("spec.yaml:24: tiers[2].uplink: the top tier has no uplinks; leave it out");
    String noUplink = CLOS.replace("oversubscription: 2\n    switch: sn5600\n    uplink: roce-400g\n",
        "oversubscription: 2\n    switch: sn5600\n");
    assertThatThrownBy(() -> FabricSpecs.load(noUplink, "spec.yaml"))
        .hasMessage("spec.yaml:14: tiers[1].uplink: required below the top tier");
  }

  @Test
  void generatorConstraintsNameTheTiers() {
    String tooFewPorts = CLOS.replace("switches: 1\n", "switches: 1\n    radix: 32\n");
    assertThatThrownBy(() -> FabricSpecs.load(tooFewPorts, "spec.yaml"))
        .hasMessage("spec.yaml:7: tiers: tier rack: each of 1 leaf switches needs 64.0 ports but the sn5600 has 32");
  }

  @Test
  void torusPodRules() {
    String pod = "generator: torus-pod\nname: p\naccelerator: TPU7x\ncubes: 2\ncubeEdge: 3\nici: ici-7x\n"
        + "hostLink: pcie-gen5-x16\n";
    assertThatThrownBy(() -> FabricSpecs.load(pod, "pod.yaml"))
        .hasMessage("pod.yaml:5: cubeEdge: must be even (hosts are 2x2 tiles of a cube layer), was 3");
  }

  @Test
  void unknownPreset() {
    assertThatThrownBy(() -> FabricSpecs.load("generator: preset\npreset: meta-48k\n", "p.yaml"))
        .hasMessageStartingWith("p.yaml:2: preset: unknown preset 'meta-48k'; known: meta-24k-roce,");
  }

  @Test
  void treeCycleNamesTheDomain() {
    String tree = """
        generator: tree
        name: lab
        accelerator: H100
        scaleUp: nvlink4
        nic: roce-400g
        tiers:
          - {level: tor, uplink: roce-400g}
          - {level: pod, uplink: roce-400g, oversubscription: 2}
          - {level: core}
        domains:
          - {name: core, level: core}
          - {name: pod-a, level: pod, parent: pod-b}
          - {name: pod-b, level: pod, parent: pod-a}
          - {name: tor-1, level: tor, parent: pod-a}
        hosts:
          - {name: h1, parent: tor-1, accelerators: 8}
        """;
    assertThatThrownBy(() -> FabricSpecs.load(tree, "tree.yaml"))
        .hasMessage("tree.yaml:12: domains[1].parent: cycle in parent references: pod-a -> pod-b -> pod-a");
    assertThatThrownBy(() -> FabricSpecs.load(tree.replace("accelerators: 8", "accelerators: -2"), "tree.yaml"))
        .hasMessage("tree.yaml:16: hosts[0].accelerators: must be >= 1, was -2 (host 'h1')");
  }

  @Test
  void jsonErrorsHaveLinesToo() {
    String json = "{\n  \"generator\": \"clos\",\n  \"name\": \"x\",\n  \"accelerator\": \"H100\",\n"
        + "  \"acceleratorsPerHost\": 0\n}\n";
    assertThatThrownBy(() -> FabricSpecs.load(json, "spec.json"))
        .hasMessage("spec.json:5: acceleratorsPerHost: must be >= 1, was 0");
  }

  @Test
  void syntaxAndDuplicateKeys() {
    assertThatThrownBy(() -> FabricSpecs.load("generator: clos\nname: a\nname: b\n", "spec.yaml"))
        .hasMessageStartingWith("spec.yaml:3: syntax: Duplicate field 'name'");
    assertThatThrownBy(() -> FabricSpecs.load("generator: clos\ntiers: [a, b\n", "spec.yaml"))
        .isInstanceOf(SpecException.class)
        .hasMessageStartingWith("spec.yaml:");
  }

  @Test
  void emptyAndNonMappingDocuments() {
    assertThatThrownBy(() -> FabricSpecs.load("", "spec.yaml"))
        .hasMessage("spec.yaml: empty spec: expected a mapping with a 'generator' field");
    assertThatThrownBy(() -> FabricSpecs.load("- a\n- b\n", "spec.yaml"))
        .hasMessage("spec.yaml:1: expected a mapping with a 'generator' field");
  }

  @Test
  void missingFile() {
    assertThatThrownBy(() -> FabricSpecs.load(java.nio.file.Path.of("no/such/spec.yaml")))
        .hasMessage("no/such/spec.yaml: no such file");
  }
}
