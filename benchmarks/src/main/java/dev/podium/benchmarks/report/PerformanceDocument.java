package dev.podium.benchmarks.report;

import java.util.HashMap;
import java.util.Map;

/**
 * Renders {@code docs/PERFORMANCE.md}: the template's fixed prose with every placeholder filled from
 * a {@link Report}. A pure function of the report; reads no clock, file or system property.
 */
public final class PerformanceDocument {

  private PerformanceDocument() {}

  /** The document from the bundled template. */
  public static String render(Report report) {
    return render(Template.load(), report);
  }

  /** The document from {@code template}, whose placeholders must be exactly those the sections fill. */
  static String render(String template, Report report) {
    Map<String, String> values = new HashMap<>();
    values.putAll(RunSection.render(report));
    values.putAll(FabricSection.render(report));
    values.putAll(DecisionSection.render(report));
    values.putAll(SchedulerSection.render(report));
    values.putAll(SimulationSection.render(report));
    values.putAll(PhillySection.render(report));
    values.putAll(ExternalTablesSection.render(report));
    return Template.fill(template, values);
  }
}
