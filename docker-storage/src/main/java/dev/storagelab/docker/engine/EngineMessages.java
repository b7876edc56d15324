package dev.storagelab.docker.engine;

/** The engine's own words inside a docker-java exception, without the HTTP wrapping. */
final class EngineMessages {

  private EngineMessages() {}

  static String of(RuntimeException e) {
    String body = String.valueOf(e.getMessage());
    try {
      int start = body.indexOf('{');
      if (start >= 0) {
        return RawApi.JSON.readTree(body.substring(start)).path("message").asString(body);
      }
    } catch (RuntimeException notJson) {
      // The raw text is the message.
    }
    return body;
  }
}
