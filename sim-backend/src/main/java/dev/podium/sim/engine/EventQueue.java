package dev.podium.sim.engine;

import java.util.Arrays;

/**
 * A binary min-heap of events keyed by (time, sequence): events at the same time leave in the
 * order they were added, so a run is deterministic. An event is a kind, a subject (e.g. a job or an
 * accelerator index) and a version the caller uses to discard stale events. Storage grows by
 * doubling; {@link #push} and {@link #pop} allocate nothing otherwise. Not thread-safe.
 */
public final class EventQueue {

  private double[] times = new double[64];
  private long[] sequences = new long[64];
  private int[] kinds = new int[64];
  private int[] subjects = new int[64];
  private int[] versions = new int[64];
  private int size;
  private long nextSequence;

  private double time;
  private int kind;
  private int subject;
  private int version;

  /** Adds an event; {@code at} must be finite. */
  public void push(double at, int eventKind, int eventSubject, int eventVersion) {
    if (Double.isNaN(at) || Double.isInfinite(at)) {
      throw new IllegalArgumentException("event time must be finite, was " + at);
    }
    if (size == times.length) {
      grow();
    }
    int i = size++;
    long sequence = nextSequence++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!before(at, sequence, parent)) {
        break;
      }
      move(parent, i);
      i = parent;
    }
    set(i, at, sequence, eventKind, eventSubject, eventVersion);
  }

  /** Removes the earliest event; read it with {@link #time()}, {@link #kind()}, {@link #subject()}, {@link #version()}. */
  public void pop() {
    if (size == 0) {
      throw new IllegalStateException("the event queue is empty");
    }
    time = times[0];
    kind = kinds[0];
    subject = subjects[0];
    version = versions[0];
    size--;
    if (size == 0) {
      return;
    }
    double lastTime = times[size];
    long lastSequence = sequences[size];
    int lastKind = kinds[size];
    int lastSubject = subjects[size];
    int lastVersion = versions[size];
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && earlier(child + 1, child)) {
        child++;
      }
      if (!before(times[child], sequences[child], lastTime, lastSequence)) {
        break;
      }
      move(child, i);
      i = child;
    }
    set(i, lastTime, lastSequence, lastKind, lastSubject, lastVersion);
  }

  /** Time of the earliest pending event; the queue must not be empty. */
  public double peekTime() {
    if (size == 0) {
      throw new IllegalStateException("the event queue is empty");
    }
    return times[0];
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public int size() {
    return size;
  }

  /** Time of the last popped event. */
  public double time() {
    return time;
  }

  /** Kind of the last popped event. */
  public int kind() {
    return kind;
  }

  /** Subject of the last popped event. */
  public int subject() {
    return subject;
  }

  /** Version of the last popped event. */
  public int version() {
    return version;
  }

  private boolean before(double at, long sequence, int slot) {
    return before(at, sequence, times[slot], sequences[slot]);
  }

  private static boolean before(double t1, long s1, double t2, long s2) {
    return t1 < t2 || (t1 == t2 && s1 < s2);
  }

  private boolean earlier(int a, int b) {
    return before(times[a], sequences[a], times[b], sequences[b]);
  }

  private void move(int from, int to) {
    times[to] = times[from];
    sequences[to] = sequences[from];
    kinds[to] = kinds[from];
    subjects[to] = subjects[from];
    versions[to] = versions[from];
  }

  private void set(int i, double at, long sequence, int eventKind, int eventSubject, int eventVersion) {
    times[i] = at;
    sequences[i] = sequence;
    kinds[i] = eventKind;
    subjects[i] = eventSubject;
    versions[i] = eventVersion;
  }

  private void grow() {
    int capacity = times.length * 2;
    times = Arrays.copyOf(times, capacity);
    sequences = Arrays.copyOf(sequences, capacity);
    kinds = Arrays.copyOf(kinds, capacity);
    subjects = Arrays.copyOf(subjects, capacity);
    versions = Arrays.copyOf(versions, capacity);
  }
}
