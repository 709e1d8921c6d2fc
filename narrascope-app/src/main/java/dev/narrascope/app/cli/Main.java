package dev.narrascope.app.cli;

import picocli.CommandLine;

/** Entry point of the {@code narrascope} launcher and jar. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(NarrascopeCommand.commandLine().execute(args));
  }
}
