package dev.storagelab.docker.lab;

import dev.storagelab.docker.engine.EngineObject;
import java.util.List;

/**
 * The outcome of a cleanup.
 *
 * @param removed the objects removed (an image once per tag)
 * @param kept the objects left because something storage-lab did not make holds them (a learner's
 *     container made from a lab image, say): what the learner made is theirs, so this is no failure
 * @param failed the objects the engine would not remove for any other reason
 */
public record CleanupReport(List<EngineObject> removed, List<Failure> kept, List<Failure> failed) {

  public CleanupReport {
    removed = List.copyOf(removed);
    kept = List.copyOf(kept);
    failed = List.copyOf(failed);
  }

  /**
   * An object that was not removed.
   *
   * @param object the object
   * @param reason why, in the engine's words
   */
  public record Failure(EngineObject object, String reason) {}
}
