package dev.storagelab.docker.compose;

import java.util.OptionalInt;

/**
 * A compose secret or config as one service sees it: a file at {@code target}, its content from the
 * top-level declaration named {@code key}.
 *
 * @param kind a secret or a config
 * @param key the top-level key the service refers to
 * @param origin where the content comes from
 * @param from the host file (absolute), the environment variable, the inline content, or the
 *     external object's name, by {@code origin}
 * @param target the absolute path of the file in the container
 * @param mode the file's mode, when the service sets one
 */
public record ProjectedFile(
    Kind kind, String key, Origin origin, String from, String target, OptionalInt mode) {

  /** The two kinds, with where compose puts their files by default. */
  public enum Kind {
    /** {@code secrets}: files under {@code /run/secrets}. */
    SECRET("secrets", "/run/secrets/"),
    /** {@code configs}: files at the root. */
    CONFIG("configs", "/");

    private final String section;
    private final String folder;

    Kind(String section, String folder) {
      this.section = section;
      this.folder = folder;
    }

    /** The compose section, {@code secrets} or {@code configs}. */
    public String section() {
      return section;
    }

    /** The target of a file that names none, or a relative one. */
    String targetOf(String path) {
      return path.startsWith("/") ? path : folder + path;
    }
  }

  /** Where the content of a secret or config comes from. */
  public enum Origin {
    /** {@code file:} a file on the host. */
    FILE,
    /** {@code environment:} an environment variable of the compose process. */
    ENVIRONMENT,
    /** {@code content:} inline in the compose file (configs only). */
    CONTENT,
    /** {@code external: true}: an object that exists already. */
    EXTERNAL
  }
}
