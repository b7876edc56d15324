package dev.storagelab.docker.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.testing.DockerCli;
import dev.storagelab.docker.testing.RequiresEngine;
import dev.storagelab.docker.volumes.VolumeInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A volume's size comes from the engine's disk usage report, which the engine makes one at a time:
 * learners who ask at the same moment on a shared engine all get an answer, none an error.
 */
@RequiresEngine
class VolumeSizeTest {

  private static final String VOLUME = "storage-lab-size-test";
  private final Engine engine = EngineConnector.connect();

  @AfterEach
  void remove() {
    DockerCli.run("volume", "rm", "-f", VOLUME);
    engine.close();
  }

  @Test
  void inspectingAVolumeMeasuresNothingAndMeasuringItAtOnceFromManyLearnersAnswersEach()
      throws Exception {
    engine.createVolume(VOLUME, Map.of("dev.storagelab.test", "size"));
    assertThat(engine.inspectVolume(VOLUME).orElseThrow().sizeBytes()).isEmpty();

    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<VolumeInfo>> measured = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      measured.add(
          CompletableFuture.supplyAsync(
              () -> {
                try (Engine own = EngineConnector.connect()) {
                  start.await();
                  return own.measureVolume(VOLUME).orElseThrow();
                } catch (InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              }));
    }
    start.countDown();

    for (CompletableFuture<VolumeInfo> volume : measured) {
      assertThat(volume.get().sizeBytes()).hasValue(0L);
    }
  }
}
