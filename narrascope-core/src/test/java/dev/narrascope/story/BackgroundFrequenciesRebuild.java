package dev.narrascope.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: the entry that rebuilds the shipped background table from the SemEval raw documents
 * (counts only). Runs only when asked:
 * {@code mvn -q -B -ntp -pl narrascope-core test -Dtest=BackgroundFrequenciesRebuild -Dnarrascope.rebuild=story-df}.
 */
final class BackgroundFrequenciesRebuild {
  @Test
  @EnabledIfSystemProperty(named = "narrascope.rebuild", matches = "story-df")
  void rebuild() throws Exception {
    Path raw = Path.of("../../shared/data/semeval2025-task10/train/raw-documents");
    if (!Files.isDirectory(raw)) raw = Path.of("../shared/data/semeval2025-task10/train/raw-documents");
    assertThat(raw).isDirectory();
    Path out = Path.of("src/main/resources" + BackgroundFrequencies.RESOURCE);
    BackgroundFrequencies.count(raw, java.util.List.of()).write(out);
    assertThat(out).isNotEmptyFile();
  }
}
