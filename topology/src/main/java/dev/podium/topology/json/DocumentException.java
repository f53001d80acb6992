package dev.podium.topology.json;

import com.fasterxml.jackson.core.JsonPointer;

/** A semantic error in a bound document, at a JSON pointer; {@link FabricJson} adds the file and line. */
final class DocumentException extends RuntimeException {

  private final transient JsonPointer pointer;

  DocumentException(JsonPointer pointer, String reason) {
    super(reason);
    this.pointer = pointer;
  }

  DocumentException(JsonPointer pointer, String reason, Throwable cause) {
    super(reason, cause);
    this.pointer = pointer;
  }

  /** Where in the document the problem lies. */
  JsonPointer pointer() {
    return pointer;
  }

  /** The pointer {@code /field} or {@code /field/index/...} built from {@code segments}. */
  static JsonPointer at(Object... segments) {
    JsonPointer pointer = JsonPointer.empty();
    for (Object segment : segments) {
      pointer = segment instanceof Integer index ? pointer.appendIndex(index) : pointer.appendProperty((String) segment);
    }
    return pointer;
  }
}
