package dev.podium.sim.network;

import java.util.Arrays;

/**
 * An indexed binary min-heap of resources keyed by their fair share (remaining capacity over
 * consumers still growing). Keys may move either way; arrays grow only when a problem outgrows them.
 */
final class ShareHeap {

  private int[] heap = new int[0];
  private int[] position = new int[0];
  private double[] key = new double[0];
  private int size;

  /** Empties the heap for resources {@code 0 .. resources-1}. */
  void reset(int resources) {
    if (position.length < resources) {
      heap = new int[resources];
      position = new int[resources];
      key = new double[resources];
    }
    Arrays.fill(position, 0, resources, -1);
    size = 0;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** The resource with the smallest key. */
  int peek() {
    return heap[0];
  }

  /** The key of {@code resource}, which must be in the heap. */
  double key(int resource) {
    return key[resource];
  }

  /** Inserts {@code resource}, or moves it when it is already in the heap. */
  void set(int resource, double value) {
    int at = position[resource];
    key[resource] = value;
    if (at < 0) {
      heap[size] = resource;
      position[resource] = size;
      up(size++);
    } else {
      up(at);
      down(position[resource]);
    }
  }

  /** Removes {@code resource} when it is in the heap. */
  void remove(int resource) {
    int at = position[resource];
    if (at < 0) {
      return;
    }
    position[resource] = -1;
    int last = heap[--size];
    if (at < size) {
      heap[at] = last;
      position[last] = at;
      up(at);
      down(position[last]);
    }
  }

  private void up(int at) {
    int r = heap[at];
    while (at > 0) {
      int parent = (at - 1) >>> 1;
      int p = heap[parent];
      if (!less(r, p)) {
        break;
      }
      heap[at] = p;
      position[p] = at;
      at = parent;
    }
    heap[at] = r;
    position[r] = at;
  }

  private void down(int at) {
    int r = heap[at];
    while (true) {
      int child = 2 * at + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && less(heap[child + 1], heap[child])) {
        child++;
      }
      int c = heap[child];
      if (!less(c, r)) {
        break;
      }
      heap[at] = c;
      position[c] = at;
      at = child;
    }
    heap[at] = r;
    position[r] = at;
  }

  /** Smaller key first, then smaller resource index, so ties break deterministically. */
  private boolean less(int a, int b) {
    return key[a] < key[b] || (key[a] == key[b] && a < b);
  }
}
