package dev.storagelab.docker.lesson.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storagelab.docker.input.InputException;
import dev.storagelab.lesson.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionTest {

  private final Question where =
      new Question("Where?", List.of("image", "layer", "volume"), "layer");
  private final Question count = new Question("How many?", List.of("2", "4", "7"), "4");

  @Test
  void anAnswerIsAChoiceItsNumberOrAPrefixOnlyItHas() {
    assertThat(where.choose("Layer")).isEqualTo("layer");
    assertThat(where.choose(" 3 ")).isEqualTo("volume");
    assertThat(where.choose("i")).isEqualTo("image");
    assertThat(Question.yesNo("?", true).choose("N")).isEqualTo("no");
  }

  @Test
  void aChoiceThatIsANumberWinsOverThePositionOfAnother() {
    assertThat(count.choose("2")).isEqualTo("2");
    assertThat(count.choose("4")).isEqualTo("4");
  }

  @Test
  void anythingElseIsAnInputErrorThatListsTheChoices() {
    for (String wrong : new String[] {"", "maybe", "9", "0", null}) {
      assertThatThrownBy(() -> where.choose(wrong))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("answer image or layer or volume");
    }
  }

  @Test
  void theLessonAsksNineQuestionsEachWithItsAnswerAmongTheChoices() {
    List<Question> questions =
        DockerStorageLesson.create().steps().stream()
            .flatMap(step -> step.question().stream())
            .toList();

    assertThat(questions).hasSize(9);
    assertThat(questions).allSatisfy(q -> assertThat(q.choices()).contains(q.answer()));
  }

  @Test
  void theCommandReferenceListsEveryQuestionWithItsChoices() throws java.io.IOException {
    String cli = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "cli.md"));
    var lesson = DockerStorageLesson.create();

    for (int i = 0; i < lesson.steps().size(); i++) {
      int step = i;
      lesson
          .step(i)
          .question()
          .ifPresent(
              q ->
                  assertThat(cli)
                      .contains(
                          "| "
                              + step
                              + " | "
                              + q.text()
                              + " | "
                              + String.join(" / ", q.choices())
                              + " |"));
    }
  }
}
