package dev.podium.slurm;

import java.util.ArrayList;
import java.util.List;

/** Integers as ranges in their order: {@code [0,1,2,3,6]} is {@code 0-3,6}, {@code [7,6]} is {@code 7,6}. */
final class IntRanges {

  private IntRanges() {}

  static String format(List<Integer> values) {
    List<String> ranges = new ArrayList<>();
    int i = 0;
    while (i < values.size()) {
      int j = i;
      while (j + 1 < values.size() && values.get(j + 1) == values.get(j) + 1) {
        j++;
      }
      ranges.add(i == j ? values.get(i).toString() : values.get(i) + "-" + values.get(j));
      i = j + 1;
    }
    return String.join(",", ranges);
  }
}
