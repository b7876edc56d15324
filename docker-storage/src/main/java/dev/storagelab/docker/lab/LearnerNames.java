package dev.storagelab.docker.lab;

/**
 * The names a learner's objects get: the course's own ({@code data-volume}) for the learner who
 * holds them, else the course's name with the learner's as a suffix ({@code data-volume-bob},
 * {@code storage-lab/todo-bob:lesson}), so that a room of learners on one engine never reach for
 * one name.
 *
 * @param learner the learner
 * @param course whether the learner holds the course's own names on this engine
 */
public record LearnerNames(LearnerId learner, boolean course) {

  /** The name of a container or volume the course calls {@code wanted}. */
  public String object(String wanted) {
    return course ? wanted : wanted + "-" + learner.name();
  }

  /** The reference of an image the course calls {@code repository:tag}. */
  public String image(String reference) {
    if (course) {
      return reference;
    }
    int colon = reference.lastIndexOf(':');
    return colon > reference.lastIndexOf('/')
        ? reference.substring(0, colon) + "-" + learner.name() + reference.substring(colon)
        : reference + "-" + learner.name();
  }

  /** A name the course gives: an image when it has a tag, else a container's or volume's. */
  public String any(String wanted) {
    return wanted.contains(":") ? image(wanted) : object(wanted);
  }
}
