package dev.storagelab.shell.lesson;

import dev.storagelab.lesson.Lesson;
import dev.storagelab.lesson.LessonListener;
import dev.storagelab.lesson.Prediction;
import dev.storagelab.lesson.StepResult;
import dev.storagelab.shell.output.Style;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;

/** How the lesson commands show a step at a terminal: before it acts, its progress, its proof. */
final class LessonPrinting {

  private LessonPrinting() {}

  /** Prints each step before it acts, its proof after, and the learner's prediction beside it. */
  static LessonListener steps(PrintWriter out, Style style) {
    return new LessonListener() {
      @Override
      public void stepStarting(Lesson lesson, int number, List<String> commands) {
        out.println(LessonView.header(lesson, number, commands, style));
        out.flush();
      }

      @Override
      public void stepFinished(Lesson lesson, StepResult result) {
        out.println(LessonView.proof(result, style));
        out.println();
        out.flush();
      }

      @Override
      public void predicted(Lesson lesson, Prediction prediction) {
        out.println(Predictions.text(prediction, style));
        out.println();
        out.flush();
      }
    };
  }

  /** What a step's slow work prints as it goes, indented under the step. */
  static Consumer<String> progress(PrintWriter out, Style style) {
    return line -> {
      if (!line.isBlank()) {
        out.println(style.dim("    │ " + line.stripTrailing()));
        out.flush();
      }
    };
  }
}
