package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's {@code --help} renders as written: picocli reads descriptions as format strings, so a
 * bare {@code %} (as in "60% of its words") prints a warning and the raw text instead of the help.
 */
class HelpTextTest {
  @Test
  void everyCommandsHelpRendersWithoutPicocliWarnings() {
    List<CommandLine> all = new ArrayList<>();
    collect(NarrascopeCommand.commandLine(), all);
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      for (CommandLine command : all) {
        assertThat(command.getUsageMessage()).as(command.getCommandSpec().qualifiedName()).contains("Usage:");
      }
    } finally {
      System.setErr(err);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
    assertThat(all).hasSizeGreaterThan(20);
  }

  /**
   * Picocli prints each element of a description array on a line of its own and wraps only within it, so an element
   * that stops mid-sentence leaves a ragged break ("… best first,⏎with a snippet …"): each must be a whole paragraph.
   */
  @Test
  void everyCommandsDescription_isWholeParagraphs() {
    List<CommandLine> all = new ArrayList<>();
    collect(NarrascopeCommand.commandLine(), all);
    List<String> ragged = new ArrayList<>();
    for (CommandLine command : all) {
      for (String paragraph : command.getCommandSpec().usageMessage().description()) {
        String p = paragraph.strip().replaceAll("(%n)+$", "");
        if (!p.isEmpty() && !p.matches("(?s).*[.:)]")) ragged.add(command.getCommandSpec().qualifiedName() + ": " + p);
      }
    }
    assertThat(ragged).isEmpty();
  }

  private static void collect(CommandLine command, List<CommandLine> into) {
    into.add(command);
    command.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, into));
  }
}
