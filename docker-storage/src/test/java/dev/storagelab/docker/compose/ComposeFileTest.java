package dev.storagelab.docker.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.mounts.BindMount;
import dev.storagelab.docker.mounts.Mount;
import dev.storagelab.docker.mounts.MountSpecException;
import dev.storagelab.docker.mounts.Propagation;
import dev.storagelab.docker.mounts.SelinuxLabel;
import dev.storagelab.docker.mounts.TmpfsMount;
import dev.storagelab.docker.mounts.VolumeMount;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposeFileTest {

  private static final Path HOME = Path.of("/home/learner");

  @Test
  void shortSyntaxGivesNamedAnonymousBindAndTmpfsMounts() {
    ComposeProject project = read("short", Map.of("TAG", "2"));

    ComposeService web = project.services().get(0);
    assertThat(project.name()).isEqualTo("short");
    assertThat(web.image()).contains("storage-lab/todo:2");
    assertThat(web.command()).containsExactly("httpd", "-f", "-p", "8080");
    List<Mount> mounts = web.mounts();
    assertThat(mounts).hasSize(6);
    assertThat(mounts.get(0)).isEqualTo(VolumeMount.named("short_data-volume", "/app").build());
    assertThat(mounts.get(1)).isEqualTo(VolumeMount.anonymous("/var/cache/app").build());
    assertThat(mounts.get(2))
        .isEqualTo(
            BindMount.of("/srv/site", "/usr/share/site")
                .withReadOnly(true)
                .withCreateHostPath(true));
    BindMount conf = (BindMount) mounts.get(3);
    assertThat(conf.source()).isEqualTo(dir("short").resolve("conf").toString());
    assertThat(conf.selinux()).contains(SelinuxLabel.SHARED);
    assertThat(conf.readOnly()).isTrue();
    assertThat(mounts.get(4))
        .isEqualTo(VolumeMount.named("shared-logs", "/var/log/app").noCopy(true).build());
    assertThat(mounts.get(5)).isEqualTo(TmpfsMount.of("/run"));
  }

  @Test
  void longSyntaxHonoursTypeDriverOptionsExternalAndTmpfsSettings() {
    ComposeProject project = read("long", Map.of("NFS_SERVER", "10.0.0.5"));

    assertThat(project.name()).isEqualTo("long_project");
    List<Mount> db = project.services().get(0).mounts();
    VolumeMount pgdata = (VolumeMount) db.get(0);
    assertThat(pgdata.name()).contains("long_project_pgdata");
    assertThat(pgdata.noCopy()).isTrue();
    assertThat(pgdata.subpath()).contains("cluster");
    assertThat(pgdata.labels()).containsEntry("team", "storage");
    BindMount backups = (BindMount) db.get(1);
    assertThat(backups.readOnly()).isTrue();
    assertThat(backups.propagation()).isEqualTo(Propagation.RSLAVE);
    assertThat(backups.createHostPath()).isTrue();
    TmpfsMount scratch = (TmpfsMount) db.get(2);
    assertThat(scratch.sizeBytes()).hasValue(64L << 20);
    assertThat(scratch.mode()).hasValue(01777);
    VolumeMount nfs = (VolumeMount) db.get(3);
    assertThat(nfs.driverOptions())
        .containsEntry("type", "nfs")
        .containsEntry("o", "addr=10.0.0.5,rw,nfsvers=4")
        .containsEntry("device", ":/exports/share");
    assertThat(db.get(4)).isEqualTo(TmpfsMount.of("/run"));
    assertThat(((TmpfsMount) db.get(5)).sizeBytes()).hasValue(32L << 20);
    List<Mount> backup = project.services().get(1).mounts();
    assertThat(backup.get(0).readOnly()).isTrue();
    assertThat(((VolumeMount) backup.get(1)).name()).contains("company-archive");
  }

  @Test
  void aRequiredVariableThatIsUnsetIsReportedWithItsMessage() {
    assertThatThrownBy(() -> read("long", Map.of()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("NFS_SERVER is not set: set NFS_SERVER");
  }

  @Test
  void relativePathsResolveAgainstTheFileAndHomeAndDotEnvFillsVariables() {
    ComposeProject project = read("relative", Map.of());

    List<Mount> mounts = project.services().get(0).mounts();
    Path dir = dir("relative");
    assertThat(((BindMount) mounts.get(0)).source()).isEqualTo(dir.resolve("data").toString());
    assertThat(((BindMount) mounts.get(1)).source())
        .isEqualTo(dir.getParent().resolve("shared").toString());
    assertThat(((BindMount) mounts.get(2)).source()).isEqualTo("/home/learner/notes");
    assertThat(((BindMount) mounts.get(3)).source()).isEqualTo(dir.resolve("config").toString());
    assertThat(((BindMount) mounts.get(3)).createHostPath()).isFalse();
    assertThat(project.services().get(0).command()).containsExactly("sh", "-c", "echo $HOME");
  }

  @Test
  void anUndeclaredNamedVolumeIsRefused(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("compose.yaml"), "services:\n  a:\n    volumes: [\"ghost:/x\"]\n");

    assertThatThrownBy(() -> ComposeFile.read(file, Map.of(), HOME))
        .isInstanceOf(MountSpecException.class)
        .hasMessageContaining("services.a.volumes[0]")
        .hasMessageContaining("'ghost'");
  }

  @Test
  void emptySectionsAndRelativeTargetsAreRefused(@TempDir Path dir) throws IOException {
    Path empty =
        Files.writeString(dir.resolve("a.yaml"), "services:\n  a:\n    volumes: [\"/x::/y\"]\n");
    Path relative =
        Files.writeString(dir.resolve("b.yaml"), "services:\n  a:\n    volumes: [\"/x:y\"]\n");

    assertThatThrownBy(() -> ComposeFile.read(empty, Map.of(), HOME))
        .hasMessageContaining("empty section");
    assertThatThrownBy(() -> ComposeFile.read(relative, Map.of(), HOME))
        .hasMessageContaining("absolute");
  }

  @Test
  void aFileInTheLegacyVersionOneLayoutIsNamedWithItsMend(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("docker-compose.yml"),
            "web:\n  image: busybox\n  volumes: [\"/srv:/srv\"]\ndb:\n  build: .\n");

    assertThatThrownBy(() -> ComposeFile.read(file, Map.of(), HOME))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("legacy version 1 layout")
        .hasMessageContaining("services web, db")
        .hasMessageContaining("put them under a top-level 'services:' key");
  }

  @Test
  void aMissingFileOrBadYamlIsAClearError(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "services: [unclosed\n");

    assertThatThrownBy(() -> ComposeFile.read(dir.resolve("nope.yaml"), Map.of(), HOME))
        .hasMessageContaining("No such compose file");
    assertThatThrownBy(() -> ComposeFile.read(bad, Map.of(), HOME))
        .hasMessageContaining("not valid YAML");
  }

  private static ComposeProject read(String fixture, Map<String, String> env) {
    return ComposeFile.read(dir(fixture).resolve("compose.yaml"), env, HOME);
  }

  private static Path dir(String fixture) {
    try {
      return Path.of(
              ComposeFileTest.class.getResource("/compose/" + fixture + "/compose.yaml").toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
