package dev.storagelab.lesson;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Two pieces of a step's engine work that do not depend on each other, done at once: container
 * starts take the engine half a second, mostly waiting on the kernel, so they overlap. The step
 * reads the evidence once both are done.
 */
public final class Meanwhile {

  private Meanwhile() {}

  /**
   * Runs {@code first} on this thread while {@code second} runs on a daemon thread, and gives both
   * results once both are done; what either threw is thrown as it was. When {@code first} fails,
   * {@code second} is still waited for, so that no engine work goes on behind the failure.
   */
  public static <A, B> Both<A, B> both(String name, Supplier<A> first, Supplier<B> second) {
    CompletableFuture<B> other = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                other.complete(second.get());
              } catch (RuntimeException | Error e) {
                other.completeExceptionally(e);
              }
            },
            "storage-lab-" + name);
    thread.setDaemon(true);
    thread.start();
    A a;
    try {
      a = first.get();
    } catch (RuntimeException | Error e) {
      try {
        join(other);
      } catch (RuntimeException | Error suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    return new Both<>(a, join(other));
  }

  private static <T> T join(CompletableFuture<T> work) {
    try {
      return work.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /**
   * The results of two pieces of work done at once.
   *
   * @param first the result of the work on the calling thread
   * @param second the result of the other
   */
  public record Both<A, B>(A first, B second) {}
}
