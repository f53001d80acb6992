package dev.podium.topology.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Slurm hostlist expressions: {@code node[0001-0016,0020],login1}. A name is a prefix and a trailing
 * decimal number; in a range {@code lo-hi} every number is printed with at least as many digits as
 * {@code lo} has (Slurm's rule), so {@code node[08-10]} is node08, node09, node10 and {@code node[8-10]}
 * is node8, node9, node10. Names without a trailing number, or made only of digits, are written as they
 * are.
 */
public final class Hostlist {

  private static final int MAX_DIGITS = 18;

  private Hostlist() {}

  /**
   * The shortest expression of this kind for {@code names}, keeping their order: runs of consecutive
   * numbers with the same prefix and width become ranges, and neighbouring runs with the same prefix
   * share one bracket. {@link #expand} gives {@code names} back.
   *
   * @throws IllegalArgumentException when a name is blank or holds a comma, bracket or whitespace
   */
  public static String compress(List<String> names) {
    List<Run> runs = new ArrayList<>();
    Run current = null;
    for (String name : names) {
      checkName(name);
      Run next = Run.of(name);
      if (current != null && current.continuedBy(next)) {
        current.hi++;
      } else {
        current = next;
        runs.add(current);
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < runs.size(); ) {
      Run run = runs.get(i);
      int j = i + 1;
      while (run.prefix != null && j < runs.size() && run.prefix.equals(runs.get(j).prefix)) {
        j++;
      }
      if (out.length() > 0) {
        out.append(',');
      }
      if (run.prefix == null || (j == i + 1 && run.lo == run.hi)) {
        out.append(run.literal());
      } else {
        out.append(run.prefix).append('[');
        for (int k = i; k < j; k++) {
          if (k > i) {
            out.append(',');
          }
          runs.get(k).appendRange(out);
        }
        out.append(']');
      }
      i = j;
    }
    return out.toString();
  }

  /**
   * The names of a hostlist expression, in order.
   *
   * @throws IllegalArgumentException when the expression is malformed (unbalanced brackets, a range
   *     whose end is below its start, text after a bracket)
   */
  public static List<String> expand(String expression) {
    List<String> names = new ArrayList<>();
    if (expression.isEmpty()) {
      return names;
    }
    for (String item : splitTopLevel(expression)) {
      int open = item.indexOf('[');
      if (open < 0) {
        checkName(item);
        names.add(item);
        continue;
      }
      if (!item.endsWith("]") || item.indexOf(']') != item.length() - 1 || item.indexOf('[', open + 1) >= 0) {
        throw new IllegalArgumentException("hostlist item '" + item + "': expected prefix[ranges]");
      }
      String prefix = item.substring(0, open);
      for (String range : item.substring(open + 1, item.length() - 1).split(",", -1)) {
        expandRange(item, prefix, range, names);
      }
    }
    return names;
  }

  private static void expandRange(String item, String prefix, String range, List<String> names) {
    int dash = range.indexOf('-');
    String lo = dash < 0 ? range : range.substring(0, dash);
    String hi = dash < 0 ? range : range.substring(dash + 1);
    if (!isNumber(lo) || !isNumber(hi)) {
      throw new IllegalArgumentException("hostlist item '" + item + "': '" + range + "' is not a number or range");
    }
    long from = Long.parseLong(lo);
    long to = Long.parseLong(hi);
    if (to < from) {
      throw new IllegalArgumentException("hostlist item '" + item + "': range " + range + " ends below its start");
    }
    for (long n = from; n <= to; n++) {
      names.add(prefix + pad(n, lo.length()));
    }
  }

  private static List<String> splitTopLevel(String expression) {
    List<String> items = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == ',' && depth == 0) {
        items.add(expression.substring(start, i));
        start = i + 1;
      }
      if (depth < 0 || depth > 1) {
        throw new IllegalArgumentException("hostlist '" + expression + "': unbalanced or nested brackets");
      }
    }
    if (depth != 0) {
      throw new IllegalArgumentException("hostlist '" + expression + "': unbalanced brackets");
    }
    items.add(expression.substring(start));
    return items;
  }

  private static void checkName(String name) {
    if (name.isEmpty() || name.chars().anyMatch(c -> c == ',' || c == '[' || c == ']' || Character.isWhitespace(c))) {
      throw new IllegalArgumentException("'" + name + "' cannot be a host name in a hostlist");
    }
  }

  private static boolean isNumber(String digits) {
    return !digits.isEmpty() && digits.length() <= MAX_DIGITS && digits.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static String pad(long n, int width) {
    String digits = Long.toString(n);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  /** A run of names {@code prefix + pad(lo..hi, width)}, or one literal name when prefix is null. */
  private static final class Run {
    private final String prefix;
    private final String text;
    private final int width;
    private final long lo;
    private long hi;

    private Run(String prefix, String text, int width, long lo) {
      this.prefix = prefix;
      this.text = text;
      this.width = width;
      this.lo = lo;
      this.hi = lo;
    }

    static Run of(String name) {
      int split = name.length();
      while (split > 0 && name.charAt(split - 1) >= '0' && name.charAt(split - 1) <= '9') {
        split--;
      }
      String digits = name.substring(split);
      if (split == 0 || !isNumber(digits)) {
        return new Run(null, name, 0, 0);
      }
      return new Run(name.substring(0, split), digits, digits.length(), Long.parseLong(digits));
    }

    /** Whether {@code next} is the name after this run's last. */
    boolean continuedBy(Run next) {
      return prefix != null && next.prefix != null && prefix.equals(next.prefix) && next.lo == hi + 1
          && next.text.equals(pad(next.lo, width));
    }

    String literal() {
      return prefix == null ? text : prefix + text;
    }

    void appendRange(StringBuilder out) {
      out.append(text);
      if (hi != lo) {
        out.append('-').append(pad(hi, width));
      }
    }
  }
}
