package dev.storagelab.docker.lesson;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.lab.CleanupReport;
import dev.storagelab.docker.lab.LabCleanup;
import dev.storagelab.docker.lab.Ownership;
import java.nio.file.Path;

/** Removes what one lesson made: its labelled objects on the engine and its lab folder. */
public final class LessonReset {

  private LessonReset() {}

  /**
   * Resets a lesson.
   *
   * @param lesson the lesson's ID, as in its objects' labels
   * @param labDir the lesson's folder on the host
   * @return what was removed from the engine
   */
  public static CleanupReport reset(Engine engine, String lesson, Path labDir) {
    LabCleanup cleanup = new LabCleanup(engine);
    CleanupReport report = cleanup.remove(cleanup.ownedBy(lesson));
    LessonRun run = new LessonRun(engine, new Ownership(lesson, "reset"), labDir, line -> {});
    HostFiles.deleteHere(labDir);
    // The bind sources: the lab folder itself where the engine shares this machine's files
    // (what containers wrote as root is removed through a helper), else on the engine's host.
    run.host().delete(run.hostLabDir().toString());
    return report;
  }
}
