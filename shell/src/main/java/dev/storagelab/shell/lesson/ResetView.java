package dev.storagelab.shell.lesson;

import dev.storagelab.docker.lab.CleanupReport;
import dev.storagelab.lesson.LessonReset;
import dev.storagelab.lesson.ResetOutcome;
import java.nio.file.Path;

/** What {@code lesson reset} says: what went, what was left on purpose and why, what failed. */
final class ResetView {

  private ResetView() {}

  static String text(ResetOutcome outcome) {
    StringBuilder out =
        new StringBuilder(
            "Reset "
                + outcome.lesson().id()
                + ": removed "
                + outcome.cleanup().removed().size()
                + " object(s) and "
                + outcome.labDir()
                + ".");
    outcome.cleanup().kept().forEach(k -> out.append("\n").append(kept(k)));
    outcome.learners().forEach(mine -> out.append("\n").append(learners(mine)));
    outcome
        .practiceFolder()
        .ifPresent(folder -> out.append("\n").append(practice(folder, outcome.lesson().id())));
    outcome
        .cleanup()
        .failed()
        .forEach(
            f ->
                out.append("\ncould not remove ")
                    .append(f.object().displayName())
                    .append(": ")
                    .append(f.reason()));
    return out.toString();
  }

  private static String kept(CleanupReport.Failure kept) {
    return "left "
        + kept.object().displayName()
        + ": something storage-lab did not make uses it, and it is yours ("
        + kept.reason()
        + ")";
  }

  private static String learners(LessonReset.LeftAlone mine) {
    return "left "
        + mine.kind()
        + " "
        + mine.name()
        + ": you made it by hand, so it is yours (remove it with: "
        + mine.remove()
        + ")";
  }

  private static String practice(Path folder, String lesson) {
    return "left your practice folder "
        + folder
        + " and your practice progress ('lesson practice "
        + lesson
        + "' goes on from there)";
  }
}
