package dev.podium.storage.tier;

/** Which way bytes move through a tier. */
public enum Direction {
  READ,
  WRITE
}
