package dev.storagelab.shell.engine;

import dev.storagelab.docker.engine.EndpointResolver;
import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineConnector;
import dev.storagelab.docker.engine.EngineUnavailableException;
import java.util.Optional;

/**
 * The shell's connection to the engine, opened on first use so that commands that need no engine
 * start without one, and retried after a failure so that starting the daemon mid-session just
 * works.
 */
public class EngineSession implements AutoCloseable {

  private final Object connecting = new Object();
  private volatile Engine engine;

  /** The connected engine. */
  public Engine engine() {
    synchronized (connecting) {
      if (engine == null) {
        engine = EngineConnector.connect();
      }
      return engine;
    }
  }

  /**
   * The engine when one answers; empty when none does, for work that can do without one (a run
   * line's plan, a cluster that is not storage-lab's).
   */
  public Optional<Engine> ifAnswering() {
    try {
      return Optional.of(engine());
    } catch (EngineUnavailableException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether the engine the docker CLI would use runs on this machine, decided without connecting:
   * an endpoint that cannot be resolved (a missing context, say) counts as not here, so that a pure
   * parse never fails for an engine it does not need.
   */
  public boolean engineIsOnThisMachine() {
    try {
      return EndpointResolver.fromEnvironment().resolve().isLocal();
    } catch (EngineUnavailableException e) {
      return false;
    }
  }

  /**
   * Closes the connection at exit. It takes no lock a stuck request could hold, and closing itself
   * is bounded, so that Ctrl-C and SIGTERM end storage-lab at once whatever the engine does.
   */
  @Override
  public void close() {
    Engine connected = engine;
    if (connected != null) {
      connected.close();
    }
  }
}
