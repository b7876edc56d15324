package dev.storagelab.docker.lesson.storage;

import dev.storagelab.docker.engine.ContainerInspect;
import dev.storagelab.docker.engine.ExecResult;
import dev.storagelab.docker.engine.FileChange;
import dev.storagelab.docker.layers.ByteSize;
import dev.storagelab.docker.layers.ChangeKind;
import dev.storagelab.docker.layers.ContainerLayer;
import dev.storagelab.docker.layers.EntryKind;
import dev.storagelab.lesson.Check;
import dev.storagelab.lesson.LessonException;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.PractisedStep;
import dev.storagelab.lesson.Question;
import dev.storagelab.lesson.StepReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Step 5: a write inside the container lands in its thin writable layer on the host. */
final class WritableLayer implements PractisedStep {

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
  public Optional<Question> question() {
    return Optional.of(
        new Question(
            "Where does mkdir /app/test-demo, run in the container, land: the image, the container's"
                + " layer, or a volume?",
            List.of("image", "layer", "volume"),
            "layer"));
  }

  @Override
  public List<String> commands(LessonRun run) {
    return List.of(
        "docker exec " + LabContainers.named(run, LabContainers.APP) + " mkdir " + DEMO,
        "docker diff " + LabContainers.named(run, LabContainers.APP),
        "storage-lab container changes " + LabContainers.named(run, LabContainers.APP),
        "docker inspect --format '{{.GraphDriver.Data.UpperDir}}' "
            + LabContainers.named(run, LabContainers.APP),
        "sudo ls $(docker inspect --format '{{.GraphDriver.Data.UpperDir}}' "
            + LabContainers.named(run, LabContainers.APP)
            + ")/app");
  }

  @Override
  public String goal(LessonRun run) {
    return "In your running "
        + LabContainers.named(run, LabContainers.APP)
        + ", make the directory "
        + DEMO
        + ", then find it in docker diff and in the container's layer on the host.";
  }

  @Override
  public StepReport check(LessonRun run) {
    return Learner.given(
        Learner.appRuns(run), () -> prove(run, LabContainers.named(run, LabContainers.APP)));
  }

  @Override
  public StepReport perform(LessonRun run) {
    return prove(run, appWithDemo(run));
  }

  /** The proof, on a container that has {@value #DEMO}: it only reads. */
  private static StepReport prove(LessonRun run, String app) {
    ContainerLayer layer = ContainerLayer.of(run.engine(), app);
    List<FileChange> changes = layer.diff();
    boolean added = changes.contains(new FileChange('A', DEMO));
    Check.Builder diff = Check.of("docker diff lists the new directory: A " + DEMO);
    changes.stream()
        .filter(c -> c.path().startsWith("/app"))
        .forEach(c -> diff.evidence("diff", c));
    changes.stream()
        .filter(c -> c.kind() == 'A' && c.path().endsWith("/test-demo") && !c.path().equals(DEMO))
        .findFirst()
        .ifPresent(
            c ->
                diff.evidence("diff", c)
                    .hint("docker diff shows A " + c.path() + ": make the directory at " + DEMO));
    diff.hint("docker diff has no A " + DEMO + " yet: docker exec " + app + " mkdir " + DEMO);
    ContainerInspect facts = run.engine().inspectContainer(app).orElseThrow();
    List<String> notes = new ArrayList<>();
    List<Check> checks = new ArrayList<>(List.of(diff.holds(added), sizes(layer)));
    WritableLayerDir.of(run, facts)
        .ifPresentOrElse(
            upper -> {
              boolean onHost = run.host().exists(upper.path() + DEMO);
              checks.add(
                  Check.of(
                          "The directory is in the container's "
                              + upper.name()
                              + " on the engine's host")
                      .evidence("storage driver", upper.driver())
                      .evidence(upper.name(), upper.path())
                      .evidence(
                          "on the host", upper.path() + DEMO + (onHost ? " exists" : " is missing"))
                      .holds(onHost));
              if (WritableLayerDir.isVfs(upper.driver())) {
                checks.add(fullCopy(run, upper));
                notes.add(VFS);
              }
            },
            () ->
                notes.add(
                    "The engine shows no writable-layer directory (storage driver '"
                        + facts.graphDriver()
                        + "'): with the containerd image store the writable layer is a containerd"
                        + " snapshot. docker diff above is the proof that can be shown."));
    return new StepReport(checks, notes, "");
  }

  /**
   * The writable layer as an image layer is shown: each change with its kind and size, read from
   * the Engine API (changes, and the archive endpoint's stat of each path), so on any engine.
   */
  private static Check sizes(ContainerLayer layer) {
    Check.Builder check =
        Check.of("The writable layer holds only what the container changed, at its real size");
    layer.changes().stream()
        .filter(c -> c.path().startsWith("/app"))
        .forEach(
            c ->
                check.evidence(
                    "storage-lab container changes",
                    c.change().letter()
                        + " "
                        + c.path()
                        + "  "
                        + c.modeString()
                        + (c.kind() == EntryKind.FILE ? "  " + ByteSize.of(c.size()) : "")));
    layer
        .sizeBytes()
        .ifPresent(
            bytes -> check.evidence("writable layer", ByteSize.of(bytes) + " (docker ps --size)"));
    boolean demo =
        layer.changes().stream()
            .anyMatch(
                c ->
                    c.change() == ChangeKind.ADDED
                        && c.path().equals(DEMO)
                        && c.kind() == EntryKind.DIRECTORY);
    return check.hint("no directory " + DEMO + " in the writable layer yet").holds(demo);
  }

  /** What vfs does instead of overlaying layers, said where a learner meets it. */
  static final String VFS =
      "This engine uses the vfs storage driver: no overlay, no copy-on-write. Each layer, and each"
          + " container's writable layer, is a full copy of everything below it: slow to create"
          + " and large on disk, but it works on any filesystem.";

  /** vfs's proof: the container's own directory holds the whole image, not only its changes. */
  static Check fullCopy(LessonRun run, WritableLayerDir layer) {
    boolean whole = run.host().exists(layer.path() + "/bin/busybox");
    return Check.of("vfs copies the whole image into the container's layer, not only its changes")
        .evidence(
            "image file in the container's layer",
            layer.path() + "/bin/busybox" + (whole ? " exists" : " is missing"))
        .holds(whole);
  }

  /**
   * The app container with the demo directory made in it, started if need be. The container's
   * changes say whether step 5 made it already: cheaper than running mkdir in it again.
   */
  static String appWithDemo(LessonRun run) {
    String app = LabContainers.ensureRunning(run, LabContainers.APP, spec -> spec);
    if (run.engine().changes(app).stream().anyMatch(change -> change.path().equals(DEMO))) {
      return app;
    }
    ExecResult mkdir = LabContainers.sh(run, app, "mkdir -p " + DEMO);
    if (!mkdir.ok()) {
      throw new LessonException("mkdir in the container failed: " + mkdir.stderr());
    }
    return app;
  }
}
