package dev.storagelab.docker.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storagelab.docker.compose.ProjectedFile.Kind;
import dev.storagelab.docker.compose.ProjectedFile.Origin;
import dev.storagelab.docker.input.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposeSecretsTest {

  @TempDir Path dir;

  @Test
  void secretsAndConfigsLandWhereComposePutsThem() throws IOException {
    ComposeService web =
        read(
            """
            services:
              web:
                image: app
                secrets:
                  - db_password
                  - source: api_key
                    target: key
                    mode: 0400
                configs:
                  - app_conf
                  - source: banner
                    target: /etc/motd
            secrets:
              db_password:
                file: ./secrets/db.txt
              api_key:
                environment: API_KEY
            configs:
              app_conf:
                external: true
                name: shared-conf
              banner:
                content: Hello
            """);

    assertThat(web.files())
        .containsExactly(
            new ProjectedFile(
                Kind.SECRET,
                "db_password",
                Origin.FILE,
                dir.resolve("secrets/db.txt").toString(),
                "/run/secrets/db_password",
                OptionalInt.empty()),
            new ProjectedFile(
                Kind.SECRET,
                "api_key",
                Origin.ENVIRONMENT,
                "API_KEY",
                "/run/secrets/key",
                OptionalInt.of(0400)),
            new ProjectedFile(
                Kind.CONFIG,
                "app_conf",
                Origin.EXTERNAL,
                "shared-conf",
                "/app_conf",
                OptionalInt.empty()),
            new ProjectedFile(
                Kind.CONFIG, "banner", Origin.CONTENT, "Hello", "/etc/motd", OptionalInt.empty()));
  }

  @Test
  void anUndeclaredOrAmbiguousSecretIsRefusedWithWhereItIs() {
    assertThatThrownBy(() -> read("services:\n  web:\n    secrets: [nope]\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("services.web.secrets[0]")
        .hasMessageContaining("'nope'");
    assertThatThrownBy(
            () ->
                read(
                    "services:\n  web:\n    secrets: [s]\nsecrets:\n  s:\n    file: a\n"
                        + "    environment: B\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("secrets.s needs exactly one of file, environment or external");
    assertThatThrownBy(
            () ->
                read(
                    "services:\n  web:\n    volumes: ['/srv:/run/secrets/s']\n    secrets: [s]\n"
                        + "secrets:\n  s:\n    file: a\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("/run/secrets/s");
  }

  private ComposeService read(String yaml) throws IOException {
    Path file = Files.writeString(dir.resolve("compose.yaml"), yaml);
    return ComposeFile.read(file, Map.of("API_KEY", "x"), dir).services().get(0);
  }
}
