package dev.storagelab.docker.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.process.EnvVar;
import dev.storagelab.docker.process.PortSpec;
import dev.storagelab.docker.process.ProcessSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a compose service says of how its program runs, read as docker compose reads it. */
class ComposeProcessTest {

  private static final Path HOME = Path.of("/home/learner");

  @TempDir Path dir;

  @Test
  void wordpressAndItsDatabaseKeepEveryVariableThePortAndTheCommand() throws IOException {
    // awesome-compose's wordpress-mysql, as written there.
    ProcessSpec db =
        service(
            """
            services:
              db:
                image: mariadb:10.6.4-focal
                command: '--default-authentication-plugin=mysql_native_password'
                volumes:
                  - db_data:/var/lib/mysql
                restart: always
                environment:
                  - MYSQL_ROOT_PASSWORD=somewordpress
                  - MYSQL_DATABASE=wordpress
                  - MYSQL_USER=wordpress
                  - MYSQL_PASSWORD=wordpress
                expose:
                  - 3306
                  - 33060
              wordpress:
                image: wordpress:latest
                ports:
                  - 80:80
                restart: always
                environment:
                  - WORDPRESS_DB_HOST=db
                  - WORDPRESS_DB_USER=wordpress
                  - WORDPRESS_DB_PASSWORD=wordpress
                  - WORDPRESS_DB_NAME=wordpress
            volumes:
              db_data:
            """,
            "db");

    assertThat(db.command())
        .containsExactly("--default-authentication-plugin=mysql_native_password");
    assertThat(db.env())
        .extracting(EnvVar::name)
        .containsExactly("MYSQL_ROOT_PASSWORD", "MYSQL_DATABASE", "MYSQL_USER", "MYSQL_PASSWORD");
    assertThat(db.credentials())
        .extracting(EnvVar::name)
        .containsExactly("MYSQL_ROOT_PASSWORD", "MYSQL_PASSWORD");
    assertThat(db.restart()).contains("always");
    assertThat(db.ports())
        .containsExactly(new PortSpec(3306, "tcp", "", -1), new PortSpec(33060, "tcp", "", -1));
  }

  @Test
  void aCommandLineIsSplitAsAShellSplitsItAndEntrypointOverrides() throws IOException {
    ProcessSpec p =
        service(
            "services:\n  s:\n    image: x\n    entrypoint: /bin/sh -c\n    command: \"echo 'hello world'\"\n",
            "s");

    assertThat(p.entrypoint()).contains(List.of("/bin/sh", "-c"));
    assertThat(p.command()).containsExactly("echo", "hello world");
  }

  @Test
  void envFilesComeFirstThenEnvironmentAndANameAloneTakesTheShellsValue() throws IOException {
    Files.writeString(
        dir.resolve("common.env"), "A=from-file\nexport B=\"quoted file\"\n# comment\n");
    ProcessSpec p =
        service(
            "services:\n  s:\n    image: x\n    env_file: [common.env]\n    environment:\n"
                + "      A: from-compose\n      C: ${FROM_SHELL}\n      D:\n",
            "s",
            Map.of("FROM_SHELL", "interpolated", "D", "inherited"));

    assertThat(p.env())
        .containsExactly(
            new EnvVar("A", "from-compose"),
            new EnvVar("B", "quoted file"),
            new EnvVar("C", "interpolated"),
            new EnvVar("D", "inherited"));
  }

  @Test
  void portsLongAndShortHealthcheckLimitsAndTheRest() throws IOException {
    ProcessSpec p =
        service(
            """
            services:
              s:
                image: x
                user: "1000:1000"
                working_dir: /srv
                read_only: true
                cap_add: [NET_BIND_SERVICE]
                cap_drop: [ALL]
                ports:
                  - "127.0.0.1:8080:80/tcp"
                  - target: 53
                    published: "5353"
                    protocol: udp
                healthcheck:
                  test: ["CMD", "curl", "-f", "http://localhost"]
                  interval: 1m30s
                  timeout: 10s
                  retries: 3
                  start_period: 40s
                deploy:
                  resources:
                    limits:
                      cpus: '0.50'
                      memory: 50M
                depends_on: [db]
                init: true
            """,
            "s");

    assertThat(p.user()).contains("1000:1000");
    assertThat(p.workingDir()).contains("/srv");
    assertThat(p.readOnlyRoot()).isTrue();
    assertThat(p.capAdd()).containsExactly("NET_BIND_SERVICE");
    assertThat(p.ports())
        .containsExactly(
            new PortSpec(80, "tcp", "127.0.0.1", 8080), new PortSpec(53, "udp", "", 5353));
    assertThat(p.healthcheck().orElseThrow().command())
        .containsExactly("curl", "-f", "http://localhost");
    assertThat(p.healthcheck().orElseThrow().interval()).isEqualTo(Duration.ofSeconds(90));
    assertThat(p.healthcheck().orElseThrow().startPeriod()).isEqualTo(Duration.ofSeconds(40));
    assertThat(p.nanoCpus()).hasValue(500_000_000L);
    assertThat(p.memoryBytes()).hasValue(50L << 20);
    assertThat(String.join(" ", p.notes())).contains("depends_on").contains("init");
  }

  @Test
  void aHealthcheckOfNoneOrDisabledMakesNoProbe() throws IOException {
    assertThat(
            service("services:\n  s:\n    image: x\n    healthcheck:\n      test: [NONE]\n", "s")
                .healthcheckDisabled())
        .isTrue();
    assertThat(
            service("services:\n  s:\n    image: x\n    healthcheck:\n      disable: true\n", "s")
                .healthcheckDisabled())
        .isTrue();
  }

  @Test
  void valuesComposeRefusesAreInputErrors() throws IOException {
    List<String> services =
        List.of(
            "    ports: ['8000-8010:80']\n",
            "    healthcheck:\n      test: [CMD, true]\n      interval: soon\n",
            "    healthcheck:\n      test: [WHAT, true]\n",
            "    user: 'a:b:c'\n",
            "    env_file: missing.env\n",
            "    restart: sometimes\n");
    for (String body : services) {
      assertThatThrownBy(() -> service("services:\n  s:\n    image: x\n" + body, "s"))
          .as(body)
          .isInstanceOf(InputException.class);
    }
  }

  private ProcessSpec service(String yaml, String name) throws IOException {
    return service(yaml, name, Map.of());
  }

  private ProcessSpec service(String yaml, String name, Map<String, String> env)
      throws IOException {
    Path file = Files.writeString(dir.resolve("compose.yaml"), yaml);
    return ComposeFile.read(file, env, HOME).services().stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow()
        .process();
  }
}
