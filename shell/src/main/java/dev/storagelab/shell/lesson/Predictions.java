package dev.storagelab.shell.lesson;

import dev.storagelab.docker.input.InputException;
import dev.storagelab.lesson.Lesson;
import dev.storagelab.lesson.LessonSession;
import dev.storagelab.lesson.Prediction;
import dev.storagelab.lesson.Question;
import dev.storagelab.shell.OneShotInput;
import dev.storagelab.shell.UsageException;
import dev.storagelab.shell.output.Style;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.shell.core.InputReader;

/**
 * {@code --predict}: the learner's answers to the steps' questions, given as options or asked at
 * the terminal just before each proof. Every answer given as an option is checked before anything
 * runs, and a script that cannot be asked must give them all, so a run never stops half-way for a
 * question nobody can answer.
 */
final class Predictions implements LessonSession.Predictor {

  private static final int ATTEMPTS = 3;

  private final Map<Integer, String> given;
  private final InputReader reader;

  private Predictions(Map<Integer, String> given, InputReader reader) {
    this.given = given;
    this.reader = reader;
  }

  /**
   * The predictions for some steps of a lesson.
   *
   * @param steps the steps that will run
   * @param answers the answers given as options, by step
   * @throws UsageException when an answer names a step without a question or is not a choice, or
   *     when a question is left unanswered where none can be asked
   */
  static Predictions of(
      Lesson lesson, List<Integer> steps, Map<Integer, String> answers, InputReader reader) {
    Map<Integer, String> chosen = new TreeMap<>();
    answers.forEach(
        (number, answer) -> {
          Question question =
              lesson
                  .step(number)
                  .question()
                  .orElseThrow(
                      () ->
                          new UsageException(
                              "Step " + number + " of " + lesson.id() + " asks no question"));
          try {
            chosen.put(number, question.choose(answer));
          } catch (InputException e) {
            throw new UsageException("Step " + number + ": " + e.getMessage());
          }
        });
    boolean canAsk = !(reader instanceof OneShotInput input) || input.interactive();
    List<String> unanswered = new ArrayList<>();
    for (int number : steps) {
      lesson
          .step(number)
          .question()
          .filter(q -> !chosen.containsKey(number))
          .ifPresent(q -> unanswered.add(number + " (" + String.join("/", q.choices()) + ")"));
    }
    if (!canAsk && !unanswered.isEmpty()) {
      throw new UsageException(
          "Not at a terminal, so --predict cannot ask: give every answer as --answers"
              + " N=ANSWER,N=ANSWER. Unanswered: "
              + String.join(", ", unanswered)
              + " (docs/cli.md lists the questions)");
    }
    return new Predictions(chosen, reader);
  }

  /**
   * Answers as options take: {@code 2=4,7=no}.
   *
   * @throws UsageException when they are not written so
   */
  static Map<Integer, String> parse(String answers) {
    Map<Integer, String> parsed = new TreeMap<>();
    if (answers == null || answers.isBlank()) {
      return parsed;
    }
    for (String pair : answers.split(",")) {
      String[] parts = pair.split("=", 2);
      try {
        if (parts.length != 2 || parts[1].isBlank()) {
          throw new NumberFormatException();
        }
        parsed.put(Integer.parseInt(parts[0].strip()), parts[1].strip());
      } catch (NumberFormatException e) {
        throw new UsageException(
            "Usage: --answers N=ANSWER,N=ANSWER (e.g. 2=4,7=no); '" + pair + "' is not one");
      }
    }
    return parsed;
  }

  @Override
  public Optional<String> answer(Lesson lesson, int number, Question question) {
    if (given.containsKey(number)) {
      return Optional.of(given.get(number));
    }
    String prompt =
        "  predict: " + question.text() + " [" + String.join("/", question.choices()) + "] ";
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      String line;
      try {
        line = reader.readInput(prompt);
      } catch (Exception e) {
        return Optional.empty();
      }
      if (line == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(question.choose(line));
      } catch (InputException e) {
        prompt = "  " + e.getMessage() + " ";
      }
    }
    return Optional.empty();
  }

  /** The prediction beside the evidence, for the learner. */
  static String text(Prediction prediction, Style style) {
    String verdict =
        !prediction.proved()
            ? style.warn("the proof did not hold, so this run cannot answer")
            : prediction.right()
                ? style.pass("as you predicted")
                : style.fail("not what you predicted");
    return "  "
        + style.heading("predicted")
        + "  "
        + prediction.question()
        + "\n    you: "
        + prediction.answer()
        + " · the evidence: "
        + prediction.evidence()
        + " · "
        + verdict;
  }

  /** The prediction in a step's JSON record. */
  static Map<String, Object> json(Prediction prediction) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("question", prediction.question());
    json.put("answer", prediction.answer());
    json.put("evidence", prediction.evidence());
    json.put("proved", prediction.proved());
    json.put("right", prediction.right());
    return json;
  }
}
