package dev.storagelab.docker.lesson.storage;

import dev.storagelab.docker.lesson.Lesson;
import java.util.List;

/** Lesson 1, "Docker storage, behind the scenes": steps 0 to 13 of the course. */
public final class DockerStorageLesson {

  /** The lesson's ID, in commands and labels. */
  public static final String ID = "docker-storage";

  private DockerStorageLesson() {}

  /** The lesson. */
  public static Lesson create() {
    return new Lesson(
        ID,
        "Docker storage, behind the scenes",
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
            new WrapUp()));
  }
}
