package dev.narrascope.framing;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Rebuilds the bundled framing model (test scope, so it never ships). From {@code narrascope-core}:
 * <pre>{@code
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.narrascope.framing.TrainFramingModel \
 *     ../../shared/data/semeval2025-task10/train src/main/resources/dev/narrascope/models/framing [LANG…]
 * }</pre>
 */
public final class TrainFramingModel {
  private TrainFramingModel() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) throw new IllegalArgumentException("usage: TrainFramingModel DATA_DIR OUT_DIR [LANG…]");
    List<String> languages = Arrays.asList(args).subList(2, args.length);
    long start = System.nanoTime();
    Path file = FramingTrainer.trainAndSave(Path.of(args[0]), languages, Path.of(args[1]));
    System.out.printf("wrote %s (%d bytes) in %.1f s%n", file, java.nio.file.Files.size(file), (System.nanoTime() - start) / 1e9);
  }
}
