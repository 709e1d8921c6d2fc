package dev.narrascope.story;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Rebuilds the story clusterer's background document frequencies ({@code story-df.tsv.gz}) from
 * a folder of per-language plain-text documents; called by {@code narrascope train}. The clusterer
 * reads the copy bundled in the jar, so a rebuilt table takes effect once written into
 * {@code narrascope-core/src/main/resources/dev/narrascope/models} and the jar is rebuilt.
 */
public final class StoryBackgroundTrainer {
  /** File name of the table in a model folder. */
  public static final String FILE_NAME = "story-df.tsv.gz";

  private StoryBackgroundTrainer() {}

  /**
   * @param rawDocuments {@code DIR/raw-documents}: {@code EN/*.txt}, {@code BG/*.txt}, … (first line the title)
   * @param languages    language folders to count (any case); empty for all
   * @param outDir       folder to write {@value #FILE_NAME} into
   * @return the written file
   */
  public static Path trainAndSave(Path rawDocuments, java.util.Collection<String> languages, Path outDir) throws IOException {
    Path file = outDir.resolve(FILE_NAME);
    BackgroundFrequencies.count(rawDocuments, languages).write(file);
    return file;
  }
}
