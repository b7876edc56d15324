package dev.storagelab.lesson;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineObject;
import dev.storagelab.docker.host.HostFiles;
import dev.storagelab.docker.lab.CleanupReport;
import dev.storagelab.docker.lab.CourseNames;
import dev.storagelab.docker.lab.LabCleanup;
import dev.storagelab.docker.lab.LearnerNames;
import dev.storagelab.docker.lab.Ownership;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Removes what one lesson made: its labelled objects on the engine and its lab folder. */
public final class LessonReset {

  private LessonReset() {}

  /**
   * An object the learner made by hand under one of the course's names: theirs, left alone.
   *
   * @param kind {@code container}, {@code volume} or {@code image}
   * @param name its name
   * @param remove the docker CLI command that removes it, for the learner to run
   */
  public record LeftAlone(String kind, String name, String remove) {}

  /**
   * The objects named like the learner's of the lesson that storage-lab did not make: what the
   * learner made in practice. Reset leaves them; this says which they are.
   */
  public static List<LeftAlone> learnersObjects(Engine engine, Lesson lesson, LearnerNames names) {
    List<LeftAlone> found = new ArrayList<>();
    for (String name : lesson.learnerObjects().stream().map(names::any).toList()) {
      if (name.contains(":")) {
        engine
            .findImage(name)
            .filter(i -> !Ownership.madeByStorageLab(EngineObject.Kind.IMAGE, name, i.labels()))
            .ifPresent(i -> found.add(new LeftAlone("image", name, "docker rmi " + name)));
        continue;
      }
      engine
          .inspectContainer(name)
          .filter(c -> !Ownership.madeByStorageLab(EngineObject.Kind.CONTAINER, name, c.labels()))
          .ifPresent(c -> found.add(new LeftAlone("container", name, "docker rm -f " + name)));
      engine
          .inspectVolume(name)
          .filter(v -> !Ownership.madeByStorageLab(EngineObject.Kind.VOLUME, name, v.labels()))
          .ifPresent(v -> found.add(new LeftAlone("volume", name, "docker volume rm " + name)));
    }
    return found;
  }

  /**
   * Resets a learner's lesson: their objects of it, nobody else's.
   *
   * @param lesson the lesson's ID, as in its objects' labels
   * @param labDir the lesson's folder on the host
   * @param names the learner, and whether they hold the course's names
   * @return what was removed from the engine
   */
  public static CleanupReport reset(Engine engine, String lesson, Path labDir, LearnerNames names) {
    LabCleanup cleanup = new LabCleanup(engine);
    CleanupReport report = cleanup.remove(cleanup.ownedBy(names, lesson));
    LessonRun run =
        new LessonRun(
                engine, new Ownership(lesson, "reset", names.learner().name()), labDir, line -> {})
            .withNames(names);
    HostFiles.deleteHere(labDir);
    // The bind sources: the lab folder itself where the engine shares this machine's files
    // (what containers wrote as root is removed through a helper), else on the engine's host.
    run.host().delete(run.hostLabDir().toString());
    CourseNames.release(engine, names.learner());
    return report;
  }
}
