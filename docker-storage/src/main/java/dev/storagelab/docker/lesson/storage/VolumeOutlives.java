package dev.storagelab.docker.lesson.storage;

import dev.storagelab.docker.engine.ExecResult;
import dev.storagelab.lesson.Check;
import dev.storagelab.lesson.LessonException;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.PractisedStep;
import dev.storagelab.lesson.Question;
import dev.storagelab.lesson.StepReport;
import java.util.List;
import java.util.Optional;

/** Step 10: the volume's data survives stop, start, rm -f and a brand-new container. */
final class VolumeOutlives implements PractisedStep {

  /** The to-do item the step adds through the app. */
  static final String ITEM = "water the plants";

  @Override
  public String title() {
    return "Data outlives the container";
  }

  @Override
  public String explain() {
    return "A volume's life is not the container's. Stop the container: the data stays. Start"
        + " it: still there. Remove it with rm -f and run a brand-new container with the same"
        + " volume: test-demo, and every to-do item the app kept in /app/data, are still there."
        + " Removing a container never removes a named volume; only docker volume rm does.";
  }

  @Override
  public Optional<Question> question() {
    return Optional.of(
        Question.yesNo(
            "After docker rm -f, does a brand-new container with the same volume see /app/test-demo?",
            true));
  }

  @Override
  public List<String> commands(LessonRun run) {
    String volume = LabContainers.volume(run);
    return List.of(
        "curl \"http://$(docker port "
            + LabContainers.named(run, LabContainers.WITH_VOLUME)
            + " 8080)/cgi-bin/todo?item="
            + ITEM.replace(' ', '+')
            + "\"",
        "docker stop " + LabContainers.named(run, LabContainers.WITH_VOLUME),
        "docker start " + LabContainers.named(run, LabContainers.WITH_VOLUME),
        "docker rm -f " + LabContainers.named(run, LabContainers.WITH_VOLUME),
        "docker run -d --name "
            + LabContainers.named(run, LabContainers.WITH_VOLUME_AGAIN)
            + " -p 127.0.0.1::8080 -v "
            + volume
            + ":/app "
            + LabApp.image(run),
        "docker exec "
            + LabContainers.named(run, LabContainers.WITH_VOLUME_AGAIN)
            + " ls -d /app/test-demo",
        "curl \"http://$(docker port "
            + LabContainers.named(run, LabContainers.WITH_VOLUME_AGAIN)
            + " 8080)/cgi-bin/todo\"");
  }

  @Override
  public String goal(LessonRun run) {
    return "Add an item in the app, stop and start "
        + LabContainers.named(run, LabContainers.WITH_VOLUME)
        + ", remove it with rm -f, and run a brand-new "
        + LabContainers.named(run, LabContainers.WITH_VOLUME_AGAIN)
        + " with the same volume: test-demo and the item are still there.";
  }

  @Override
  public StepReport check(LessonRun run) {
    String volume = LabContainers.volume(run);
    String start = commands(run).get(4);
    Check gone = Learner.gone(run, LabContainers.named(run, LabContainers.WITH_VOLUME));
    Check runs =
        Learner.runs(run, LabContainers.named(run, LabContainers.WITH_VOLUME_AGAIN), start);
    if (!runs.holds()) {
      return StepReport.of(gone, runs);
    }
    Check mounted =
        Learner.volumeAt(
            Learner.container(run, LabContainers.named(run, LabContainers.WITH_VOLUME_AGAIN))
                .orElseThrow(),
            volume,
            "/app",
            start);
    if (!mounted.holds()) {
      return StepReport.of(gone, runs, mounted);
    }
    ExecResult ls =
        LabContainers.sh(
            run, LabContainers.named(run, LabContainers.WITH_VOLUME_AGAIN), "ls -d /app/test-demo");
    String items = itemsOf(run, LabContainers.named(run, LabContainers.WITH_VOLUME_AGAIN));
    return StepReport.of(
        gone,
        runs,
        mounted,
        Check.of("The brand-new container sees test-demo, kept in the volume")
            .evidence("ls -d /app/test-demo", ls.ok() ? ls.stdout().strip() : ls.stderr().strip())
            .evidence("the app's items", items)
            .hint(
                "the volume has no test-demo: make it in step 9 (docker exec "
                    + LabContainers.named(run, LabContainers.WITH_VOLUME_AGAIN)
                    + " mkdir /app/test-demo now will do)")
            .holds(ls.ok()));
  }

