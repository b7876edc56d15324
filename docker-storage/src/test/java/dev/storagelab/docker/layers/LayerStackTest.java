package dev.storagelab.docker.layers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.engine.HistoryEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayerStackTest {

  @Test
  void theKeywordComesFromTheClassicBuildersRecord() {
    assertThat(keyword("/bin/sh -c #(nop) COPY dir:4a1b in /app/cgi-bin/ ")).isEqualTo("COPY");
    assertThat(keyword("/bin/sh -c #(nop)  EXPOSE 8080")).isEqualTo("EXPOSE");
    assertThat(keyword("/bin/sh -c #(nop)  CMD [\"httpd\" \"-f\"]")).isEqualTo("CMD");
    assertThat(keyword("/bin/sh -c mkdir -p /app/data")).isEqualTo("RUN");
  }

  @Test
  void theKeywordComesFromBuildKitsRecordToo() {
    assertThat(keyword("COPY index.html /app/index.html # buildkit")).isEqualTo("COPY");
    assertThat(keyword("RUN /bin/sh -c mkdir -p /app/data # buildkit")).isEqualTo("RUN");
    assertThat(keyword("EXPOSE map[8080/tcp:{}]")).isEqualTo("EXPOSE");
  }

  @Test
  void longIdsInPathsAreShownAsDockerShowsIds() {
    String upper = "/var/lib/docker/overlay2/" + "a".repeat(64) + "/diff";

    assertThat(LayerStack.abbreviateIds(upper))
        .isEqualTo("/var/lib/docker/overlay2/aaaaaaaaaaaa…/diff");
  }

  @Test
  void sizesAreShownInTheUnitsDockerPrints() {
    assertThat(ByteSize.of(512)).isEqualTo("512 B");
    assertThat(ByteSize.of(1536)).isEqualTo("1.5 kB");
    assertThat(ByteSize.of(2 * 1024 * 1024)).isEqualTo("2.0 MB");
    assertThat(ByteSize.of(3L * 1024 * 1024 * 1024)).isEqualTo("3.0 GB");
  }

  @Test
  void aChainIdIsTheFirstLayersDigestThenTheHashOfTheChainBelowAndTheNextDigest() {
    String a = "sha256:" + "a".repeat(64);
    String b = "sha256:" + "b".repeat(64);

    assertThat(LayerStack.chainIds(List.of(a, b)))
        .containsExactly(
            a, "sha256:ccd722928bd92476ba1745586fed6e45a102504185ad88cd89e01ff116fd146c");
    assertThat(LayerStack.chainIds(List.of())).isEmpty();
  }

  private static String keyword(String createdBy) {
    return LayerStack.keyword(new HistoryEntry("<missing>", createdBy, 0, List.of()));
  }
}
