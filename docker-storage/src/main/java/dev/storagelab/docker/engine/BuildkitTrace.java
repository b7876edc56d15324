package dev.storagelab.docker.engine;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The progress of a BuildKit build, as the engine streams it: each {@code moby.buildkit.trace}
 * message is a base64 protobuf {@code StatusResponse} of BuildKit's control API. Only the fields a
 * learner reads are decoded: each vertex's name, whether it came from the cache, when it ended and
 * its error, and the output of the steps that run.
 */
final class BuildkitTrace {

  /** A Dockerfile step's vertex, such as {@code [2/5] COPY cgi-bin/ /app/cgi-bin/}. */
  private static final Pattern STEP = Pattern.compile("\\[(\\S+ )?\\d+/\\d+\\] .*");

  private final Consumer<String> progress;
  private final Set<String> ended = new HashSet<>();
  private int steps;
  private int cachedSteps;

  BuildkitTrace(Consumer<String> progress) {
    this.progress = progress;
  }

  /** How many Dockerfile steps ended, from the cache or run. */
  int steps() {
    return steps;
  }

  /** How many Dockerfile steps came from the cache. */
  int cachedSteps() {
    return cachedSteps;
  }

  /** Reads one trace message: each step as it ends, and what the steps print. */
  void accept(String base64) {
    Wire status = new Wire(Base64.getDecoder().decode(base64));
    while (status.more()) {
      int field = status.field();
      if (field == 1) {
        vertex(status.message());
      } else if (field == 3) {
        log(status.message());
      } else {
        status.skip();
      }
    }
  }

  private void vertex(Wire vertex) {
    String digest = "";
    String name = "";
    boolean cached = false;
    long started = -1;
    long completed = -1;
    String error = "";
    while (vertex.more()) {
      switch (vertex.field()) {
        case 1 -> digest = vertex.string();
        case 3 -> name = vertex.string();
        case 4 -> cached = vertex.varint() != 0;
        case 5 -> started = millis(vertex.message());
        case 6 -> completed = millis(vertex.message());
        case 7 -> error = vertex.string();
        default -> vertex.skip();
      }
    }
    if ((completed < 0 && error.isEmpty()) || !ended.add(digest)) {
      return;
    }
    boolean step = STEP.matcher(name).matches();
    if (step) {
      steps++;
      cachedSteps += cached ? 1 : 0;
    }
    if (!error.isEmpty()) {
      progress.accept(name + "  ERROR: " + error + "\n");
    } else if (step) {
      progress.accept(name + "  " + outcome(cached, started, completed) + "\n");
    }
  }

  private static String outcome(boolean cached, long started, long completed) {
    if (cached) {
      return "CACHED";
    }
    return started < 0
        ? "DONE"
        : String.format(Locale.ROOT, "DONE %.1fs", (completed - started) / 1000.0);
  }

  private void log(Wire log) {
    while (log.more()) {
      if (log.field() == 4) {
        log.string()
            .lines()
            .filter(line -> !line.isBlank())
            .forEach(line -> progress.accept("  " + line + "\n"));
      } else {
        log.skip();
      }
    }
  }

  /** A protobuf {@code Timestamp} in milliseconds. */
  private static long millis(Wire timestamp) {
    long seconds = 0;
    long nanos = 0;
    while (timestamp.more()) {
      switch (timestamp.field()) {
        case 1 -> seconds = timestamp.varint();
        case 2 -> nanos = timestamp.varint();
        default -> timestamp.skip();
      }
    }
    return seconds * 1000 + nanos / 1_000_000;
  }

  /** Protobuf's wire format, read field by field; a truncated message is an engine fault. */
  private static final class Wire {

    private final byte[] bytes;
    private int at;
    private final int end;
    private int type;

    Wire(byte[] bytes) {
      this(bytes, 0, bytes.length);
    }

    private Wire(byte[] bytes, int from, int end) {
      this.bytes = bytes;
      this.at = from;
      this.end = end;
    }

    boolean more() {
      return at < end;
    }

    /** The next field's number; its value is read next. */
    int field() {
      long key = varint();
      type = (int) (key & 7);
      return (int) (key >>> 3);
    }

    long varint() {
      long value = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        byte b = next();
        value |= (long) (b & 0x7f) << shift;
        if (b >= 0) {
          return value;
        }
      }
      throw malformed();
    }

    Wire message() {
      int length = length();
      Wire inner = new Wire(bytes, at, at + length);
      at += length;
      return inner;
    }

    String string() {
      int length = length();
      String value = new String(bytes, at, length, StandardCharsets.UTF_8);
      at += length;
      return value;
    }

    void skip() {
      switch (type) {
        case 0 -> varint();
        case 1 -> advance(8);
        case 2 -> advance(length());
        case 5 -> advance(4);
        default -> throw malformed();
      }
    }

    private int length() {
      long length = varint();
      if (length < 0 || length > end - at) {
        throw malformed();
      }
      return (int) length;
    }

    private void advance(int count) {
      if (count > end - at) {
        throw malformed();
      }
      at += count;
    }

    private byte next() {
      if (at >= end) {
        throw malformed();
      }
      return bytes[at++];
    }

    private static EngineException malformed() {
      return new EngineException(
          "the engine sent a build progress message that is cut short", null);
    }
  }
}
