package dev.podium.benchmarks.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podium.benchmarks.FabricFootprint;
import dev.podium.benchmarks.PhillyReplay;
import dev.podium.benchmarks.SchedulerFootprint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The child-JVM side of a {@link ChildSuite}: runs one benchmark main's measurement with the main's
 * own arguments and writes {@code {"result": ..., "usage": ...}} as JSON. Arguments:
 * {@code MAIN-CLASS OUT.json [main arguments...]}. Progress goes to standard error.
 */
public final class ChildMeasurement {

  private ChildMeasurement() {}

  /** Entry point; see the class comment. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      throw new IllegalArgumentException("ChildMeasurement: expected MAIN-CLASS OUT.json [main arguments...], got "
          + Arrays.toString(args));
    }
    System.setOut(System.err); // the parent's standard output is for the report's own lines
    String main = args[0];
    Path out = Path.of(args[1]);
    String[] mainArgs = Arrays.copyOfRange(args, 2, args.length);
    Object result = measure(main, mainArgs);
    ObjectMapper json = new ObjectMapper();
    ObjectNode written = json.createObjectNode();
    written.set("result", json.valueToTree(result));
    written.set("usage", json.valueToTree(ProcessUsage.current()));
    json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), written);
  }

  private static Object measure(String main, String[] args) {
    if (main.equals(FabricFootprint.class.getName())) {
      return FabricFootprint.measure(args);
    }
    if (main.equals(SchedulerFootprint.class.getName())) {
      return SchedulerFootprint.measure(args);
    }
    if (main.equals(PhillyReplay.class.getName())) {
      return PhillyReplay.replay(args,
          setup -> System.err.printf(Locale.ROOT, "  philly-replay: %,d jobs on %s, %d processors, %s%n", setup.jobs(),
              setup.preset(), setup.processors(), setup.collectors()),
          run -> System.err.printf(Locale.ROOT, "  philly-replay run %d: %.2f s, %,d events%n", run.run(),
              run.wallSeconds(), run.events()));
    }
    throw new IllegalArgumentException("ChildMeasurement: no measurement for main class " + main);
  }
}
