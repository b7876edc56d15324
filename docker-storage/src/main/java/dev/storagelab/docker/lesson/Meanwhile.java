package dev.storagelab.docker.lesson;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Engine work a step starts on its own thread while it goes on with other work that does not depend
 * on it: container starts take the engine half a second, mostly waiting on the kernel, so two
 * independent ones overlap well. The step joins it before it reads the evidence.
 *
 * @param <T> what the work gives
 */
public final class Meanwhile<T> {

  private final CompletableFuture<T> work;

  private Meanwhile(CompletableFuture<T> work) {
    this.work = work;
  }

  private static <T> Meanwhile<T> start(String name, Supplier<T> work) {
    CompletableFuture<T> future = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                future.complete(work.get());
              } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
              }
            },
            "storage-lab-" + name);
    thread.setDaemon(true);
    thread.start();
    return new Meanwhile<>(future);
  }

  /** Waits for the work and gives its result; what it threw is thrown here, as it was. */
  private T join() {
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
   * Runs {@code first} on this thread while {@code second} runs on another, and gives both results
   * once both are done. When {@code first} fails, {@code second} is still waited for, so that no
   * engine work goes on behind the failure.
   */
  public static <A, B> Both<A, B> both(String name, Supplier<A> first, Supplier<B> second) {
    Meanwhile<B> other = start(name, second);
    A a;
    try {
      a = first.get();
    } catch (RuntimeException | Error e) {
      try {
        other.join();
      } catch (RuntimeException | Error suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    return new Both<>(a, other.join());
  }

  /**
   * The results of two pieces of work done at once.
   *
   * @param first the result of the work on the calling thread
   * @param second the result of the other
   */
  public record Both<A, B>(A first, B second) {}
}
