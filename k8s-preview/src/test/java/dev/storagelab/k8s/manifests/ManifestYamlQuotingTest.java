package dev.storagelab.k8s.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.k8s.bridge.Manifest;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yaml.snakeyaml.Yaml;

class ManifestYamlQuotingTest {

  @Example
  void writesLikeTheDocumentationQuotingOnlyWhatYamlWouldMisread() {
    String yaml = ManifestYaml.yaml(configMap(Map.of("debug", "true")));

    assertThat(yaml).contains("apiVersion: v1\n", "kind: ConfigMap\n", "debug: \"true\"\n");
    assertThat(ManifestYaml.yaml(configMap(Map.of("mode", "0755")))).contains("mode: \"0755\"");
    assertThat(ManifestYaml.yaml(configMap(Map.of("v", "1.0")))).contains("v: \"1.0\"");
    assertThat(ManifestYaml.yaml(configMap(Map.of("size", "1Gi")))).contains("size: 1Gi\n");
    assertThat(ManifestYaml.yaml(configMap(Map.of("path", "/var/lib/docker"))))
        .contains("path: /var/lib/docker\n");
    assertThat(ManifestYaml.yaml(configMap(Map.of("empty", "")))).contains("empty: \"\"\n");
  }

  @Example
  void escapesWhatYamlReadersDisagreeOnAndKeepsPathsInCommentsOnTheirLine() {
    assertThat(ManifestYaml.yaml(configMap(Map.of("path", "/srv/a\u2028b\u0085c\u007fd"))))
        .contains("path: \"/srv/a\\u2028b\\Nc\\x7fd\"\n");
    assertThat(ManifestYaml.yaml(configMap(Map.of("script", "a\nb\n"))))
        .contains("script: |\n    a\n    b\n");

    String yaml =
        ManifestYaml.write(
            new Manifest(configMap(Map.of("k", "v")), List.of("could not check /tmp/a\nkind: x")));

    assertThat(yaml).startsWith("# could not check /tmp/a\\x0akind: x\n---\n");
  }

  @Property(tries = 2000)
  void everyStringReadsBackAsTheSameStringInYaml11AndInFabric8(
      @ForAll("tricky") String key, @ForAll("tricky") String value) {
    String yaml = ManifestYaml.yaml(configMap(Map.of(key, value)));

    Map<String, Object> yaml11 = new Yaml().load(yaml);
    @SuppressWarnings("unchecked")
    Map<Object, Object> data = (Map<Object, Object>) yaml11.get("data");
    assertThat(data).containsExactly(Map.entry(key, value));
    ConfigMap back = (ConfigMap) ManifestYaml.read(yaml);
    assertThat(back.getData()).containsExactly(Map.entry(key, value));
  }

  @Property(tries = 1000)
  void aCommentStaysACommentForEveryReader(@ForAll("tricky") String text) {
    String yaml =
        ManifestYaml.write(new Manifest(configMap(Map.of("k", "v")), List.of("from " + text)));

    String comment = yaml.substring(0, yaml.indexOf("---\n"));
    assertThat(comment.split("[\n\r\u0085\u2028\u2029]")).allMatch(line -> line.startsWith("#"));
    List<Object> documents = new ArrayList<>();
    new Yaml().loadAll(yaml).forEach(documents::add);
    Object withoutComment =
        new Yaml().load(ManifestYaml.write(new Manifest(configMap(Map.of("k", "v")), List.of())));
    assertThat(documents)
        .as("the comment added nothing a YAML 1.1 reader sees")
        .singleElement()
        .isEqualTo(withoutComment);
    assertThat(ManifestYaml.read(yaml)).isEqualTo(configMap(Map.of("k", "v")));
  }

  /**
   * Strings of every kind a Docker name, path or option can hold (valid Unicode: no lone
   * surrogates).
   */
  @Provide
  Arbitrary<String> tricky() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "yes",
            "No",
            "on",
            "OFF",
            "y",
            "n",
            "~",
            "null",
            "true",
            "0755",
            "0x1F",
            "1_000",
            "1:20",
            "1e3",
            ".5",
            ".inf",
            "-.Inf",
            ".NaN",
            "2026-11-28",
            "1.0",
            "<<",
            "=",
            "",
            " lead",
            "trail ",
            "a: b",
            "a #b",
            "#x",
            "- x",
            "[1]",
            "{a}",
            "&a",
            "*a",
            "!t",
            "|",
            ">",
            "%d",
            "@x",
            "`x`",
            "'q'",
            "\"q\"",
            "a\nb",
            "tab\there",
            "key:",
            "?x",
            "-",
            "a\u0085b",
            "\u2028",
            "x\u2029y",
            "\u007f",
            "\ufeffx",
            "a\rb",
            "\u001b[31m"),
        Arbitraries.strings()
            .withChars("a :#-'\"\\\t\n\r\u001b\u007f\u0085\u00a0\u2028\u2029\ufeff")
            .ofMaxLength(8),
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12),
        Arbitraries.strings()
            .withCharRange('\u0000', '\ud7ff')
            .withCharRange('\ue000', '\ufffd')
            .ofMaxLength(6));
  }

  private static ConfigMap configMap(Map<String, String> data) {
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withName("x")
        .endMetadata()
        .withData(data)
        .build();
  }
}
