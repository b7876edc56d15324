package dev.storagelab.shell.output;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON that {@code --json} prints: one indented document. */
public final class Json {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private Json() {}

  /** The value as indented JSON. */
  public static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }
}
