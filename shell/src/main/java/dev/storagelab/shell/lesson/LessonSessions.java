package dev.storagelab.shell.lesson;

import dev.storagelab.docker.host.HostFiles;
import dev.storagelab.lesson.Lesson;
import dev.storagelab.lesson.LessonSession;
import dev.storagelab.room.RoomRecords;
import dev.storagelab.shell.engine.EngineSession;

/**
 * The learner's lesson session on the engine the shell talks to: progress belongs to an engine, the
 * active lesson to the learner, so it stays when the engine changes.
 */
public class LessonSessions {

  private final EngineSession engines;
  private final Learners learners;
  private LessonSession session;
  private String engine;

  public LessonSessions(EngineSession engines, Learners learners) {
    this.engines = engines;
    this.learners = learners;
  }

  /** Who the lessons are run for. */
  public Learners learners() {
    return learners;
  }

  /**
   * How lessons reach the engine's host: {@code STORAGE_LAB_ENGINE_HOST=remote} treats the engine
   * as remote even where it shares this machine's files.
   */
  static HostFiles.Access hostAccess() {
    return "remote".equalsIgnoreCase(System.getenv("STORAGE_LAB_ENGINE_HOST"))
        ? HostFiles.Access.REMOTE
        : HostFiles.Access.EVIDENCE;
  }

  /** The lesson with that ID, found before any engine is reached: a wrong name is exit 2 anyway. */
  public Lesson lesson(String id) {
    return LessonSession.find(Lessons.all(), id);
  }

  /** The session on the current engine. */
  public synchronized LessonSession current() {
    String id = engines.engine().id();
    if (session == null || !id.equals(engine)) {
      LessonSession fresh =
          new LessonSession(Lessons.all(), learners.store(id), learners.id(), RoomRecords.LINK);
      if (session != null) {
        session.active().ifPresent(fresh::activate);
      }
      session = fresh;
      engine = id;
    }
    return session;
  }
}
