package dev.storagelab.lesson;

/**
 * One fact a proof shows the learner: a path, a digest, a size, a diff line, an engine message.
 *
 * @param label what the fact is
 * @param value the fact, as read from the engine or the host
 */
public record Evidence(String label, String value) {}
