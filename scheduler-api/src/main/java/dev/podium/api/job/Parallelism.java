package dev.podium.api.job;

/**
 * The gang shape of a sharded training job. Ranks are ordered innermost-first [TP, CP, PP, DP]:
 * rank {@code r} has TP index {@code r % tp}, CP index {@code (r / tp) % cp}, PP index {@code (r /
 * (tp*cp)) % pp} and DP index {@code r / (tp*cp*pp)}. Expert parallelism does not add ranks: an EP
 * group is {@code ep} consecutive DP indices that share the other three indices, so {@code ep} must
 * divide {@code dp}.
 *
 * @param tp tensor-parallel degree, at least 1
 * @param cp context-parallel degree, at least 1
 * @param pp pipeline-parallel degree, at least 1
 * @param dp data-parallel degree, at least 1
 * @param ep expert-parallel degree, at least 1, dividing {@code dp}
 */
public record Parallelism(int tp, int cp, int pp, int dp, int ep) {

  /** Checks every degree and that the product fits an {@code int}. */
  public Parallelism {
    positive("tp", tp);
    positive("cp", cp);
    positive("pp", pp);
    positive("dp", dp);
    positive("ep", ep);
    if (dp % ep != 0) {
      throw new IllegalArgumentException("parallelism: ep=" + ep + " must divide dp=" + dp);
    }
    long size = (long) tp * cp * pp * dp;
    if (size > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("parallelism: tp*cp*pp*dp = " + size + " is too large");
    }
  }

  /** A data-parallel-only gang of {@code n} ranks. */
  public static Parallelism dataParallel(int n) {
    return new Parallelism(1, 1, 1, n, 1);
  }

  /** Gang size: {@code tp * cp * pp * dp}. */
  public int size() {
    return tp * cp * pp * dp;
  }

  /** TP index of {@code rank}. */
  public int tpIndex(int rank) {
    return rank % tp;
  }

  /** CP index of {@code rank}. */
  public int cpIndex(int rank) {
    return (rank / tp) % cp;
  }

  /** PP index (pipeline stage) of {@code rank}. */
  public int ppIndex(int rank) {
    return (rank / (tp * cp)) % pp;
  }

  /** DP index (replica) of {@code rank}. */
  public int dpIndex(int rank) {
    return rank / (tp * cp * pp);
  }

  /** The rank with these indices. */
  public int rank(int tpIndex, int cpIndex, int ppIndex, int dpIndex) {
    return ((dpIndex * pp + ppIndex) * cp + cpIndex) * tp + tpIndex;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("tp=" + tp);
    if (cp > 1) {
      text.append(",cp=").append(cp);
    }
    text.append(",pp=").append(pp).append(",dp=").append(dp);
    if (ep > 1) {
      text.append(",ep=").append(ep);
    }
    return text.toString();
  }

  private static void positive(String field, int value) {
    if (value < 1) {
      throw new IllegalArgumentException("parallelism: " + field + " must be >= 1, was " + value);
    }
  }
}
