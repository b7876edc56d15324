package dev.storagelab.docker.lesson.storage;

import dev.storagelab.docker.engine.ContainerSpec;
import dev.storagelab.docker.engine.EngineObject;
import dev.storagelab.docker.engine.ExecResult;
import dev.storagelab.lesson.Check;
import dev.storagelab.lesson.LessonException;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.Meanwhile;
import dev.storagelab.lesson.PractisedStep;
import dev.storagelab.lesson.Question;
import dev.storagelab.lesson.StepReport;
import java.util.List;
import java.util.Optional;

/** Step 9: an empty volume is filled from the image on first mount; writes land in _data. */
final class MountVolume implements PractisedStep {

  static final String NOCOPY = "storage-lab-nocopy";

  @Override
  public String title() {
    return "Mount the volume";
  }

  @Override
  public String explain() {
    return "Mount the volume over the app's directory. When an empty volume is first mounted,"
        + " the engine copies into it what the image has at that path, so the app still finds"
        + " its files; nocopy turns that off. From then on the app's writes go to the volume's"
        + " _data directory on the host, not to the container layer.";
  }

  @Override
  public Optional<Question> question() {
    return Optional.of(
        Question.yesNo(
            "An empty volume mounted at /app for the first time: does the container still see the"
                + " image's files in /app?",
            true));
  }

  @Override
  public List<String> commands(LessonRun run) {
    String volume = LabContainers.volume(run);
    return List.of(
        "docker run -d --name "
            + LabContainers.named(run, LabContainers.WITH_VOLUME)
            + " -p 127.0.0.1::8080 -v "
            + volume
            + ":/app "
            + LabApp.image(run),
        "docker port " + LabContainers.named(run, LabContainers.WITH_VOLUME) + " 8080",
        "sudo ls /var/lib/docker/volumes/" + volume + "/_data",
        "docker exec "
            + LabContainers.named(run, LabContainers.WITH_VOLUME)
            + " mkdir /app/test-demo",
        "docker run --rm -v "
            + run.name(EngineObject.Kind.VOLUME, NOCOPY)
            + ":/app:nocopy "
            + LabApp.image(run)
            + " ls -A /app");
  }

  @Override
  public String goal(LessonRun run) {
    return "Run the app as "
        + LabContainers.named(run, LabContainers.WITH_VOLUME)
        + " with "
        + LabContainers.volume(run)
        + " mounted at /app, open it in a browser, and make /app/test-demo in it: it lands in the"
        + " volume's _data.";
  }

  @Override
  public StepReport check(LessonRun run) {
    String volume = LabContainers.volume(run);
    String start = commands(run).get(0);
    Check owned = Learner.volume(run, volume);
    Check runs = Learner.runs(run, LabContainers.named(run, LabContainers.WITH_VOLUME), start);
    if (!owned.holds() || !runs.holds()) {
      return StepReport.of(owned, runs);
    }
    Check mounted =
        Learner.volumeAt(
            Learner.container(run, LabContainers.named(run, LabContainers.WITH_VOLUME))
                .orElseThrow(),
            volume,
            "/app",
            start);
    if (!mounted.holds()) {
      return StepReport.of(owned, runs, mounted);
    }
    String data = LabContainers.mountpoint(run, volume);
    List<String> files = run.host().list(data);
    return StepReport.of(
        owned,
        runs,
        mounted,
        Check.of("The empty volume was filled with the image's /app on first mount")
            .evidence("_data", files.isEmpty() ? "(empty)" : files)
            .hint(
                volume
                    + "'s _data lacks the app's files: it was not empty when first mounted, or"
                    + " mounted with nocopy. docker rm -f "
                    + LabContainers.named(run, LabContainers.WITH_VOLUME)
                    + "; docker volume rm "
                    + volume
                    + "; then start again")
            .holds(files.containsAll(List.of("cgi-bin", "data", "index.html"))),
        Check.of("/app/test-demo made in the container is in the volume's _data on the host")
            .evidence(
                "on the host",
                data + "/test-demo" + (files.contains("test-demo") ? " exists" : " is missing"))
            .hint("the volume has no test-demo yet: " + commands(run).get(3))
            .holds(files.contains("test-demo")));
  }

  @Override
  public StepReport perform(LessonRun run) {
    String volume = LabContainers.freshVolume(run);
    String data = LabContainers.mountpoint(run, volume);
    List<String> before = run.host().list(data);
    // The nocopy contrast has its own volume and container: it runs while the app starts. Both
    // need the lesson image, made here first so that the two never build it at once.
    LabApp.ensureImage(run);
    Meanwhile.Both<String, Check> started =
        Meanwhile.both(
            "nocopy",
            () ->
                LabContainers.startApp(
                    run, LabContainers.WITH_VOLUME, spec -> spec.withVolumeFlag(volume + ":/app")),
            () -> noCopy(run));
    String app = started.first();
    List<String> copied = run.host().list(data);
    Check copy =
        Check.of("The empty volume was filled with the image's /app on first mount")
            .evidence("_data before", before.isEmpty() ? "(empty)" : before)
            .evidence("_data after", copied)
            .holds(
                before.isEmpty() && copied.containsAll(List.of("cgi-bin", "data", "index.html")));
    ExecResult mkdir = LabContainers.sh(run, app, "mkdir -p /app/test-demo");
    if (!mkdir.ok()) {
      throw new LessonException("mkdir in the container failed: " + mkdir.stderr());
    }
    boolean landed = run.host().exists(data + "/test-demo");
    Check write =
        Check.of("mkdir /app/test-demo in the container appears in the volume's _data on the host")
            .evidence("on the host", data + "/test-demo" + (landed ? " exists" : " is missing"))
            .holds(landed);
    return StepReport.of(copy, write, started.second());
  }

  /** The contrast: with nocopy an empty volume stays empty and hides the image's files. */
  private static Check noCopy(LessonRun run) {
    String name = run.name(EngineObject.Kind.VOLUME, NOCOPY);
    // A run killed while its helper ran leaves that helper holding the volume.
    LabContainers.removeUsersOf(run, name);
    if (run.engine().inspectVolume(name).isPresent()) {
      run.engine().removeVolume(name);
    }
    run.engine().createVolume(name, run.labels(EngineObject.Kind.VOLUME));
    ExecResult ls =
        run.engine()
            .run(
                ContainerSpec.of(null, LabApp.ensureImage(run).id())
                    .withVolumeFlag(name + ":/app:nocopy")
                    .withLabels(run.labels(EngineObject.Kind.CONTAINER))
                    .withCommand("ls", "-A", "/app"));
    List<String> onHost = run.host().list(LabContainers.mountpoint(run, name));
    run.engine().removeVolume(name);
    return Check.of("With nocopy the empty volume stays empty: the container sees an empty /app")
        .evidence("ls -A /app", ls.stdout().isBlank() ? "(nothing)" : ls.stdout().strip())
        .evidence("_data", onHost.isEmpty() ? "(empty)" : onHost)
        .holds(ls.ok() && ls.stdout().isBlank() && onHost.isEmpty());
  }
}
