package dev.storagelab.docker.lab;

import dev.storagelab.docker.engine.EngineObject;
import java.util.List;

/**
 * The outcome of a cleanup.
 *
 * @param removed the objects removed
 * @param failed the objects the engine would not remove, with its reason
 */
public record CleanupReport(List<EngineObject> removed, List<Failure> failed) {

  public CleanupReport {
    removed = List.copyOf(removed);
    failed = List.copyOf(failed);
  }

  /**
   * An object that could not be removed.
   *
   * @param object the object
   * @param reason what the engine said
   */
  public record Failure(EngineObject object, String reason) {}
}
