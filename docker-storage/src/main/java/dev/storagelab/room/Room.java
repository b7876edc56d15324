package dev.storagelab.room;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineException;
import dev.storagelab.docker.engine.EngineUnavailableException;
import dev.storagelab.lesson.Prediction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The room on one or more engines, read from the learners' records: every learner, and each engine
 * that did not answer.
 *
 * @param seats every learner, stuck ones first
 * @param unreachable each engine that could not be read, with why
 */
public record Room(List<Seat> seats, Map<String, String> unreachable) {

  public Room {
    seats = seats.stream().sorted(Seat.STUCK_FIRST).toList();
    unreachable = Map.copyOf(unreachable);
  }

  /**
   * An engine of the room, reached when read.
   *
   * @param name how the instructor named it ({@code default}, a context, an address)
   * @param engine the connection, made on first use
   * @param opened whether the connection is made for the read alone, and closed after it
   */
  public record Source(String name, Supplier<Engine> engine, boolean opened) {}

  /**
   * Reads every engine's records; an engine that does not answer is said, not fatal.
   *
   * @throws EngineUnavailableException when an engine is misnamed (a context that does not exist)
   */
  public static Room read(List<Source> sources) {
    List<Seat> seats = new ArrayList<>();
    Map<String, String> unreachable = new LinkedHashMap<>();
    for (Source source : sources) {
      Engine engine = null;
      try {
        engine = source.engine().get();
        for (RoomRecords.Entry entry : RoomRecords.read(engine)) {
          seats.add(new Seat(source.name(), entry.learner(), entry.record(), entry.problem()));
        }
      } catch (EngineUnavailableException e) {
        if (e.problem().isUsage()) {
          throw e;
        }
        unreachable.put(source.name(), e.getMessage());
      } catch (EngineException e) {
        unreachable.put(source.name(), e.getMessage());
      } finally {
        if (engine != null && source.opened()) {
          engine.close();
        }
      }
    }
    return new Room(seats, unreachable);
  }

  /**
   * How the room answered one question.
   *
   * @param lesson the lesson's ID
   * @param step the step's number
   * @param question the question
   * @param evidence what the step's proof showed
   * @param answers how many learners gave each answer
   * @param right how many predicted what the evidence showed
   * @param total how many answered
   */
  public record Tally(
      String lesson,
      int step,
      String question,
      String evidence,
      Map<String, Integer> answers,
      int right,
      int total) {}

  /** Each question the room answered, in lesson and step order. */
  public List<Tally> predictions() {
    Map<String, List<Prediction>> byQuestion = new TreeMap<>();
    Map<String, String> lessonOf = new LinkedHashMap<>();
    for (Seat seat : seats) {
      if (seat.record() == null) {
        continue;
      }
      for (LearnerRecord.LessonState lesson : seat.record().lessons()) {
        for (Prediction p : lesson.predictions()) {
          String key = lesson.lesson() + String.format("/%03d", p.step());
          lessonOf.put(key, lesson.lesson());
          byQuestion.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
      }
    }
    List<Tally> tallies = new ArrayList<>();
    byQuestion.forEach(
        (key, predictions) -> {
          Map<String, Integer> answers = new TreeMap<>();
          predictions.forEach(p -> answers.merge(p.answer(), 1, Integer::sum));
          Prediction first = predictions.get(0);
          tallies.add(
              new Tally(
                  lessonOf.get(key),
                  first.step(),
                  first.question(),
                  first.evidence(),
                  answers,
                  (int) predictions.stream().filter(Prediction::right).count(),
                  predictions.size()));
        });
    return tallies;
  }
}
