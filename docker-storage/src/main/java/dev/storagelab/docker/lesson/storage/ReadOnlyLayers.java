package dev.storagelab.docker.lesson.storage;

import dev.storagelab.docker.engine.ExecResult;
import dev.storagelab.docker.engine.FileChange;
import dev.storagelab.docker.engine.ImageSummary;
import dev.storagelab.lesson.Check;
import dev.storagelab.lesson.LessonException;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.PractisedStep;
import dev.storagelab.lesson.Question;
import dev.storagelab.lesson.StepReport;
import java.util.List;
import java.util.Optional;

/** Step 4: writing in a container changes no image layer; tags share one immutable image. */
final class ReadOnlyLayers implements PractisedStep {

  @Override
  public String title() {
    return "Image layers are read-only";
  }

  @Override
  public String explain() {
    return "A container never writes into its image: the image's layers are read-only and shared"
        + " by every container made from it. So the image you tested is, byte for byte, the one"
        + " you ship: tag it for staging and for production and both tags name the same image ID."
        + " That is immutable infrastructure. Read-only cuts both ways: a later layer that deletes a"
        + " file only hides it with a whiteout, and the image is not one byte smaller.";
  }

  @Override
  public Optional<Question> question() {
    return Optional.of(
        Question.yesNo(
            "After you write a file and delete another in a running container, does the image's ID"
                + " change?",
            false));
  }

  @Override
  public List<String> commands(LessonRun run) {
    return List.of(
        "docker run -d --name "
            + LabContainers.named(run, LabContainers.APP)
            + " "
            + LabApp.image(run),
        "docker exec "
            + LabContainers.named(run, LabContainers.APP)
            + " sh -c 'echo note > /app/written-in-container; rm /app/index.html'",
        "docker image inspect --format '{{.Id}} {{json .RootFS.Layers}}' " + LabApp.image(run),
        "docker tag " + LabApp.image(run) + " " + run.image(LabApp.REPOSITORY + ":staging"),
        "docker tag " + LabApp.image(run) + " " + run.image(LabApp.REPOSITORY + ":production"),
        DeletedFile.command(run),
        "storage-lab image layers " + DeletedFile.image(run));
  }

  @Override
  public String goal(LessonRun run) {
    return "Run the app as "
        + LabContainers.named(run, LabContainers.APP)
        + ", write a file in it and remove one of the image's, then tag the image for staging"
        + " and for production. Last, build "
        + DeletedFile.image(run)
        + ": a layer that writes "
        + DeletedFile.PATH
        + " and one that deletes it.";
  }

  @Override
  public StepReport check(LessonRun run) {
    List<String> cli = commands(run);
    Check runs = Learner.appRuns(run);
    if (!runs.holds()) {
      return StepReport.of(runs);
    }
    List<FileChange> changes = run.engine().changes(LabContainers.named(run, LabContainers.APP));
    Check.Builder written = Check.of("What you wrote is in the container's own layer");
    changes.stream()
        .filter(c -> c.path().startsWith("/app"))
        .forEach(c -> written.evidence("docker diff", c));
    Check inContainer =
        written
            .hint("docker diff shows neither change yet: " + cli.get(1))
            .holds(
                changes.contains(new FileChange('A', "/app/written-in-container"))
                    && changes.contains(new FileChange('D', "/app/index.html")));
    Check built = Learner.image(run, DeletedFile.image(run), cli.get(5));
    return StepReport.of(
        runs, inContainer, sameImage(run, cli), built.holds() ? DeletedFile.proof(run) : built);
  }

  /** The learner's staging and production tags name the image they tested. */
  private static Check sameImage(LessonRun run, List<String> cli) {
    Check.Builder check =
        Check.of("Staging and production tags name one and the same image as " + LabApp.image(run));
    String tested =
        run.engine().findImage(LabApp.image(run)).map(ImageSummary::id).orElse("(none)");
    check.evidence(LabApp.image(run), tested);
    boolean same = true;
    for (String tag : List.of("staging", "production")) {
      String reference = run.image(LabApp.REPOSITORY + ":" + tag);
      String id = run.engine().findImage(reference).map(ImageSummary::id).orElse("(none)");
      check.evidence(reference, id);
      String command = cli.get(tag.equals("staging") ? 3 : 4);
      if (id.equals("(none)")) {
        check.hint("there is no " + reference + ": " + command);
      } else if (!id.equals(tested)) {
        check.hint(reference + " is another image than " + LabApp.image(run) + ": " + command);
      }
      same &= id.equals(tested);
    }
    return check.holds(same && !tested.equals("(none)"));
  }

  @Override
  public StepReport perform(LessonRun run) {
    ImageSummary before = LabApp.ensureImage(run);
    String app = LabContainers.start(run, LabContainers.APP, spec -> spec);
    ExecResult write =
        LabContainers.sh(run, app, "echo note > /app/written-in-container && rm /app/index.html");
    if (!write.ok()) {
      throw new LessonException("Writing in the container failed: " + write.stderr());
    }
    ImageSummary after = run.engine().findImage(LabApp.image(run)).orElseThrow();
    Check unchanged =
        Check.of("Writing in the container changed neither the image ID nor any layer")
            .evidence(
                "written", "/app/written-in-container added, /app/index.html removed, in " + app)
            .evidence("image ID before", before.id())
            .evidence("image ID after", after.id())
            .evidence(
                "layers before = after",
                before.layers().equals(after.layers()) + " (" + after.layers().size() + " layers)")
            .holds(before.id().equals(after.id()) && before.layers().equals(after.layers()));
    run.engine().tagImage(LabApp.image(run), LabApp.repository(run), "staging");
    run.engine().tagImage(LabApp.image(run), LabApp.repository(run), "production");
    String staging =
        run.engine().findImage(run.image(LabApp.REPOSITORY + ":staging")).orElseThrow().id();
    String production =
        run.engine().findImage(run.image(LabApp.REPOSITORY + ":production")).orElseThrow().id();
    Check sameArtifact =
        Check.of("Staging and production tags name one and the same image")
            .evidence(run.image(LabApp.REPOSITORY + ":staging"), staging)
            .evidence(run.image(LabApp.REPOSITORY + ":production"), production)
            .holds(staging.equals(production) && staging.equals(after.id()));
    DeletedFile.ensure(run);
    return StepReport.of(unchanged, sameArtifact, DeletedFile.proof(run));
  }
}
