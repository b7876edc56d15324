package dev.storagelab.docker.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The build output of either builder, as the engine streams it, read into one result. */
class BuildStreamTest {

  private final List<String> output = new ArrayList<>();
  private final BuildStream stream = new BuildStream(output::add);

  @Test
  void theLegacyBuildersLinesAreShownAndCounted() {
    read("{\"stream\":\"Step 1/3 : FROM base\\n\"}");
    read("{\"stream\":\"Step 2/3 : COPY . /app\\n\"}");
    read("{\"stream\":\" ---\\u003e Using cache\\n\"}");
    read("{\"stream\":\"Step 3/3 : CMD [\\\"true\\\"]\\n\"}");
    read("{\"aux\":{\"ID\":\"sha256:1234\"}}");

    BuildResult result = stream.result();

    assertThat(result).isEqualTo(new BuildResult("sha256:1234", BuildResult.Builder.LEGACY, 3, 1));
    assertThat(output).first().isEqualTo("Step 1/3 : FROM base\n");
  }

  @Test
  void buildKitsTraceGivesEachStepOnceWhenItEndsWithItsOutput() {
    trace(vertex("d1", "[1/2] FROM base", false, false));
    trace(vertex("d1", "[1/2] FROM base", false, true));
    trace(vertex("d2", "[2/2] RUN echo hi", false, false));
    trace(log("d2", "hi\n"));
    trace(vertex("d2", "[2/2] RUN echo hi", false, true));
    trace(vertex("d3", "[internal] load metadata", true, true));
    read("{\"id\":\"moby.image.id\",\"aux\":{\"ID\":\"sha256:5678\"}}");

    BuildResult result = stream.result();

    assertThat(result)
        .isEqualTo(new BuildResult("sha256:5678", BuildResult.Builder.BUILDKIT, 2, 0));
    assertThat(output)
        .containsExactly(
            "[1/2] FROM base  DONE 0.0s\n", "  hi\n", "[2/2] RUN echo hi  DONE 0.0s\n");
  }

  @Test
  void theEnginesErrorEndsTheBuildInItsOwnWords() {
    trace(vertex("d2", "[2/2] RUN exit 3", false, false));
    read("{\"errorDetail\":{\"message\":\"exit code: 3\"},\"error\":\"exit code: 3 (short)\"}");

    assertThatThrownBy(stream::result)
        .isInstanceOf(EngineException.class)
        .hasMessage("exit code: 3");
  }

  @Test
  void aBuildThatNamesNoImageIsAnEngineFaultNotASuccess() {
    read("{\"stream\":\"Step 1/1 : FROM base\\n\"}");

    assertThatThrownBy(stream::result)
        .isInstanceOf(EngineException.class)
        .hasMessageContaining("without naming the image");
  }

  @Test
  void aTraceCutShortIsRefusedWithAMessage() {
    byte[] whole = vertex("d1", "[1/1] FROM base", false, true);
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 3);

    assertThatThrownBy(() -> trace(cut))
        .isInstanceOf(EngineException.class)
        .hasMessageContaining("cut short");
  }

  private void read(String json) {
    stream.accept(RawApi.JSON.readTree(json));
  }

  private void trace(byte[] statusResponse) {
    JsonNode message =
        RawApi.JSON
            .createObjectNode()
            .put("id", "moby.buildkit.trace")
            .put("aux", Base64.getEncoder().encodeToString(statusResponse));
    stream.accept(message);
  }

  /** A StatusResponse holding one Vertex (field 1): digest 1, name 3, cached 4, times 5 and 6. */
  private static byte[] vertex(String digest, String name, boolean cached, boolean done) {
    Proto vertex = new Proto().string(1, digest).string(3, name);
    if (cached) {
      vertex.varint(4, 1);
    }
    Proto time = new Proto().varint(1, 1_700_000_000L);
    vertex.message(5, time);
    if (done) {
      vertex.message(6, time);
    }
    return new Proto().message(1, vertex).bytes();
  }

  /** A StatusResponse holding one VertexLog (field 3): vertex 1, msg 4. */
  private static byte[] log(String digest, String text) {
    return new Proto().message(3, new Proto().string(1, digest).string(4, text)).bytes();
  }

  /** Just enough of protobuf's wire format to write the messages above. */
  private static final class Proto {
    private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

    Proto varint(int field, long value) {
      raw((field << 3));
      raw(value);
      return this;
    }

    Proto string(int field, String value) {
      return bytes(field, value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    Proto message(int field, Proto inner) {
      return bytes(field, inner.bytes());
    }

    private Proto bytes(int field, byte[] value) {
      raw((field << 3) | 2);
      raw(value.length);
      out.writeBytes(value);
      return this;
    }

    byte[] bytes() {
      return out.toByteArray();
    }

    private void raw(long value) {
      while ((value & ~0x7fL) != 0) {
        out.write((int) ((value & 0x7f) | 0x80));
        value >>>= 7;
      }
      out.write((int) value);
    }
  }
}
