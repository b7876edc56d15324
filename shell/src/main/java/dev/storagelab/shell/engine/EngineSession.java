package dev.storagelab.shell.engine;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineConnector;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

/**
 * The shell's connection to the engine, opened on first use so that commands that need no engine
 * start without one, and retried after a failure so that starting the daemon mid-session just
 * works.
 */
@Component
public class EngineSession {

  private Engine engine;

  /** The connected engine. */
  public synchronized Engine engine() {
    if (engine == null) {
      engine = EngineConnector.connect();
    }
    return engine;
  }

  @PreDestroy
  synchronized void close() {
    if (engine != null) {
      engine.close();
    }
  }
}
