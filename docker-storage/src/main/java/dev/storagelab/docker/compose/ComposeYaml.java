package dev.storagelab.docker.compose;

import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.input.UserFile;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A compose file's YAML as the compose tools read it: YAML 1.1, with anchors, aliases and {@code
 * <<} merge keys resolved. Bounded in every way a hostile file could try: only regular files, at
 * most {@link #MAX_BYTES}, and at most {@link #MAX_VALUES} values once aliases are expanded (a
 * "billion laughs" file is refused at once, not expanded).
 */
final class ComposeYaml {

  /** The largest compose file read. */
  static final int MAX_BYTES = 3 * 1024 * 1024;

  /** The most values a file may expand to through its aliases. */
  static final int MAX_VALUES = 100_000;

  private static final int MAX_DEPTH = 64;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Path file;
  private final IdentityHashMap<Object, Boolean> open = new IdentityHashMap<>();
  private int values;

  private ComposeYaml(Path file) {
    this.file = file;
  }

  /**
   * The file's top-level mapping as a tree.
   *
   * @throws InputException when the file is missing, not a regular file, too large, not UTF-8, not
   *     YAML, or expands beyond the bound
   */
  static ObjectNode read(Path file) {
    ComposeYaml reader = new ComposeYaml(file);
    Object document = reader.load(UserFile.readText(file, "compose file", MAX_BYTES));
    if (!(document instanceof Map<?, ?>)) {
      throw new InputException(
          file + " is not a compose file: its top level is not a mapping", file.toString());
    }
    return (ObjectNode) reader.tree(document, 0);
  }

  private Object load(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setAllowRecursiveKeys(false);
    options.setMaxAliasesForCollections(1_000);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_BYTES);
    Yaml yaml =
        new Yaml(
            new SafeConstructor(options),
            new Representer(new org.yaml.snakeyaml.DumperOptions()),
            new org.yaml.snakeyaml.DumperOptions(),
            options,
            new NoTimestamps());
    try {
      return yaml.load(text);
    } catch (MarkedYAMLException e) {
      throw problem(at(e.getProblemMark()) + "not valid YAML: " + describe(e), e);
    } catch (YAMLException e) {
      throw problem(file + ": not valid YAML: " + firstLine(e.getMessage()), e);
    }
  }

  private JsonNode tree(Object value, int depth) {
    if (++values > MAX_VALUES) {
      throw problem(
          file
              + ": its aliases expand to more than "
              + MAX_VALUES
              + " values; refused (a compose file needs far fewer)",
          null);
    }
    if (depth > MAX_DEPTH) {
      throw problem(
          file + ": nested deeper than " + MAX_DEPTH + " levels, or an alias refers to itself",
          null);
    }
    if (value instanceof Map<?, ?> map) {
      return within(map, () -> mapping(map, depth));
    }
    if (value instanceof Collection<?> list) {
      return within(list, () -> sequence(list, depth));
    }
    return scalar(value);
  }

  private JsonNode mapping(Map<?, ?> map, int depth) {
    ObjectNode node = NODES.objectNode();
    map.forEach((key, item) -> node.set(String.valueOf(key), tree(item, depth + 1)));
    return node;
  }

  private JsonNode sequence(Collection<?> list, int depth) {
    ArrayNode node = NODES.arrayNode();
    list.forEach(item -> node.add(tree(item, depth + 1)));
    return node;
  }

  private JsonNode within(Object container, java.util.function.Supplier<JsonNode> convert) {
    if (open.put(container, Boolean.TRUE) != null) {
      throw problem(file + ": an alias refers to a value that contains it", null);
    }
    try {
      return convert.get();
    } finally {
      open.remove(container);
    }
  }

  private static JsonNode scalar(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Integer || value instanceof Long) {
      return NODES.numberNode(((Number) value).longValue());
    }
    if (value instanceof BigInteger big) {
      return NODES.numberNode(big);
    }
    if (value instanceof Double d) {
      return NODES.numberNode(d);
    }
    if (value instanceof byte[] bytes) {
      return NODES.binaryNode(bytes);
    }
    return NODES.stringNode(String.valueOf(value));
  }

  private String at(Mark mark) {
    return mark == null
        ? file + ": "
        : file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1) + ": ";
  }

  private static String describe(MarkedYAMLException e) {
    String problem = firstLine(String.valueOf(e.getProblem()));
    String context = e.getContext();
    if (context == null || e.getContextMark() == null) {
      return problem;
    }
    return problem
        + " ("
        + firstLine(context)
        + " that starts at line "
        + (e.getContextMark().getLine() + 1)
        + ")";
  }

  private static String firstLine(String text) {
    String line = text.strip();
    int end = line.indexOf('\n');
    return end < 0 ? line : line.substring(0, end);
  }

  private InputException problem(String message, Throwable cause) {
    return new InputException(message, file.toString(), -1, cause);
  }

  /**
   * YAML 1.1's implicit types without timestamps: a compose value that looks like a date is text to
   * compose, never a date.
   */
  private static final class NoTimestamps extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
      addImplicitResolver(Tag.INT, INT, "-+0123456789");
      addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
      addImplicitResolver(Tag.MERGE, MERGE, "<");
      addImplicitResolver(Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(Tag.NULL, EMPTY, null);
      addImplicitResolver(Tag.YAML, YAML, "!&*");
    }
  }
}
