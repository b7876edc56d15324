package dev.storagelab.lesson;

/**
 * A step turned around: the learner types the commands, and the check reads what they left on the
 * engine. A check never changes, starts or removes the learner's objects: they are the learner's.
 */
public interface Exercise {

  /**
   * What the learner's own commands must leave on the engine, in a sentence or two.
   *
   * @param run a practice run, for the names and folders the learner uses
   */
  String goal(LessonRun run);

  /**
   * Reads the engine and says whether the step's claim holds for what the learner made, with the
   * evidence a proof shows and a specific hint for each claim that does not hold yet.
   *
   * @param run a practice run (see {@link LessonRun#practice})
   */
  StepReport check(LessonRun run);
}
