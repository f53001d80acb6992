package dev.podium.topology.imports;

import dev.podium.topology.fabric.Fabric;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The one entry point for importing a topology file by format name, as {@code --import FORMAT=FILE}
 * gives it: {@code lingjun-csv} ({@link LingjunCsvImporter}), {@code nccl-xml} ({@link
 * NcclXmlImporter}) and {@code tiresias-csv} ({@link TiresiasCsvImporter}). Options are the
 * component names of the importer's {@code Options} record, values as text.
 */
public final class FabricImports {

  private static final List<String> FORMATS = List.of("lingjun-csv", "nccl-xml", "tiresias-csv");

  private FabricImports() {}

  /** The format names {@link #read} accepts. */
  public static List<String> formats() {
    return FORMATS;
  }

  /** Imports {@code file} in {@code format} with the importer's default options. */
  public static Fabric read(String format, Path file) {
    return read(format, file, Map.of());
  }

  /** Imports {@code file} in {@code format}; {@code options} override the importer's defaults. */
  public static Fabric read(String format, Path file, Map<String, String> options) {
    String source = file.toString();
    return switch (format) {
      case "lingjun-csv" -> LingjunCsvImporter.read(file,
          ImportOptions.apply(format, source, LingjunCsvImporter.Options.defaults(), options));
      case "nccl-xml" -> NcclXmlImporter.read(file,
          ImportOptions.apply(format, source, NcclXmlImporter.Options.defaults(), options));
      case "tiresias-csv" -> TiresiasCsvImporter.read(file,
          ImportOptions.apply(format, source, TiresiasCsvImporter.Options.defaults(), options));
      default -> throw new ImportException(source, 0, null, "unknown import format '" + format + "'; known: "
          + String.join(", ", FORMATS));
    };
  }
}
