package dev.podium.benchmarks.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed prose of {@code docs/PERFORMANCE.md} with {@code {{name}}} placeholders for what is
 * generated. Filling is strict both ways: a placeholder without a value and a value without a
 * placeholder are errors, so the template and the renderer cannot drift apart silently.
 */
final class Template {

  /** The classpath resource holding the template. */
  static final String RESOURCE = "/PERFORMANCE.template.md";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z0-9.-]+)}}");
  private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

  private Template() {}

  /** The template resource's text. */
  static String load() {
    try (InputStream in = Template.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read resource " + RESOURCE, e);
    }
  }

  /** The names of {@code template}'s placeholders, in order of first use. */
  static Set<String> placeholders(String template) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /**
   * {@code template} with every placeholder replaced by its value (values are inserted as they are);
   * runs of blank lines left by empty values collapse into one.
   */
  static String fill(String template, Map<String, String> values) {
    Set<String> used = placeholders(template);
    Set<String> missing = new TreeSet<>(used);
    missing.removeAll(values.keySet());
    if (!missing.isEmpty()) {
      throw new IllegalStateException("template placeholders without a value: " + missing);
    }
    Set<String> unused = new TreeSet<>(values.keySet());
    unused.removeAll(used);
    if (!unused.isEmpty()) {
      throw new IllegalStateException("generated values the template does not place: " + unused);
    }
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1)).strip()));
    }
    m.appendTail(out);
    return BLANK_LINES.matcher(out).replaceAll("\n\n").strip() + "\n";
  }
}
