package org.zhnorm.text;

/**
 * A per-document time budget for the costly stages. A stage starts one around the work on one
 * document ({@code try (Budget b = Budget.start(millis)) { ... }}); the libraries call the static
 * {@link #check()} between bounded windows of work (a rule, a paragraph, a sentence), which throws
 * {@link Exceeded} once the deadline has passed. The budget of the running document is kept per
 * thread, so libraries need no extra parameter, and {@link #check()} outside any budget does nothing.
 *
 * <p>A check never interrupts a window already running: the windows themselves must be bounded (the
 * document size cap bounds them too). Plain Java, no Beam.
 */
public final class Budget implements AutoCloseable {
  private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();

  private final long millis;
  private final long deadline;
  private final Budget previous;

  private Budget(long millis, Budget previous) {
    this.millis = millis;
    long now = System.nanoTime();
    long nanos = millis > Long.MAX_VALUE / 1_000_000 ? Long.MAX_VALUE / 2 : millis * 1_000_000;
    this.deadline = now + nanos;
    this.previous = previous;
  }

  /**
   * Starts a budget of {@code millis} for the current thread, replacing the current one until closed.
   * {@code millis = 0} is spent at once (the first check throws).
   *
   * @throws IllegalArgumentException when {@code millis} is negative
   */
  public static Budget start(long millis) {
    if (millis < 0) {
      throw new IllegalArgumentException("a time budget cannot be negative: " + millis + " ms");
    }
    Budget b = new Budget(millis, CURRENT.get());
    CURRENT.set(b);
    return b;
  }

  /** Throws {@link Exceeded} when the current thread's budget is spent; does nothing without one. */
  public static void check() {
    Budget b = CURRENT.get();
    if (b != null && System.nanoTime() - b.deadline >= 0) {
      throw new Exceeded(b.millis);
    }
  }

  /** The budget given to {@link #start}, in milliseconds. */
  public long millis() {
    return millis;
  }

  /** Ends this budget; the one active before it (if any) applies again. */
  @Override
  public void close() {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }

  /** The document took longer than its budget; the stage dead-letters it as {@code timeout}. */
  public static final class Exceeded extends RuntimeException {
    private final long millis;

    public Exceeded(long millis) {
      super("the document took longer than its time budget of " + millis + " ms");
      this.millis = millis;
    }

    public long millis() {
      return millis;
    }
  }
}
