package dev.storagelab.docker.lesson.storage;

import dev.storagelab.docker.engine.ContainerInspect;
import dev.storagelab.docker.engine.ExecResult;
import dev.storagelab.docker.engine.FileChange;
import dev.storagelab.docker.lesson.Check;
import dev.storagelab.docker.lesson.LessonException;
import dev.storagelab.docker.lesson.LessonRun;
import dev.storagelab.docker.lesson.Step;
import dev.storagelab.docker.lesson.StepReport;
import java.util.ArrayList;
import java.util.List;

/** Step 5: a write inside the container lands in its thin writable layer on the host. */
final class WritableLayer implements Step {

  static final String DEMO = "/app/test-demo";

  @Override
  public String title() {
    return "The writable container layer";
  }

  @Override
  public String explain() {
    return "Each container gets one thin writable layer on top of the image's read-only layers."
        + " Every file it creates or changes goes there (a changed file is first copied up)."
        + " docker diff lists what the layer holds, and on the engine's host the layer is an"
        + " ordinary directory: the overlay's upper dir.";
  }

  @Override
  public List<String> dockerCli(LessonRun run) {
    return List.of(
        "docker exec " + LabContainers.APP + " mkdir " + DEMO,
        "docker diff " + LabContainers.APP,
        "docker inspect --format '{{.GraphDriver.Data.UpperDir}}' " + LabContainers.APP,
        "sudo ls $(docker inspect --format '{{.GraphDriver.Data.UpperDir}}' "
            + LabContainers.APP
            + ")/app");
  }

  @Override
  public StepReport perform(LessonRun run) {
    String app = appWithDemo(run);
    List<FileChange> changes = run.engine().changes(app);
    boolean added = changes.contains(new FileChange('A', DEMO));
    Check.Builder diff = Check.of("docker diff lists the new directory: A " + DEMO);
    changes.stream()
        .filter(c -> c.path().startsWith("/app"))
        .forEach(c -> diff.evidence("diff", c));
    ContainerInspect facts = run.engine().inspectContainer(app).orElseThrow();
    List<String> notes = new ArrayList<>();
    List<Check> checks = new ArrayList<>(List.of(diff.holds(added)));
    facts
        .upperDir()
        .ifPresentOrElse(
            upper -> {
              boolean onHost = run.host().exists(upper + DEMO);
              checks.add(
                  Check.of("The directory is in the container's upper dir on the engine's host")
                      .evidence("storage driver", facts.graphDriver())
                      .evidence("upper dir", upper)
                      .evidence("on the host", upper + DEMO + (onHost ? " exists" : " is missing"))
                      .holds(onHost));
            },
            () ->
                notes.add(
                    "The engine shows no upper dir (storage driver '"
                        + facts.graphDriver()
                        + "'): with"
                        + " the containerd image store the writable layer is a containerd snapshot."
                        + " docker diff above is the proof that can be shown."));
    return new StepReport(checks, notes, "");
  }

  /** The app container with the demo directory made in it, started if need be. */
  static String appWithDemo(LessonRun run) {
    String app = LabContainers.ensureRunning(run, LabContainers.APP, spec -> spec);
    ExecResult mkdir = LabContainers.sh(run, app, "mkdir -p " + DEMO);
    if (!mkdir.ok()) {
      throw new LessonException("mkdir in the container failed: " + mkdir.stderr());
    }
    return app;
  }
}
