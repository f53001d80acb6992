package dev.podium.topology.imports;

import java.util.Comparator;

/**
 * Orders switch labels as people read them: runs of ASCII digits compare by value ({@code P8 <
 * P10 < P12}, {@code S2 < S14}), everything else by character; labels equal by that rule ({@code P8},
 * {@code P08}) fall back to plain string order, so the order is total.
 */
final class NaturalOrder implements Comparator<String> {

  static final NaturalOrder INSTANCE = new NaturalOrder();

  private NaturalOrder() {}

  @Override
  public int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      if (digit(a.charAt(i)) && digit(b.charAt(j))) {
        int startA = skipZeros(a, i);
        int startB = skipZeros(b, j);
        i = endOfDigits(a, i);
        j = endOfDigits(b, j);
        int c = Integer.compare(i - startA, j - startB);
        if (c == 0) {
          c = a.substring(startA, i).compareTo(b.substring(startB, j));
        }
        if (c != 0) {
          return c;
        }
      } else {
        if (a.charAt(i) != b.charAt(j)) {
          return Character.compare(a.charAt(i), b.charAt(j));
        }
        i++;
        j++;
      }
    }
    int c = Integer.compare(a.length() - i, b.length() - j);
    return c != 0 ? c : a.compareTo(b);
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int skipZeros(String s, int from) {
    int k = from;
    while (k + 1 < s.length() && s.charAt(k) == '0' && digit(s.charAt(k + 1))) {
      k++;
    }
    return k;
  }

  private static int endOfDigits(String s, int from) {
    int k = from;
    while (k < s.length() && digit(s.charAt(k))) {
      k++;
    }
    return k;
  }
}
