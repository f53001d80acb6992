package dev.podium.slurm;

import java.util.ArrayList;
import java.util.List;

/**
 * One generic-resource entry as Slurm prints it: {@code gpu:8}, {@code gpu:h100:8(S:0-1)}, {@code
 * gpu:h100:4(IDX:0-1,6-7)}.
 *
 * @param name resource name, e.g. {@code gpu}
 * @param type resource type, e.g. {@code h100}, or null when untyped
 * @param count how many
 * @param indices the device indices when Slurm printed them ({@code IDX:}), else empty
 */
public record Gres(String name, String type, int count, List<Integer> indices) {

  /** Copies the indices. */
  public Gres {
    indices = List.copyOf(indices);
  }

  /**
   * The entries of a GRES string such as {@code gpu:h100:4(IDX:0-3),nic:1}; empty for blank, {@code
   * (null)} or {@code N/A}.
   *
   * @throws IllegalArgumentException naming the entry that is not {@code name[:type]:count[(...)]}
   */
  public static List<Gres> parseAll(String text) {
    List<Gres> entries = new ArrayList<>();
    if (text == null || text.isBlank() || text.equals("(null)") || text.equals("N/A")) {
      return entries;
    }
    for (String item : splitOutsideParentheses(text.strip())) {
      if (!item.isEmpty()) {
        entries.add(parse(item));
      }
    }
    return entries;
  }

  /** The total count of resources named {@code name} in {@code entries}. */
  public static int total(List<Gres> entries, String name) {
    return entries.stream().filter(g -> g.name().equals(name)).mapToInt(Gres::count).sum();
  }

  private static Gres parse(String item) {
    String head = item;
    List<Integer> indices = List.of();
    int open = item.indexOf('(');
    if (open >= 0) {
      if (!item.endsWith(")")) {
        throw new IllegalArgumentException("GRES entry '" + item + "': unbalanced parenthesis");
      }
      head = item.substring(0, open);
      indices = indices(item, item.substring(open + 1, item.length() - 1));
    }
    String[] parts = head.split(":", -1);
    if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty()) {
      throw new IllegalArgumentException("GRES entry '" + item + "': expected name[:type]:count");
    }
    String type = parts.length == 3 ? parts[1] : null;
    String count = parts[parts.length - 1];
    if (!count.matches("[0-9]{1,9}")) {
      throw new IllegalArgumentException("GRES entry '" + item + "': count '" + count + "' is not a number");
    }
    return new Gres(parts[0], type, Integer.parseInt(count), indices);
  }

  /** Device indices of {@code IDX:0-1,6}; none for {@code IDX:N/A} or other annotations ({@code S:0-1}). */
  private static List<Integer> indices(String item, String annotation) {
    List<Integer> indices = new ArrayList<>();
    if (!annotation.startsWith("IDX:") || annotation.equals("IDX:N/A")) {
      return indices;
    }
    for (String range : annotation.substring(4).split(",")) {
      String[] ends = range.split("-", -1);
      try {
        int from = Integer.parseInt(ends[0]);
        int to = ends.length == 2 ? Integer.parseInt(ends[1]) : from;
        if (ends.length > 2 || to < from) {
          throw new NumberFormatException(range);
        }
        for (int i = from; i <= to; i++) {
          indices.add(i);
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("GRES entry '" + item + "': index range '" + range + "' is malformed", e);
      }
    }
    return indices;
  }

  private static List<String> splitOutsideParentheses(String text) {
    List<String> items = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        items.add(text.substring(start, i).strip());
        start = i + 1;
      }
    }
    items.add(text.substring(start).strip());
    return items;
  }
}
