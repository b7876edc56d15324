package dev.storagelab.k8s.manifests;

import dev.storagelab.k8s.bridge.Manifest;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.function.IntPredicate;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;

/** Manifests as YAML written by fabric8's serializer, each after its comment; and read back. */
public final class ManifestYaml {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private static final DumpSettings DUMP =
      DumpSettings.builder()
          .setExplicitStart(true)
          .setDefaultFlowStyle(FlowStyle.BLOCK)
          .setSplitLines(false)
          .build();

  private ManifestYaml() {}

  /** One manifest as a YAML document: its comment lines, then the object. */
  public static String write(Manifest manifest) {
    StringBuilder out = new StringBuilder();
    for (String line : manifest.comment()) {
      wrap(line, out);
    }
    out.append(yaml(manifest.object()));
    return out.toString();
  }

  /**
   * An object as YAML the way the Kubernetes documentation writes it: {@code apiVersion: v1}, with
   * quotes only where a YAML reader would otherwise take the string for something else ({@code
   * "true"}, {@code "0755"}, {@code "1.0"}).
   */
  public static String yaml(HasMetadata object) {
    Object tree = SERIALIZATION.convertValue(object, Object.class);
    String yaml = new Dump(DUMP, new MinimalQuotes(DUMP)).dumpToString(tree);
    // The emitter leaves DEL, LS, PS and the BOM raw. MinimalQuotes double-quotes every string
    // that holds one, so each is inside double quotes, where its escape is the same character.
    return escaped(yaml, YamlQuoting::mustEscape);
  }

  /**
   * Represents strings plain unless {@link YamlQuoting} says they need double quotes, and
   * double-quoted, whatever style the emitter would pick, when they hold a character that must be
   * escaped.
   */
  private static final class MinimalQuotes extends StandardRepresenter {

    MinimalQuotes(DumpSettings settings) {
      super(settings);
    }

    @Override
    protected Node representScalar(Tag tag, String value, ScalarStyle style) {
      boolean quote =
          tag.equals(Tag.STR)
              && (YamlQuoting.needsEscapes(value)
                  || style == ScalarStyle.PLAIN && YamlQuoting.needsQuotes(value));
      return super.representScalar(tag, value, quote ? ScalarStyle.DOUBLE_QUOTED : style);
    }
  }

  /**
   * A comment line, wrapped at 100 columns, continuation lines indented. Line breaks in it are
   * escaped: it holds paths and names from the user's mounts, which must not become YAML.
   */
  private static void wrap(String line, StringBuilder out) {
    StringBuilder current = new StringBuilder("#");
    for (String word : escaped(line, c -> c == '\n' || YamlQuoting.mustEscape(c)).split(" ")) {
      if (current.length() + word.length() + 1 > 100 && current.length() > 4) {
        out.append(current).append('\n');
        current = new StringBuilder("#  ");
      }
      current.append(' ').append(word);
    }
    out.append(current).append('\n');
  }

  /** {@code text} with each character {@code escape} picks written as its escape. */
  private static String escaped(String text, IntPredicate escape) {
    if (text.chars().noneMatch(escape)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    text.chars()
        .forEach(
            c -> {
              if (escape.test(c)) {
                out.append(YamlQuoting.escape(c));
              } else {
                out.append((char) c);
              }
            });
    return out.toString();
  }

  /** The object in a YAML document (its comments are ignored). */
  public static HasMetadata read(String yaml) {
    return SERIALIZATION.unmarshal(yaml, HasMetadata.class);
  }

  /** The object as JSON. */
  public static String json(HasMetadata object) {
    return SERIALIZATION.asJson(object);
  }
}
