package dev.storagelab.lesson;

import dev.storagelab.docker.engine.Engine;

/**
 * How a learner's lessons reach the instructor's view of the room: after each step the session
 * hands itself over to be published where the instructor can read it, and before a run it asks
 * whether the instructor reset the learner (so that their saved progress starts over too).
 */
public interface RoomLink {

  /** No room: a learner on their own, or a test. */
  RoomLink NONE =
      new RoomLink() {
        @Override
        public void publish(Engine engine, LessonSession session) {}

        @Override
        public boolean resetByInstructor(Engine engine, LessonSession session) {
          return false;
        }
      };

  /** Publishes the learner's progress, read from the session, on the engine. */
  void publish(Engine engine, LessonSession session);

  /** Whether the instructor reset the learner since the learner's last step on the engine. */
  boolean resetByInstructor(Engine engine, LessonSession session);
}
