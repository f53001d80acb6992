package dev.podium.topology.spec;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.podium.topology.generate.FieldException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Turns Jackson's failures and {@link FieldException}s into {@link SpecException}s with file, line and path. */
final class SpecErrors {

  private final String source;
  private final ObjectMapper mapper;
  private final String text;

  SpecErrors(String source, ObjectMapper mapper, String text) {
    this.source = source;
    this.mapper = mapper;
    this.text = text;
  }

  /** The failure of field {@code path} for {@code reason}, at the field's line. */
  SpecException at(String path, String reason, Throwable cause) {
    return new SpecException(source, SpecLocator.line(mapper, text, path), path, reason, cause);
  }

  /** The spec error a Jackson read failure stands for. */
  SpecException of(JacksonException e) {
    if (e instanceof JsonMappingException m) {
      String path = path(m.getPath());
      String reason;
      if (e instanceof ValueInstantiationException v && v.getCause() instanceof FieldException f) {
        path = join(path, f.field());
        reason = f.reason();
      } else if (e instanceof ValueInstantiationException v && v.getCause() != null) {
        reason = v.getCause().getMessage();
      } else if (e instanceof InvalidTypeIdException t) {
        path = join(path, "generator");
        reason = t.getTypeId() == null ? "required; one of " + String.join(", ", FabricSpec.generators())
            : "unknown generator '" + t.getTypeId() + "'; known: " + String.join(", ", FabricSpec.generators());
      } else if (e instanceof UnrecognizedPropertyException u) {
        reason = "unknown field; known fields: " + String.join(", ", known(u.getKnownPropertyIds()));
      } else if (e instanceof InvalidFormatException f && CatalogModule.isPart(f.getTargetType())) {
        reason = f.getOriginalMessage();
      } else if (e instanceof InvalidFormatException f) {
        reason = "expected " + describe(f.getTargetType()) + ", was " + f.getValue();
      } else if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
        String found = path.isEmpty() ? null : SpecLocator.scalar(mapper, text, path);
        reason = "expected " + describe(mi.getTargetType()) + (found == null ? "" : ", was " + found);
      } else {
        reason = m.getOriginalMessage();
      }
      int line = SpecLocator.line(mapper, text, path);
      return new SpecException(source, line > 0 && !path.isEmpty() ? line : lineOf(e), path, reason, e);
    }
    return new SpecException(source, lineOf(e), "", "syntax: " + e.getOriginalMessage(), e);
  }

  private static int lineOf(JacksonException e) {
    JsonLocation location = e.getLocation();
    return location == null ? 0 : Math.max(0, location.getLineNr());
  }

  private static String path(List<Reference> references) {
    StringBuilder path = new StringBuilder();
    for (Reference reference : references) {
      if (reference.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String join(String prefix, String field) {
    if (field.isEmpty()) {
      return prefix;
    }
    return prefix.isEmpty() || field.startsWith("[") ? prefix + field : prefix + "." + field;
  }

  private static List<String> known(Collection<Object> ids) {
    return ids == null ? List.of() : ids.stream().map(Objects::toString).sorted().toList();
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "another value";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "text";
    }
    if (CatalogModule.isPart(type)) {
      return "a catalog key";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord() || type.isInterface()) {
      return "a mapping";
    }
    return type.getSimpleName();
  }
}
