package dev.podium.core.cost;

/** Receives the point-to-point transfers a collective turns into. */
@FunctionalInterface
public interface TransferVisitor {

  /**
   * One transfer of one call.
   *
   * @param from sending accelerator
   * @param to receiving accelerator
   * @param level their lowest common level
   * @param bytesPerCall bytes sent per call of the collective
   */
  void transfer(int from, int to, int level, double bytesPerCall);
}
