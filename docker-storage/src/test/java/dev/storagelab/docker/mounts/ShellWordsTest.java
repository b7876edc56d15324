package dev.storagelab.docker.mounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShellWordsTest {

  @Test
  void splitsLikeAPosixShell() {
    assertThat(ShellWords.split("a  'b c' \"d \\\"e\\\" $f\" g\\ h i\\\n j ''"))
        .containsExactly("a", "b c", "d \"e\" $f", "g h", "i", "j", "");
  }
}
