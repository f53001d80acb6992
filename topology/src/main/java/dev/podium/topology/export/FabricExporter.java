package dev.podium.topology.export;

import dev.podium.topology.fabric.Fabric;
import java.io.IOException;
import java.io.Writer;

/** Writes a fabric in one text format; implementations are stateless and thread-safe. */
public interface FabricExporter {

  /** The format's stable name, e.g. {@code slurm-tree}. */
  String format();

  /** One line: what the output is and who reads it. */
  String description();

  /**
   * Writes {@code fabric} to {@code out} and flushes it; does not close it. The same fabric always
   * gives the same text.
   *
   * @throws IllegalArgumentException when the fabric cannot be expressed in this format (e.g. a name
   *     the target tool does not accept), naming what is wrong
   */
  void write(Fabric fabric, Writer out) throws IOException;
}
