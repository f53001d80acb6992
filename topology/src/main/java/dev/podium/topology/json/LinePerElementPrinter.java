package dev.podium.topology.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;
import java.util.BitSet;

/**
 * Lays a document out one top-level field per line and one element per line in top-level arrays of
 * objects, each element compact: readable and diffable, yet small for fabrics with 100,000 links.
 * Stateful: use one instance per document.
 */
final class LinePerElementPrinter implements PrettyPrinter {

  private final BitSet arrayOfObjects = new BitSet();
  private int depth;

  @Override
  public void writeRootValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    if (depth == 2) {
      arrayOfObjects.set(depth);
      g.writeRaw("\n    ");
    }
    g.writeRaw('{');
    depth++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) throws IOException {
    if (depth == 1) {
      g.writeRaw("\n  ");
    }
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(depth == 1 ? ": " : ":");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    g.writeRaw(depth == 1 ? ",\n  " : ",");
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) throws IOException {
    depth--;
    if (depth == 0 && entries > 0) {
      g.writeRaw('\n');
    }
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    g.writeRaw('[');
    depth++;
    arrayOfObjects.clear(depth);
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {}

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(depth == 2 && !arrayOfObjects.get(depth) ? ", " : ",");
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    if (arrayOfObjects.get(depth)) {
      g.writeRaw("\n  ");
    }
    depth--;
    g.writeRaw(']');
  }
}
