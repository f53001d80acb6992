package dev.podium.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Placeholders are filled strictly both ways. */
class TemplateTest {

  @Test
  void fillsPlaceholdersAndCollapsesTheBlankLinesEmptyValuesLeave() {
    String filled = Template.fill("# T\n\n{{a}}\n\n{{b}}\n\nend {{a}}\n", Map.of("a", "x", "b", ""));

    assertThat(filled).isEqualTo("# T\n\nx\n\nend x\n");
  }

  @Test
  void aPlaceholderWithoutAValueIsAnError() {
    assertThatThrownBy(() -> Template.fill("{{a}} {{b}}", Map.of("a", "x")))
        .hasMessage("template placeholders without a value: [b]");
  }

  @Test
  void aValueTheTemplateDoesNotPlaceIsAnError() {
    assertThatThrownBy(() -> Template.fill("{{a}}", Map.of("a", "x", "c", "y")))
        .hasMessage("generated values the template does not place: [c]");
  }

  @Test
  void valuesAreInsertedLiterally() {
    assertThat(Template.fill("{{a}}", Map.of("a", "$1 \\ {{b}}"))).isEqualTo("$1 \\ {{b}}\n");
  }

  @Test
  void theBundledTemplateDocumentsTheExternalTableSchemaAndHowLongARunTakes() {
    String template = Template.load();

    assertThat(Template.placeholders(template)).contains("header", "machine", "external-tables");
    assertThat(template).contains("\"columns\": [", "\"rows\": [[", "A full run takes about");
  }
}
