package dev.storagelab.docker.layers.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The progress of a long read: told every 16 MB that passed, however it is read. */
class CountingInputStreamTest {

  @Test
  void progressIsToldEverySixteenMegabytesThatPassed() throws IOException {
    List<Long> told = new ArrayList<>();
    byte[] fifty = new byte[50 << 20];

    try (CountingInputStream in =
        new CountingInputStream(new ByteArrayInputStream(fifty), told::add)) {
      in.read();
      in.skip(10 << 20);
      in.readAllBytes();
    }

    assertThat(told).hasSize(3);
    assertThat(told.get(0)).isGreaterThanOrEqualTo(16L << 20);
    assertThat(told.get(2)).isGreaterThanOrEqualTo(48L << 20).isLessThanOrEqualTo(50L << 20);
  }
}
