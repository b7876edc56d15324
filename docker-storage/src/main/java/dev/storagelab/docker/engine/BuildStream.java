package dev.storagelab.docker.engine;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads a build's output as the engine streams it, one JSON message at a time, from either builder:
 * the legacy builder's lines of text, BuildKit's progress traces, the built image's ID, and the
 * error that ends a failed build.
 */
final class BuildStream implements Consumer<JsonNode> {

  /** A legacy builder's step line, {@code Step 2/8 : COPY ...} (Podman: {@code STEP 2/8: ...}). */
  private static final Pattern LEGACY_STEP = Pattern.compile("step \\d+/\\d+ ?:.*");

  private final Consumer<String> progress;
  private final BuildkitTrace trace;
  private boolean buildkit;
  private int legacySteps;
  private int legacyCached;
  private String imageId = "";
  private String error;

  BuildStream(Consumer<String> progress) {
    this.progress = progress;
    this.trace = new BuildkitTrace(progress);
  }

  @Override
  public void accept(JsonNode message) {
    if (message.has("error")) {
      error =
          message.path("errorDetail").path("message").asString(message.path("error").asString());
    } else if (message.has("stream")) {
      text(message.path("stream").asString(""));
    } else if ("moby.buildkit.trace".equals(message.path("id").asString(""))) {
      buildkit = true;
      trace.accept(message.path("aux").asString(""));
    } else if (message.path("aux").has("ID")) {
      imageId = message.path("aux").path("ID").asString("");
    }
  }

  private void text(String text) {
    progress.accept(text);
    for (String line : text.lines().toList()) {
      String lower = line.strip().toLowerCase(Locale.ROOT);
      if (LEGACY_STEP.matcher(lower).matches()) {
        legacySteps++;
      } else if (lower.contains("using cache")) {
        legacyCached++;
      }
    }
  }

  /**
   * What the build made.
   *
   * @throws EngineException with the engine's own words when the build failed
   */
  BuildResult result() {
    if (error != null) {
      throw new EngineException(error.strip(), null);
    }
    if (imageId.isEmpty()) {
      throw new EngineException("the engine's build ended without naming the image it built", null);
    }
    return buildkit
        ? new BuildResult(imageId, BuildResult.Builder.BUILDKIT, trace.steps(), trace.cachedSteps())
        : new BuildResult(imageId, BuildResult.Builder.LEGACY, legacySteps, legacyCached);
  }
}
