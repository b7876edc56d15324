package dev.storagelab.docker.mounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storagelab.docker.input.InputException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunLineTest {

  private static final ParseContext CONTEXT = new ParseContext(Path.of("/work"), "local", false);

  @Test
  void mountFlagsAreReadAndOtherFlagsSkipped() {
    RunLine line =
        RunLine.parse(
            "docker run -d --rm -e MODE=-v -p 8080:80 --name web -v data-volume:/app"
                + " --mount type=bind,src=/srv/site,dst=/site,readonly --tmpfs /cache:size=64m"
                + " busybox httpd -f -v /not-a-mount",
            CONTEXT);

    assertThat(line.mounts()).extracting(Mount::target).containsExactly("/app", "/site", "/cache");
    assertThat(line.image()).contains("busybox");
    assertThat(line.command()).containsExactly("httpd", "-f", "-v", "/not-a-mount");
  }

  @Test
  void quotedWordsAreKeptWholeAsAShellWouldKeepThem() {
    RunLine line =
        RunLine.parse(
            "docker container create --mount 'type=volume,src=nfs,dst=/n,\"volume-opt=o=addr=1.2.3.4,rw\"'"
                + " -e \"GREETING=hello world\" img",
            CONTEXT);

    VolumeMount nfs = (VolumeMount) line.mounts().get(0);
    assertThat(nfs.driverOptions()).containsEntry("o", "addr=1.2.3.4,rw");
    assertThat(line.image()).contains("img");
  }

  @Test
  void combinedShortFlagsAndEqualsFormsAreUnderstood() {
    RunLine line =
        RunLine.parse("docker run -itv data:/app --volume=/srv:/srv -v=logs:/logs img", CONTEXT);

    assertThat(line.mounts()).extracting(Mount::target).containsExactly("/app", "/srv", "/logs");
  }

  @Test
  void theVolumeDriverFlagAppliesToNamedVolumes() {
    RunLine line =
        RunLine.parse("docker run --volume-driver rexray/ebs -v db:/var/lib/db img", CONTEXT);

    assertThat(((VolumeMount) line.mounts().get(0)).driver()).isEqualTo("rexray/ebs");
  }

  @Test
  void aLineOfMountFlagsAloneIsRead() {
    RunLine line = RunLine.parse("-v a1:/b --mount type=tmpfs,dst=/y", CONTEXT);

    assertThat(line.mounts()).hasSize(2);
    assertThat(line.image()).isEmpty();
  }

  @Test
  void twoMountsOnOneTargetAreRefused() {
    assertThatThrownBy(() -> RunLine.parse("docker run -v a1:/app --tmpfs /app/ img", CONTEXT))
        .isInstanceOf(MountSpecException.class)
        .hasMessageContaining("duplicate mount point");
  }

  @Test
  void aTmpfsTargetGivenTwiceIsOneTmpfsWithTheLastOptionsAsDockerKeepsIt() {
    RunLine line =
        RunLine.parse("docker run --tmpfs /a:size=1m --tmpfs /a:size=2m,noexec img", CONTEXT);

    assertThat(line.mounts()).hasSize(1);
    TmpfsMount tmpfs = (TmpfsMount) line.mounts().get(0);
    assertThat(tmpfs.sizeBytes()).hasValue(2L << 20);
    assertThat(tmpfs.options()).containsExactly("noexec");
    assertThat(line.notes())
        .singleElement()
        .asString()
        .contains("--tmpfs /a is given more than once")
        .contains("the last one");
  }

  @Test
  void aTmpfsModeIsOctalDigitsAloneAsTheDockerCliReadsIt() {
    for (String mode : List.of("-1", "+755", "0x1ff", "8", "")) {
      assertThatThrownBy(
              () -> RunLine.parse("--mount type=tmpfs,dst=/a,tmpfs-mode=" + mode, CONTEXT))
          .as(mode)
          .isInstanceOf(MountSpecException.class)
          .hasMessageContaining("tmpfs-mode");
    }
    TmpfsMount tmpfs =
        (TmpfsMount)
            RunLine.parse("--mount type=tmpfs,dst=/a,tmpfs-mode=1770", CONTEXT).mounts().get(0);
    assertThat(tmpfs.mode()).hasValue(01770);
  }

  @Test
  void aBadSpecIsReportedWithTheFlagAndThePart() {
    assertThatThrownBy(() -> RunLine.parse("docker run -v data:/app:ro,rw img", CONTEXT))
        .isInstanceOf(MountSpecException.class)
        .hasMessage("-v data:/app:ro,rw — \"ro\" and \"rw\" cannot be combined (at character 11)");
  }

  @Test
  void anUnclosedQuoteOrAMissingValueIsAnInputError() {
    assertThatThrownBy(() -> RunLine.parse("docker run -v 'data:/app img", CONTEXT))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("unclosed single quote");
    assertThat(RunLine.parse("docker run img -v", CONTEXT).command()).containsExactly("-v");
    assertThatThrownBy(() -> RunLine.parse("docker run -v", CONTEXT))
        .hasMessageContaining("-v needs a value");
  }
}
