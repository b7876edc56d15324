package dev.storagelab.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;

/**
 * The REPL, Spring Shell's application, reads a line by the same rules as a one-shot command and
 * offers the same commands, from the same {@link CommandTable}.
 */
@SpringBootTest(properties = "spring.shell.interactive.enabled=false")
class StrictCommandParserTest {

  @Autowired CommandParser parser;
  @Autowired CommandRegistry repl;

  @Test
  void theReplOffersEveryOneShotCommandAndItsOwnHistoryAndQuit() {
    try (CommandTable table = new CommandTable("")) {
      List<String> oneShot = names(table.registry(List.of()));

      assertThat(names(repl)).containsAll(oneShot).contains("history", "quit");
      assertThat(names(repl)).hasSize(oneShot.size() + 2);
      assertThat(oneShot).contains("lesson run", "engine status", "help", "version");
    }
  }

  private static List<String> names(CommandRegistry registry) {
    return registry.getCommands().stream().map(Command::getName).sorted().toList();
  }

  @Test
  void aQuotedRunLineStaysOneValue() {
    ParsedInput input = parser.parse("k8s preview --run \"docker run -v a1:/b busybox\" --json");

    assertThat(input.commandName()).isEqualTo("k8s");
    assertThat(input.subCommands()).containsExactly("preview");
    assertThat(input.options())
        .anySatisfy(o -> assertThat(o.value()).isEqualTo("docker run -v a1:/b busybox"));
  }

  @Test
  void theMistakesAOneShotCommandRefusesAreRefusedInTheReplToo() {
    assertThatThrownBy(() -> parser.parse("k8s generate --run \"docker run -v a:/b x\" --out"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("--out needs a value");
    assertThatThrownBy(() -> parser.parse("k8s preview --run x --out dir"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("Unknown option --out for 'k8s preview'");
    assertThatThrownBy(() -> parser.parse("engine status extra"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("does not take 'extra'");
    assertThatThrownBy(() -> parser.parse("engine status --json --json"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("more than once");
    assertThatThrownBy(() -> parser.parse("   "))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("help");
  }
}
