package dev.storagelab.docker.lesson.storage;

import dev.storagelab.docker.engine.ImageSummary;
import dev.storagelab.docker.layers.LayerStack;
import dev.storagelab.lesson.Check;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.PractisedStep;
import dev.storagelab.lesson.StepReport;
import java.util.ArrayList;
import java.util.List;

/** Step 1: the to-do app is built offline from the Dockerfile that ships with the toolkit. */
final class BuildImage implements PractisedStep {

  @Override
  public String title() {
    return "Build the lab image";
  }

  @Override
  public String explain() {
    return "An image is built from a Dockerfile: each instruction runs on top of the result of the"
        + " one before. Our to-do app is a few shell files served by busybox httpd; its items are"
        + " files under /app/data. The base is a tiny busybox image, so the build needs no"
        + " registry.";
  }

  @Override
  public List<String> commands(LessonRun run) {
    return inContext(run, command(run, LabApp.image(run)));
  }

  /** The docker CLI's build of the app in its build context, tagged {@code tag}. */
  static String command(LessonRun run, String tag) {
    return "docker build --build-arg BASE=" + run.baseImage() + " -t " + tag + " .";
  }

  /** A command run in the build context: in practice, the learner's copy, which they cd to. */
  static List<String> inContext(LessonRun run, String... commands) {
    List<String> all = new ArrayList<>();
    if (run.practising()) {
      all.add("cd " + LabApp.practiceContext(run));
    }
    all.addAll(List.of(commands));
    return all;
  }

  @Override
  public String goal(LessonRun run) {
    return "Build the to-do app yourself from its Dockerfile in "
        + LabApp.practiceContext(run)
        + ", on the base image "
        + run.baseImage()
        + ", and tag it "
        + LabApp.image(run)
        + ".";
  }

  @Override
  public StepReport check(LessonRun run) {
    Check image =
        Learner.image(
            run,
            LabApp.image(run),
            "cd " + LabApp.practiceContext(run) + " && " + command(run, LabApp.image(run)));
    if (!image.holds()) {
      return StepReport.of(image);
    }
    LayerStack stack = LayerStack.of(run.engine(), LabApp.image(run), run.baseImage());
    List<String> expected = LabApp.instructions();
    return StepReport.of(
        image,
        Check.of("It is the to-do app, built from its Dockerfile")
            .evidence("Dockerfile", String.join(" ", expected))
            .evidence("history", String.join(" ", stack.ownKeywords()))
            .hint(
                LabApp.image(run)
                    + " was not built from the app's Dockerfile on "
                    + run.baseImage()
                    + ": build it again in "
                    + LabApp.practiceContext(run))
            .holds(stack.ownKeywords().equals(expected)));
  }

  @Override
  public StepReport perform(LessonRun run) {
    LabApp.Built built = LabApp.build(run, LabApp.image(run), dir -> {});
    ImageSummary image = built.image();
    return StepReport.of(
        Check.of("The app image is built and tagged " + LabApp.image(run))
            .evidence("base image", run.baseImage())
            .evidence("builder", built.build().builder().title())
            .evidence("image ID", image.id())
            .evidence("size", image.sizeBytes() + " bytes")
            .evidence("build steps", built.build().steps())
            .evidence("of them from the builder's cache", built.build().cachedSteps())
            .holds(image.tags().contains(LabApp.image(run)) && built.build().steps() > 0));
  }
}
