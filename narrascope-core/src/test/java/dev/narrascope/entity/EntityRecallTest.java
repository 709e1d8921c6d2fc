package dev.narrascope.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.EntityMention;
import dev.narrascope.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Recall of the entity mentions annotated for framing in the SemEval 2025 task 10 training data
 * (subtask 1): the share of annotated mentions that some extracted mention overlaps. The rules were
 * not tuned on these files, except that the group phrases ({@link GroupPhrases}) and a few Hindi
 * spellings in the gazetteer came from the misses in half of the files (even hash of the file name):
 * on the other half Hindi recall went from 0.688 to 0.757. Skips when {@code ../shared/data} is absent.
 */
final class EntityRecallTest {
  @ParameterizedTest
  @CsvSource({"EN, 0.90", "BG, 0.90", "PT, 0.90", "RU, 0.85", "HI, 0.70"})
  void find_semevalFramedMentions_recallAboveFloor(String lang, double floor) throws IOException {
    Path labels = SharedData.require("data/semeval2025-task10/train/labels/" + lang + "/subtask-1-annotations.txt");
    Path data = labels.getParent().getParent().getParent();
    EntityExtractor extractor = new EntityExtractor(Gazetteer.bundled());
    Map<String, List<EntityMention>> found = new HashMap<>();
    int total = 0;
    int hit = 0;
    for (String line : Files.readAllLines(labels)) {
      String[] f = line.split("\t");
      if (f.length < 4) continue;
      Path doc = data.resolve("raw-documents/" + lang + "/" + f[0]);
      if (!Files.isRegularFile(doc)) continue;
      int start = Integer.parseInt(f[2]);
      int end = Integer.parseInt(f[3]);
      List<EntityMention> ms = found.computeIfAbsent(f[0], k -> extractor.find(read(doc), lang.toLowerCase(java.util.Locale.ROOT)));
      total++;
      if (ms.stream().anyMatch(m -> m.start() <= end && m.end() > start)) hit++;
    }
    double recall = (double) hit / total;
    System.out.printf("%s framed-entity recall %d/%d = %.3f%n", lang, hit, total, recall);
    assertThat(recall).isGreaterThanOrEqualTo(floor);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
