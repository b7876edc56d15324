package dev.storagelab.docker.layers.archive;

import dev.storagelab.docker.input.InputException;

/** An image archive storage-lab cannot read: truncated, hostile, or not an image at all. */
public final class BadArchiveException extends InputException {

  private static final long serialVersionUID = 1L;

  BadArchiveException(String source, String problem) {
    this(source, problem, null);
  }

  BadArchiveException(String source, String problem, Throwable cause) {
    super("Cannot read " + source + ": " + problem + ".", source, -1, cause);
  }
}
