package dev.storagelab.docker.lesson.storage;

import dev.storagelab.lesson.Lesson;
import dev.storagelab.lesson.LessonRun;
import java.util.List;

/** Lesson 1, "Docker storage, behind the scenes": steps 0 to 13 of the course. */
public final class DockerStorageLesson {

  /** The lesson's ID, in commands and labels. */
  public static final String ID = "docker-storage";

  private DockerStorageLesson() {}

  /**
   * The lesson's container, with the volume at {@code /app} and the lab folder bound at {@code
   * /srv/site}, made if it does not run: what lesson 2 carries over to Kubernetes.
   *
   * @param run a run of this lesson
   * @return the container's name
   */
  public static String lessonContainer(LessonRun run) {
    return LabContainers.running(run, LabContainers.WEB).isPresent()
        ? run.name(dev.storagelab.docker.engine.EngineObject.Kind.CONTAINER, LabContainers.WEB)
        : BindMounts.startWeb(run);
  }

  /**
   * The lesson's container with the volume and the bind mount, when it runs: nothing is made.
   *
   * @param run a run of this lesson
   * @return the container's name, or empty when it does not run
   */
  public static java.util.Optional<String> runningLessonContainer(LessonRun run) {
    return LabContainers.running(run, LabContainers.WEB).map(c -> c.name());
  }

  /**
   * The names this run gives the lesson's container and its named volume: the course's, or the
   * renamed ones where something that is not storage-lab's has them. Nothing is made.
   *
   * @param run a run of this lesson
   * @return the container's name, then the volume's
   */
  public static List<String> lessonNames(LessonRun run) {
    return List.of(
        run.name(dev.storagelab.docker.engine.EngineObject.Kind.CONTAINER, LabContainers.WEB),
        run.name(dev.storagelab.docker.engine.EngineObject.Kind.VOLUME, LabContainers.VOLUME));
  }

  /** The lesson. */
  public static Lesson create() {
    return new Lesson(
        ID,
        "Docker storage, behind the scenes",
        "docker CLI",
        List.of(
            new ReachEngine(),
            new BuildImage(),
            new ImageLayers(),
            new BuildCache(),
            new ReadOnlyLayers(),
            new WritableLayer(),
            new StorageDrivers(),
            new DataDies(),
            new NamedVolume(),
            new MountVolume(),
            new VolumeOutlives(),
            new BindMounts(),
            new MountSyntaxes(),
            new WrapUp()),
        List.of(
            LabContainers.APP,
            LabContainers.FRESH,
            LabContainers.WITH_VOLUME,
            LabContainers.WITH_VOLUME_AGAIN,
            LabContainers.WEB,
            MountSyntaxes.WITH_V,
            MountSyntaxes.WITH_MOUNT,
            LabContainers.VOLUME,
            MountVolume.NOCOPY,
            LabApp.IMAGE,
            BuildCache.CHANGED,
            DeletedFile.IMAGE,
            LabApp.REPOSITORY + ":staging",
            LabApp.REPOSITORY + ":production"));
  }
}
