package dev.storagelab.docker.lesson.storage;

import dev.storagelab.docker.engine.ContainerInspect;
import dev.storagelab.docker.engine.ContainerSpec;
import dev.storagelab.docker.engine.EngineException;
import dev.storagelab.docker.engine.EngineObject;
import dev.storagelab.docker.engine.ExecResult;
import dev.storagelab.docker.lab.Ownership;
import dev.storagelab.docker.mounts.VolumeMount;
import dev.storagelab.lesson.LessonException;
import dev.storagelab.lesson.LessonRun;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The lesson's containers and volume: made when a step needs them, replaced when stale. */
final class LabContainers {

  /** The app container of steps 4 to 7. */
  static final String APP = "storage-lab-todo";

  /** The container step 7 starts after removing the first. */
  static final String FRESH = "storage-lab-todo-fresh";

  /** The app with the volume, steps 9 and 10. */
  static final String WITH_VOLUME = "storage-lab-todo-vol";

  /** The brand-new container of step 10. */
  static final String WITH_VOLUME_AGAIN = "storage-lab-todo-vol-2";

  /** The lesson's container: the volume and a bind mount, steps 11 and 13. */
  static final String WEB = "storage-lab-todo-web";

  /** The volume of the course. */
  static final String VOLUME = "data-volume";

  /** The container path the volume is mounted at. */
  static final String APP_DIR = "/app";

  private LabContainers() {}

  /**
   * A new running container of the lesson image under the run's name for {@code wanted}; an earlier
   * one of this lesson by that name is replaced.
   *
   * @return the name used
   */
  static String start(LessonRun run, String wanted, UnaryOperator<ContainerSpec> customize) {
    String name = run.name(EngineObject.Kind.CONTAINER, wanted);
    remove(run, name);
    ContainerSpec spec =
        customize.apply(
            ContainerSpec.of(name, imageReference(run))
                .withLabels(run.labels(EngineObject.Kind.CONTAINER)));
    String id = run.engine().createContainer(spec);
    run.engine().startContainer(id);
    return name;
  }

  /**
   * A new running app container, as {@link #start}, that a learner can open in a browser: its port
   * is published on 127.0.0.1, and the URL is noted. An engine without container networking (no
   * default bridge, no iptables) refuses that; the app then runs without a network, and the lesson
   * talks to it from inside.
   *
   * @return the name used
   */
  static String startApp(LessonRun run, String wanted, UnaryOperator<ContainerSpec> customize) {
    String name;
    try {
      name = start(run, wanted, spec -> customize.apply(spec).publishing(TodoApp.PORT));
    } catch (EngineException e) {
      remove(run, run.name(EngineObject.Kind.CONTAINER, wanted));
      run.note(
          "This engine could not publish the app's port ("
              + e.getMessage()
              + "): the app runs without a network, and the lesson uses it from inside the"
              + " container.");
      return start(run, wanted, customize);
    }
    boolean here = run.engine().endpoint().isLocal();
    run.engine()
        .inspectContainer(name)
        .flatMap(TodoApp::url)
        .ifPresent(
            url ->
                run.note(
                    "The to-do app in "
                        + name
                        + (here
                            ? " is at " + url + " : open it in a browser and add an item."
                            : " is at "
                                + url
                                + " on the engine's host (an SSH tunnel reaches it).")));
    return name;
  }

  /**
   * The run's container for {@code wanted} if it runs, else a new one started as {@link #start}.
   *
   * @return the name used
   */
  static String ensureRunning(
      LessonRun run, String wanted, UnaryOperator<ContainerSpec> customize) {
    return running(run, wanted).isPresent()
        ? run.name(EngineObject.Kind.CONTAINER, wanted)
        : start(run, wanted, customize);
  }

  /** The learner's name for a container the course names {@code wanted}, for this run. */
  static String named(LessonRun run, String wanted) {
    return run.name(EngineObject.Kind.CONTAINER, wanted);
  }

  /** The lesson image by its tag (so that inspect and kubectl show a name, not an ID). */
  static String imageReference(LessonRun run) {
    LabApp.ensureImage(run);
    return LabApp.image(run);
  }

  /** The container by the run's name for {@code wanted}, if it exists and runs. */
  static Optional<ContainerInspect> running(LessonRun run, String wanted) {
    String name = run.name(EngineObject.Kind.CONTAINER, wanted);
    return run.engine().inspectContainer(name).filter(ContainerInspect::running);
  }

  /**
   * Removes this lesson's containers that mount a volume: what an earlier, interrupted run of a
   * step left holding it. Nobody else's container is touched.
   */
  static void removeUsersOf(LessonRun run, String volume) {
    for (EngineObject container :
        run.engine().listLabelled(EngineObject.Kind.CONTAINER, Ownership.LESSON)) {
      // A learner's container of the lesson's image carries the image's labels, kind=image.
      if (!run.owner().lesson().equals(container.labels().get(Ownership.LESSON))
          || !EngineObject.Kind.CONTAINER.word().equals(container.labels().get(Ownership.KIND))) {
        continue;
      }
      run.engine()
          .inspectContainer(container.id())
          .filter(
              c ->
                  c.mounts().stream()
                      .anyMatch(
                          m -> m instanceof VolumeMount v && v.name().orElse("").equals(volume)))
          .ifPresent(c -> run.engine().removeContainer(c.id()));
    }
  }

  /** Removes this lesson's container of that name, if there is one. */
  static void remove(LessonRun run, String name) {
    run.engine()
        .inspectContainer(name)
        .filter(c -> run.owner().lesson().equals(c.labels().get(Ownership.LESSON)))
        .filter(c -> Ownership.madeByStorageLab(EngineObject.Kind.CONTAINER, name, c.labels()))
        .ifPresent(c -> run.engine().removeContainer(c.id()));
  }

  /** Runs a shell command in a container; a failure to run it at all is the step's failure. */
  static ExecResult sh(LessonRun run, String container, String script) {
    return run.engine().exec(container, List.of("sh", "-c", script));
  }

  /** The run's name for the course's volume. */
  static String volume(LessonRun run) {
    return run.name(EngineObject.Kind.VOLUME, VOLUME);
  }

  /**
   * The course's volume, new and empty: this lesson's earlier one, and the containers of this
   * lesson that use it, are removed first.
   */
  static String freshVolume(LessonRun run) {
    String name = volume(run);
    if (run.engine().inspectVolume(name).isPresent()) {
      for (String container : List.of(WITH_VOLUME, WITH_VOLUME_AGAIN, WEB)) {
        remove(run, run.name(EngineObject.Kind.CONTAINER, container));
      }
      run.engine().removeVolume(name);
    }
    run.engine().createVolume(name, run.labels(EngineObject.Kind.VOLUME));
    return name;
  }

  /** The volume's data folder on the engine's host. */
  static String mountpoint(LessonRun run, String volume) {
    return run.engine()
        .inspectVolume(volume)
        .map(v -> v.mountpoint())
        .orElseThrow(() -> new LessonException("The volume " + volume + " does not exist"));
  }
}
