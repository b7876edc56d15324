package dev.storagelab.docker.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storagelab.docker.input.InputException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LearnerIdTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"", "Ann", "-ann", "ann-", "ann_b", "a b", "ann/b", "aaaaaaaaaaaaaaaaaaaaaaaaa"})
  void aNameThatCannotNameEveryObjectIsRefusedSayingWhatFits(String name) {
    assertThatThrownBy(() -> new LearnerId(name))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("lower-case letters, digits and inner hyphens");
  }

  @Test
  void byDefaultALearnerIsTheirUserAndTheirHomeWhenItIsNotTheDefaultOne() {
    assertThat(LearnerId.byDefault("Root", null).name()).isEqualTo("root");
    LearnerId one = LearnerId.byDefault("root", Path.of("/tmp/desk-1"));
    LearnerId two = LearnerId.byDefault("root", Path.of("/tmp/desk-2"));
    assertThat(one.name()).matches("root-[0-9a-f]{4}");
    assertThat(one).isNotEqualTo(two);
    assertThat(LearnerId.byDefault("root", Path.of("/tmp/desk-1"))).isEqualTo(one);
    assertThat(LearnerId.byDefault("Jean.Dupont@corp", null).name()).isEqualTo("jean-dupont-corp");
    assertThat(LearnerId.byDefault("é", null).name()).isEqualTo("learner");
    assertThat(LearnerId.byDefault("a".repeat(40), Path.of("/x")).name()).hasSize(LearnerId.MAX);
  }

  @Test
  void aLearnersNamesCarryTheirNameUnlessTheyHoldTheCourses() {
    LearnerNames bob = new LearnerNames(new LearnerId("bob"), false);
    assertThat(bob.object("data-volume")).isEqualTo("data-volume-bob");
    assertThat(bob.image("storage-lab/todo:lesson")).isEqualTo("storage-lab/todo-bob:lesson");
    assertThat(bob.any("storage-lab/todo:staging")).isEqualTo("storage-lab/todo-bob:staging");
    LearnerNames ann = new LearnerNames(new LearnerId("ann"), true);
    assertThat(ann.object("data-volume")).isEqualTo("data-volume");
    assertThat(ann.image("storage-lab/todo:lesson")).isEqualTo("storage-lab/todo:lesson");
  }
}
