package dev.storagelab.docker.engine;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Bounds every call to the engine in time, on every transport. The HTTP client's own timeouts hold
 * over TCP, but a read on a Unix socket blocks for as long as a wedged daemon keeps the connection
 * open; so each call runs on a daemon thread and the caller stops waiting at the limit. A thread
 * left blocked on a wedged engine is a daemon: it never keeps storage-lab from exiting.
 */
final class Deadline {

  private static final ExecutorService CALLS =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "storage-lab-engine-call");
            thread.setDaemon(true);
            return thread;
          });

  private Deadline() {}

  /**
   * Runs a call, giving up after the limit.
   *
   * @throws EngineUnavailableException naming the limit when the engine did not answer in time
   */
  static <T> T within(Duration limit, EngineEndpoint endpoint, Callable<T> call) {
    Future<T> future = CALLS.submit(call);
    try {
      return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new EngineUnavailableException(
          EngineProblem.TIMED_OUT, e, endpoint.host(), endpoint.source(), seconds(limit));
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new EngineException("interrupted while waiting for the engine", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw EngineConnector.failed(endpoint, e.getCause());
    }
  }

  /**
   * Closes a client within the limit, or gives up on it: closing only releases pooled connections,
   * which go with the process anyway, and a wedged engine must never hold up an exit.
   */
  static void closeQuietly(Duration limit, EngineEndpoint endpoint, java.io.Closeable client) {
    try {
      within(
          limit,
          endpoint,
          () -> {
            client.close();
            return null;
          });
    } catch (RuntimeException e) {
      // Given up on, as documented: nothing is lost.
    }
  }

  private static String seconds(Duration limit) {
    return limit.toSeconds() + " s";
  }
}
