package dev.podium.topology.export;

import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.json.FabricJson;
import java.io.IOException;
import java.io.Writer;

/** Podium's own JSON form of the whole fabric ({@link FabricJson}); it reads back to the same fabric. */
public final class JsonExporter implements FabricExporter {

  @Override
  public String format() {
    return "json";
  }

  @Override
  public String description() {
    return "Podium fabric JSON (locality tree, vertices, links); podium reads it back to the same fabric";
  }

  @Override
  public void write(Fabric fabric, Writer out) throws IOException {
    FabricJson.write(fabric, out);
  }
}
