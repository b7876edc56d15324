package dev.storagelab.shell;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.shell.jline.PromptProvider;
import org.springframework.stereotype.Component;

/** The REPL's prompt: the tool's name, so a learner knows which shell they are typing into. */
@Component
class Prompt implements PromptProvider {

  @Override
  public AttributedString getPrompt() {
    return new AttributedString(
        "storage-lab> ", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
  }
}
