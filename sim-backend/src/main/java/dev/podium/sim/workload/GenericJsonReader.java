package dev.podium.sim.workload;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podium.api.job.JobSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the generic workload as JSON: an array of job objects, or JSON lines (one object per line),
 * told apart by the first character ({@code [} or <code>{</code>). Keys are the generic CSV columns
 * ({@link GenericCsvReader}); values are numbers or strings; {@code null} means absent. An unknown key
 * rejects the job. A job's line is the line of its opening brace.
 */
public final class GenericJsonReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GenericJsonReader() {}

  /** Reads {@code file}. */
  public static Workload read(Path file, ReadOptions options) {
    String name = file.toString();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new WorkloadFormatException(name, 0, "no such file");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    BadRows bad = new BadRows(name, options.skipBadRows());
    UniqueIds ids = new UniqueIds();
    List<JobSpec> jobs = new ArrayList<>();
    String trimmed = text.stripLeading();
    String form;
    if (trimmed.startsWith("[")) {
      form = "array";
      readArray(name, text, bad, ids, jobs);
    } else if (trimmed.startsWith("{") || trimmed.isEmpty()) {
      form = "lines";
      readLines(text, bad, ids, jobs);
    } else {
      throw new WorkloadFormatException(name, 1, "expected a JSON array of jobs or JSON lines (one object per line)");
    }
    return new Workload(file.getFileName().toString(), jobs, Provenance.of("generic json " + file, Map.of(
        "reader", "generic-json", "form", form, "skipBadRows", Boolean.toString(options.skipBadRows()))),
        bad.skipped());
  }

  private static void readArray(String name, String text, BadRows bad, UniqueIds ids, List<JobSpec> jobs) {
    try (JsonParser parser = JSON.getFactory().createParser(text)) {
      parser.nextToken();
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (token == null) {
          throw new WorkloadFormatException(name, parser.currentLocation().getLineNr(), "unterminated JSON array");
        }
        long line = parser.currentTokenLocation().getLineNr();
        JsonNode node = JSON.readTree(parser);
        job(node, line, bad, ids, jobs);
      }
      if (parser.nextToken() != null) {
        throw new WorkloadFormatException(name, parser.currentTokenLocation().getLineNr(),
            "unexpected content after the JSON array");
      }
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      throw new WorkloadFormatException(name, where == null ? 0 : where.getLineNr(),
          "not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void readLines(String text, BadRows bad, UniqueIds ids, List<JobSpec> jobs) {
    long line = 0;
    for (String content : text.split("\n", -1)) {
      line++;
      if (content.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(content);
      } catch (JsonProcessingException e) {
        bad.report(line, "not JSON: " + e.getOriginalMessage());
        continue;
      }
      job(node, line, bad, ids, jobs);
    }
  }

  private static void job(JsonNode node, long line, BadRows bad, UniqueIds ids, List<JobSpec> jobs) {
    try {
      if (!node.isObject()) {
        throw new RowException("expected a job object, found " + node.getNodeType().toString().toLowerCase(
            java.util.Locale.ROOT));
      }
      for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
        String key = keys.next();
        if (!GenericJobFields.ALL.contains(key)) {
          throw new RowException("unknown key '" + key + "'; expected " + String.join(",", GenericJobFields.ALL));
        }
      }
      for (String key : GenericJobFields.REQUIRED) {
        if (!node.hasNonNull(key)) {
          throw new RowException("missing key '" + key + "'");
        }
      }
      JobSpec job = GenericJobFields.job(key -> scalar(node, key));
      ids.claim(job.id(), line);
      jobs.add(job);
    } catch (WorkloadFormatException e) {
      throw e;
    } catch (IllegalArgumentException | RowException e) {
      bad.report(line, e.getMessage());
    }
  }

  private static String scalar(JsonNode node, String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isIntegralNumber()) {
      return value.bigIntegerValue().toString();
    }
    if (value.isNumber()) {
      return Double.toString(value.doubleValue());
    }
    throw new RowException(key + " must be a number or a string, was " + value.getNodeType().toString()
        .toLowerCase(java.util.Locale.ROOT));
  }
}
