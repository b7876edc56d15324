package dev.storagelab.shell.lesson;

import dev.storagelab.lesson.LessonReset;
import dev.storagelab.lesson.ResetOutcome;

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
    outcome
        .cleanup()
        .kept()
        .forEach(
            k ->
                out.append("\nleft ")
                    .append(k.object().displayName())
                    .append(": something storage-lab did not make uses it, and it is yours (")
                    .append(k.reason())
                    .append(")"));
    for (LessonReset.LeftAlone mine : outcome.learners()) {
      out.append("\nleft ")
          .append(mine.kind())
          .append(' ')
          .append(mine.name())
          .append(": you made it by hand, so it is yours (remove it with: ")
          .append(mine.remove())
          .append(")");
    }
    outcome
        .practiceFolder()
        .ifPresent(
            folder ->
                out.append("\nleft your practice folder ")
                    .append(folder)
                    .append(" and your practice progress ('lesson practice ")
                    .append(outcome.lesson().id())
                    .append("' goes on from there)"));
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
}
