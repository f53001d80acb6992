package dev.podium.sim.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MaxMinFairShareTest {

  private final MaxMinFairShare solver = new MaxMinFairShare();

  @Test
  void twoConsumersOnOneLinkShareItEqually() {
    double[] rates = solve(new int[][] {{0}, {0}}, new double[][] {{1}, {1}}, new double[] {10}, null, null);
    assertThat(rates).containsExactly(5, 5);
  }

  @Test
  void aConsumerBottleneckedElsewhereLeavesTheRestToOthers() {
    // consumer 0 uses links 0 and 1; consumer 1 uses link 0 only; link 1 is narrow
    double[] rates = solve(new int[][] {{0, 1}, {0}}, new double[][] {{1, 1}, {1}}, new double[] {10, 2}, null, null);
    assertThat(rates[0]).isCloseTo(2, within(1e-9));
    assertThat(rates[1]).isCloseTo(8, within(1e-9));
  }

  @Test
  void weightsAndCapsShapeTheShares() {
    double[] weighted = solve(new int[][] {{0}, {0}}, new double[][] {{1}, {1}}, new double[] {12},
        null, new double[] {2, 1});
    assertThat(weighted[0]).isCloseTo(8, within(1e-9));
    assertThat(weighted[1]).isCloseTo(4, within(1e-9));

    double[] capped = solve(new int[][] {{0}, {0}}, new double[][] {{1}, {1}}, new double[] {10},
        new double[] {1, Double.POSITIVE_INFINITY}, null);
    assertThat(capped[0]).isCloseTo(1, within(1e-9));
    assertThat(capped[1]).isCloseTo(9, within(1e-9));
  }

  @Test
  void demandScalesTheResourceUse() {
    // consumer 0 needs 3 units of the link per unit of rate
    double[] rates = solve(new int[][] {{0}, {0}}, new double[][] {{3}, {1}}, new double[] {8}, null, null);
    assertThat(rates[0]).isCloseTo(2, within(1e-9));
    assertThat(rates[1]).isCloseTo(2, within(1e-9));
  }

  @Test
  void aConsumerWithNoDemandAndNoCapIsUnbounded() {
    double[] rates = solve(new int[][] {{}, {0}}, new double[][] {{}, {1}}, new double[] {4}, null, null);
    assertThat(rates[0]).isInfinite();
    assertThat(rates[1]).isCloseTo(4, within(1e-9));
  }

  @Test
  void unitDemandsMatchProgressiveFillingOnRandomProblems() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(17);
    MaxMinFairShare fast = new MaxMinFairShare();
    for (int trial = 0; trial < 200; trial++) {
      int resources = 1 + random.nextInt(12);
      int consumers = 1 + random.nextInt(30);
      int[][] rows = new int[consumers][];
      double[][] ones = new double[consumers][];
      for (int c = 0; c < consumers; c++) {
        rows[c] = random.ints(random.nextInt(4), 0, resources).distinct().toArray();
        ones[c] = filled(rows[c].length, 1);
      }
      double[] capacity = random.doubles(resources, 1, 100).toArray();
      double[] expected = solve(rows, ones, capacity, null, null);
      int[] rowStart = new int[consumers + 1];
      for (int c = 0; c < consumers; c++) {
        rowStart[c + 1] = rowStart[c] + rows[c].length;
      }
      int[] resource = java.util.Arrays.stream(rows).flatMapToInt(java.util.Arrays::stream).toArray();
      double[] rates = new double[consumers];
      fast.solveUnitDemands(consumers, rowStart, resource, capacity, rates);
      for (int c = 0; c < consumers; c++) {
        if (Double.isInfinite(expected[c])) {
          assertThat(rates[c]).isInfinite();
        } else {
          assertThat(rates[c]).as("trial %d consumer %d", trial, c).isCloseTo(expected[c], within(1e-9 * expected[c] + 1e-12));
        }
      }
    }
  }

  @Test
  void unitDemandsCountARepeatedResourceTwice() {
    double[] rates = new double[2];
    solver.solveUnitDemands(2, new int[] {0, 2, 3}, new int[] {0, 0, 0}, new double[] {9}, rates);
    assertThat(rates[0]).isCloseTo(3, within(1e-12));
    assertThat(rates[1]).isCloseTo(3, within(1e-12));
  }

  private double[] solve(int[][] resources, double[][] demands, double[] capacity, double[] caps, double[] weights) {
    int n = resources.length;
    int[] rowStart = new int[n + 1];
    for (int c = 0; c < n; c++) {
      rowStart[c + 1] = rowStart[c] + resources[c].length;
    }
    int[] resource = new int[rowStart[n]];
    double[] demand = new double[rowStart[n]];
    for (int c = 0; c < n; c++) {
      System.arraycopy(resources[c], 0, resource, rowStart[c], resources[c].length);
      System.arraycopy(demands[c], 0, demand, rowStart[c], demands[c].length);
    }
    double[] cap = caps != null ? caps : filled(n, Double.POSITIVE_INFINITY);
    double[] weight = weights != null ? weights : filled(n, 1);
    double[] rates = new double[n];
    solver.solve(n, rowStart, resource, demand, capacity, cap, weight, rates);
    return rates;
  }

  private static double[] filled(int n, double value) {
    double[] a = new double[n];
    java.util.Arrays.fill(a, value);
    return a;
  }
}
