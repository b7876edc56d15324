package dev.storagelab.docker.lesson;

import dev.storagelab.docker.engine.ContainerSpec;
import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.image.BaseImageResolver;
import dev.storagelab.docker.lab.CleanupReport;
import dev.storagelab.docker.lab.LabCleanup;
import dev.storagelab.docker.lab.Ownership;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

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
    deleteLabDir(engine, labDir);
    deleteRemoteLabDir(engine, lesson, labDir);
    return report;
  }

  /**
   * On an engine that does not share this machine's files, bind sources were made in {@link
   * LessonRun#REMOTE_LABS} of the engine's host: removed through a helper there, when it exists.
   */
  private static void deleteRemoteLabDir(Engine engine, String lesson, Path labDir) {
    LessonRun run = new LessonRun(engine, new Ownership(lesson, "reset"), labDir, line -> {});
    if (!run.host().sameHost()) {
      String dir = LessonRun.REMOTE_LABS.resolve(lesson).toString();
      if (run.host().exists(dir)) {
        run.host().delete(dir);
      }
    }
  }

  /**
   * Deletes the lab folder. Containers write into bind mounts as their own user (often root), so
   * what this user cannot delete is deleted by a short-lived container that mounts the folder.
   */
  private static void deleteLabDir(Engine engine, Path labDir) {
    if (!Files.exists(labDir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(labDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Whatever is left is deleted through the engine below.
    }
    if (Files.exists(labDir) && engine.endpoint().isLocal()) {
      String image = BaseImageResolver.standard(engine).resolve(line -> {}).reference();
      engine.run(
          ContainerSpec.of(null, image)
              .withVolumeFlag(labDir.getParent() + ":/labs")
              .withLabels(Map.of(Ownership.MANAGED, "true", Ownership.KIND, "container"))
              .withCommand("rm", "-rf", "/labs/" + labDir.getFileName()));
    }
  }
}