  /** The items the learner's app lists: evidence only, since their app may run otherwise. */
  private static String itemsOf(LessonRun run, String container) {
    try {
      List<String> items = TodoApp.items(run, container).items();
      return items.isEmpty() ? "(none)" : items.toString();
    } catch (LessonException e) {
      return "(the app did not answer: " + e.getMessage() + ")";
    }
  }

  @Override
  public StepReport perform(LessonRun run) {
    String volume = LabContainers.volume(run);
    String app = withDemo(run, volume);
    String data = LabContainers.mountpoint(run, volume) + "/test-demo";
    String id = run.engine().inspectContainer(app).orElseThrow().id();
    TodoApp.Reply added = TodoApp.add(run, app, ITEM);
    run.engine().stopContainer(id);
    boolean afterStop = run.host().exists(data);
    run.engine().startContainer(id);
    ExecResult afterStart = LabContainers.sh(run, app, "ls -d /app/test-demo");
    run.engine().removeContainer(id);
    boolean volumeKept = run.engine().inspectVolume(volume).isPresent();
    String again =
        LabContainers.startApp(
            run, LabContainers.WITH_VOLUME_AGAIN, spec -> spec.withVolumeFlag(volume + ":/app"));
    ExecResult inNew = LabContainers.sh(run, again, "ls -d /app/test-demo");
    TodoApp.Reply listed = TodoApp.items(run, again);
    return StepReport.of(
        Check.of("Stopped: the data stays on the host")
            .evidence("after docker stop", data + (afterStop ? " exists" : " is missing"))
            .holds(afterStop),
        Check.of("Started again: the container still sees it")
            .evidence(
                "ls -d /app/test-demo",
                afterStart.ok() ? afterStart.stdout().strip() : afterStart.stderr().strip())
            .holds(afterStart.ok()),
        Check.of("rm -f removed the container, not the volume")
            .evidence("docker volume inspect " + volume, volumeKept ? "exists" : "gone")
            .holds(volumeKept),
        Check.of("A brand-new container with the same volume sees test-demo")
            .evidence("container", again)
            .evidence(
                "ls -d /app/test-demo",
                inNew.ok() ? inNew.stdout().strip() : inNew.stderr().strip())
            .holds(inNew.ok()),
        Check.of("An item added through the app before rm -f is listed by the new container's app")
            .evidence("added in " + app, added.route())
            .evidence("listed by " + again, listed.route())
            .evidence("items", listed.items())
            .holds(added.items().contains(ITEM) && listed.items().contains(ITEM)));
  }

  /** The step-9 container with test-demo in the volume, made again if the learner jumped here. */
  private static String withDemo(LessonRun run, String volume) {
    if (run.engine().inspectVolume(volume).isEmpty()) {
      LabContainers.freshVolume(run);
    }
    String app =
        LabContainers.running(run, LabContainers.WITH_VOLUME).isPresent()
            ? run.name(
                dev.storagelab.docker.engine.EngineObject.Kind.CONTAINER, LabContainers.WITH_VOLUME)
            : LabContainers.startApp(
                run, LabContainers.WITH_VOLUME, spec -> spec.withVolumeFlag(volume + ":/app"));
    ExecResult mkdir = LabContainers.sh(run, app, "mkdir -p /app/test-demo");
    if (!mkdir.ok()) {
      throw new LessonException("mkdir in the container failed: " + mkdir.stderr());
    }
    return app;
  }
}
