package dev.storagelab.docker.lesson.storage;

import dev.storagelab.docker.engine.ContainerInspect;
import dev.storagelab.docker.engine.ExecResult;
import dev.storagelab.lesson.Check;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.PractisedStep;
import dev.storagelab.lesson.Question;
import dev.storagelab.lesson.StepReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Step 7: removing the container removes its writable layer and everything written there. */
final class DataDies implements PractisedStep {

  /** The to-do item the step adds through the app, kept only in the container layer. */
  static final String ITEM = "buy milk";

  @Override
  public String title() {
    return "Data dies with the container";
  }

  @Override
  public String explain() {
    return "The writable layer belongs to one container. Remove the container and the engine"
        + " deletes that layer's directory; a new container from the same image starts from the"
        + " image alone. Whatever the app wrote there, /app/test-demo and its to-do items"
        + " included, is gone.";
  }

  @Override
  public Optional<Question> question() {
    return Optional.of(
        Question.yesNo(
            "After docker rm, is /app/test-demo there in a new container of the same image?",
            false));
  }

  @Override
  public List<String> commands(LessonRun run) {
    return List.of(
        "docker exec "
            + LabContainers.named(run, LabContainers.APP)
            + " wget -qO- 'http://127.0.0.1:8080/cgi-bin/todo?item=buy+milk'",
        "docker stop "
            + LabContainers.named(run, LabContainers.APP)
            + " && docker rm "
            + LabContainers.named(run, LabContainers.APP),
        "docker inspect " + LabContainers.named(run, LabContainers.APP),
        "docker run -d --name "
            + LabContainers.named(run, LabContainers.FRESH)
            + " "
            + LabApp.image(run),
        "docker exec "
            + LabContainers.named(run, LabContainers.FRESH)
            + " ls "
            + WritableLayer.DEMO,
        "docker exec "
            + LabContainers.named(run, LabContainers.FRESH)
            + " wget -qO- http://127.0.0.1:8080/cgi-bin/todo");
  }

  @Override
  public String goal(LessonRun run) {
    return "Remove "
        + LabContainers.named(run, LabContainers.APP)
        + " and run a brand-new "
        + LabContainers.named(run, LabContainers.FRESH)
        + " from the same image: "
        + WritableLayer.DEMO
        + " is not in it.";
  }

  @Override
  public StepReport check(LessonRun run) {
    Check gone = Learner.gone(run, LabContainers.named(run, LabContainers.APP));
    Check fresh =
        Learner.runs(run, LabContainers.named(run, LabContainers.FRESH), commands(run).get(3));
    if (!fresh.holds()) {
      return StepReport.of(gone, fresh);
    }
    ExecResult ls =
        LabContainers.sh(
            run, LabContainers.named(run, LabContainers.FRESH), "ls -d " + WritableLayer.DEMO);
    return StepReport.of(
        gone,
        fresh,
        Check.of("The new container has no " + WritableLayer.DEMO)
            .evidence(
                "ls -d " + WritableLayer.DEMO,
                ls.ok()
                    ? ls.stdout().strip()
                    : "exit " + ls.exitCode() + ": " + ls.stderr().strip())
            .hint(
                LabContainers.named(run, LabContainers.FRESH)
                    + " has "
                    + WritableLayer.DEMO
                    + ": make it a new container of "
                    + LabApp.image(run)
                    + ", with nothing mounted at /app")
            .holds(!ls.ok()));
  }

  @Override
  public StepReport perform(LessonRun run) {
    String app = WritableLayer.appWithDemo(run);
    TodoApp.Reply added = TodoApp.add(run, app, ITEM);
    ContainerInspect facts = run.engine().inspectContainer(app).orElseThrow();
    Optional<WritableLayerDir> layer = WritableLayerDir.of(run, facts);
    run.engine().stopContainer(facts.id());
    run.engine().removeContainer(facts.id());
    String gone = goneMessage(run, app);
    List<Check> checks = new ArrayList<>();
    checks.add(
        Check.of("The engine no longer knows the container")
            .evidence("docker inspect " + app, gone)
            .holds(gone.contains("No such container")));
    layer.ifPresent(
        dir -> {
          boolean exists = run.host().exists(dir.path());
          checks.add(
              Check.of("Its writable layer is gone from the host")
                  .evidence(
                      dir.name(), dir.path() + (exists ? " still exists" : " no longer exists"))
                  .holds(!exists));
        });
    String fresh = LabContainers.start(run, LabContainers.FRESH, spec -> spec);
    ExecResult ls = LabContainers.sh(run, fresh, "ls " + WritableLayer.DEMO);
    checks.add(
        Check.of("A new container from the same image has no " + WritableLayer.DEMO)
            .evidence("container", fresh)
            .evidence(
                "ls " + WritableLayer.DEMO, "exit " + ls.exitCode() + ": " + ls.stderr().strip())
            .holds(!ls.ok()));
    TodoApp.Reply listed = TodoApp.items(run, fresh);
    checks.add(
        Check.of("An item added through the app is lost with the container")
            .evidence("added in " + app, added.route())
            .evidence("listed by " + fresh, listed.route())
            .evidence("items", listed.items().isEmpty() ? "(none)" : listed.items())
            .holds(added.items().contains(ITEM) && !listed.items().contains(ITEM)));
    return new StepReport(checks, List.of(), "");
  }

  private static String goneMessage(LessonRun run, String name) {
    return run.engine().inspectContainer(name).isPresent()
        ? "still there"
        : "Error: No such container: " + name;
  }
}
