package dev.podium.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** External result tables: read, sorted by file name, and rejected with the file, field and reason. */
class ExternalTablesTest {

  private static final String VALID = """
      {"title": "T", "command": "run it", "machine": "m", "date": "2026-11-27",
       "columns": ["a", "b"], "rows": [[1, "x"], [2.50, "y"]]}""";

  @TempDir Path dir;

  @Test
  void readsEveryFieldAndKeepsNumbersAsWritten() throws IOException {
    ExternalTable table = ExternalTables.read(write("t.table.json", VALID));

    assertThat(table.source()).isEqualTo("t.table.json");
    assertThat(table.title()).isEqualTo("T");
    assertThat(table.columns()).containsExactly("a", "b");
    assertThat(table.rows()).containsExactly(List.of(BigInteger.ONE, "x"), List.of(new BigDecimal("2.50"), "y"));
    assertThat(table.notes()).isNull();
  }

  @Test
  void readsOnlyTableFilesOfTheFolderSortedByName() throws IOException {
    write("b.table.json", VALID.replace("\"T\"", "\"second\""));
    write("a.table.json", VALID.replace("\"T\"", "\"first\""));
    write("c.json", "not read");
    write("d.table.json.bak", "not read");

    assertThat(ExternalTables.readFolder(dir)).extracting(ExternalTable::title).containsExactly("first", "second");
  }

  @Test
  void aMissingFolderHoldsNoTables() throws IOException {
    assertThat(ExternalTables.readFolder(dir.resolve("absent"))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '#', value = {
      "missing title|\"title\": \"T\", |title|missing (required string)",
      "numeric command|\"command\": \"run it\"|command|must be a string, was a number (7)",
      "blank machine|\"machine\": \"m\"|machine|must not be blank",
      "bad date|\"date\": \"2026-11-27\"|date|'27/11/2026' is not an ISO-8601 date",
      "empty columns|\"columns\": [\"a\", \"b\"]|columns|must be a non-empty array of strings, was an array ([])",
      "short row|[2.50, \"y\"]|rows[1]|has 1 cells; 'columns' has 2",
      "boolean cell|[1, \"x\"]|rows[0][1]|must be a string or a number, was a boolean (true)",
      "unknown field|\"title\": \"T\"|titel|unknown field; the schema has [title, command, machine, date, columns, rows,"
          + " notes]",
  })
  void aMalformedFileIsRejectedNamingTheFileTheFieldAndTheReason(String name, String original, String field,
      String reason) throws IOException {
    String replacement = switch (name) {
      case "missing title" -> "";
      case "numeric command" -> "\"command\": 7";
      case "blank machine" -> "\"machine\": \"  \"";
      case "bad date" -> "\"date\": \"27/11/2026\"";
      case "empty columns" -> "\"columns\": []";
      case "short row" -> "[2.50]";
      case "boolean cell" -> "[1, true]";
      case "unknown field" -> "\"titel\": \"T\"";
      default -> throw new IllegalArgumentException(name);
    };
    assertThat(VALID).contains(original);
    Path file = write("bad.table.json", VALID.replace(original, replacement));

    assertThatThrownBy(() -> ExternalTables.readFolder(dir))
        .isInstanceOfSatisfying(InvalidTableFileException.class, e -> {
          assertThat(e.file()).isEqualTo(file);
          assertThat(e.field()).isEqualTo(field);
        })
        .hasMessageStartingWith(file + ": field '" + field + "': " + reason);
  }

  @Test
  void aFileThatIsNotJsonIsRejectedNamingTheFile() throws IOException {
    Path file = write("x.table.json", "{\"title\": ");

    assertThatThrownBy(() -> ExternalTables.read(file)).isInstanceOf(InvalidTableFileException.class)
        .hasMessageStartingWith(file + ": field '(file)': not JSON");
  }

  @Test
  void aDateTimeWithOffsetIsAccepted() throws IOException {
    Path file = write("x.table.json", VALID.replace("\"2026-11-27\"", "\"2026-11-27T09:00:00+01:00\""));

    assertThat(ExternalTables.read(file).date()).isEqualTo("2026-11-27T09:00:00+01:00");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
