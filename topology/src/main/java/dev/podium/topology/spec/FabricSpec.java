package dev.podium.topology.spec;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonSubTypes.Type;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.podium.topology.fabric.Fabric;
import java.util.Arrays;
import java.util.List;

/**
 * A validated spec document: the generator named by its {@code generator} field and that
 * generator's parameters. Validation happens when the document is read; {@link #build()} fails only
 * on constraints that need the generator itself (e.g. a switch radix too small for a tier).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "generator")
@JsonSubTypes({
    @Type(value = ClosFabricSpec.class, name = "clos"),
    @Type(value = TorusPodFabricSpec.class, name = "torus-pod"),
    @Type(value = PresetFabricSpec.class, name = "preset"),
    @Type(value = TreeFabricSpec.class, name = "tree")
})
public sealed interface FabricSpec permits ClosFabricSpec, TorusPodFabricSpec, PresetFabricSpec, TreeFabricSpec {

  /** The name of the fabric this spec builds. */
  String name();

  /**
   * Builds the fabric; a generator constraint fails with a {@link
   * dev.podium.topology.generate.FieldException} naming the field it concerns.
   */
  Fabric build();

  /** The generator names a spec may give, in declaration order. */
  static List<String> generators() {
    return Arrays.stream(FabricSpec.class.getAnnotation(JsonSubTypes.class).value()).map(Type::name).toList();
  }
}
