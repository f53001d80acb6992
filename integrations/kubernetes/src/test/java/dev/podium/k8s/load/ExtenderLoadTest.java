package dev.podium.k8s.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The load driver itself, small: 32 nodes, gangs of 2 and 8 pods. */
class ExtenderLoadTest {

  @Test
  void drivesSmallGangsAndReportsATable() throws Exception {
    List<ExtenderLoad.Row> rows = new ExtenderLoad(2, 2, 8, 16, 10, 4).run(new int[] {2, 8});
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).gangs()).isEqualTo(8);
    assertThat(rows.get(1).pods()).isEqualTo(16);
    assertThat(rows.get(1).filter()).hasSize(16);
    assertThat(rows.get(1).bind()).hasSize(16);
    assertThat(rows.get(1).plan()).hasSize(2);

    Map<String, Object> table = ExtenderLoad.table(rows, "cmd", 32);
    assertThat(table).containsKeys("title", "command", "machine", "date", "columns", "rows", "notes");
    List<?> columns = (List<?>) table.get("columns");
    assertThat((List<?>) table.get("rows")).hasSize(2).allSatisfy(row -> assertThat((List<?>) row)
        .hasSameSizeAs(columns));
    assertThat(ExtenderLoad.percentile(new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 0.99)).isEqualTo(10);
    assertThat(ExtenderLoad.percentile(new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 0.5)).isEqualTo(5);
  }
}
