package dev.storagelab.lesson;

import dev.storagelab.docker.input.InputException;
import java.util.List;
import java.util.Locale;

/**
 * A question put to the learner before a step's proof, so that the evidence answers a guess they
 * made (predict, observe, explain).
 *
 * @param text the question
 * @param choices the answers on offer, short words ({@code yes}, {@code no}, {@code 4})
 * @param answer the choice the step's proof bears out when its claims hold
 */
public record Question(String text, List<String> choices, String answer) {

  public Question {
    choices = List.copyOf(choices);
    if (!choices.contains(answer)) {
      throw new IllegalArgumentException(answer + " is not one of " + choices);
    }
  }

  /** A yes-or-no question. */
  public static Question yesNo(String text, boolean yes) {
    return new Question(text, List.of("yes", "no"), yes ? "yes" : "no");
  }

  /**
   * The choice a learner's answer names: the choice itself (any case), its number from 1, or a
   * prefix only it has ({@code y} for {@code yes}).
   *
   * @throws InputException when it names none, or more than one
   */
  public String choose(String given) {
    String typed = given == null ? "" : given.strip().toLowerCase(Locale.ROOT);
    if (typed.matches("[1-9]") && Integer.parseInt(typed) <= choices.size()) {
      String numbered = choices.get(Integer.parseInt(typed) - 1);
      if (!choices.contains(typed)) {
        return numbered;
      }
    }
    List<String> matching =
        choices.stream()
            .filter(c -> c.toLowerCase(Locale.ROOT).equals(typed))
            .findFirst()
            .map(List::of)
            .orElseGet(
                () ->
                    typed.isEmpty()
                        ? List.of()
                        : choices.stream()
                            .filter(c -> c.toLowerCase(Locale.ROOT).startsWith(typed))
                            .toList());
    if (matching.size() != 1) {
      throw new InputException(
          "'"
              + given
              + "' is not an answer to \""
              + text
              + "\": answer "
              + String.join(" or ", choices),
          given == null ? "" : given);
    }
    return matching.get(0);
  }
}
