package dev.podium.benchmarks.report;

import java.util.List;

/**
 * A result table measured outside this generator (e.g. a load test of the Kubernetes scheduler
 * extender), read from a {@code *.table.json} file and rendered as its own section. The schema is
 * documented in {@code PERFORMANCE.template.md} and checked by {@link ExternalTables}.
 *
 * @param source the file's name, e.g. {@code k8s-extender.table.json}
 * @param title the section heading
 * @param command the command that produced the numbers
 * @param machine the machine they were measured on
 * @param date when, as an ISO-8601 date or date-time
 * @param columns column headings
 * @param rows cells, each a {@link String} or a {@link java.math.BigDecimal} / {@link java.math.BigInteger}
 *     number; every row has one cell per column
 * @param notes free text shown under the table, or null
 */
public record ExternalTable(String source, String title, String command, String machine, String date,
    List<String> columns, List<List<Object>> rows, String notes) {}
