package dev.narrascope.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every document-level {@code semeval} command shares. */
final class SemevalOptions {
  @Option(names = "--lang", required = true, paramLabel = "L", description = "Language of the documents (BG, EN, HI, PT, RU).")
  String lang;

  @Option(names = "--documents", required = true, paramLabel = "DIR", description = "Folder of *.txt documents.")
  Path documents;

  @Option(names = "--output", required = true, paramLabel = "FILE", description = "Prediction file to write.")
  Path output;

  @Option(names = {"-q", "--quiet"}, description = "No progress output.")
  boolean quiet;
}
