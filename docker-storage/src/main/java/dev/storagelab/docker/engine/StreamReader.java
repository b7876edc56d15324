package dev.storagelab.docker.engine;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream the engine sends (an image export) while it arrives.
 *
 * @param <T> what is read from it
 */
@FunctionalInterface
public interface StreamReader<T> {

  /** Reads the stream; it is closed afterwards by the caller. */
  T read(InputStream in) throws IOException;
}
