package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run leaves nothing in the temporary folder: users start {@code analyze} from cron every few minutes,
 * and each run used to leave ONNX Runtime's folder and the sample corpus's folder there (and 17 MB of
 * native libraries when it was killed). Run as a user runs it: a child JVM, its own temporary folder and
 * cache folder.
 */
final class TemporaryFilesTest {
  @TempDir Path dir;

  @Test
  void analyze_leavesTheTemporaryFolderEmpty_andKeepsTheNativeLibrariesInTheCache() throws Exception {
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path cache = dir.resolve("cache");

    for (String db : List.of("first.db", "second.db")) {
      Child run = analyze(tmp, cache, "--db", "sqlite:" + dir.resolve(db), "-q", "--format", "none");
      assertThat(run.exitCode).as(run.output).isZero();
      assertThat(run.output).contains("29 articles: 29 new");
      assertThat(list(tmp)).as("left in the temporary folder after " + db).isEmpty();
    }
    Path natives = cache.resolve("narrascope/native");
    assertThat(list(natives)).hasSize(2).anyMatch(n -> n.startsWith("onnxruntime-")).anyMatch(n -> n.startsWith("sqlite-jdbc-"));
    try (Stream<Path> files = Files.walk(natives)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .contains(System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni"))
          .noneMatch(n -> n.endsWith(".part"));
    }
  }

  private record Child(int exitCode, String output) {}

  /** {@code narrascope analyze ARGS…} in a child JVM with this test's class path. */
  private static Child analyze(Path tmp, Path cache, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "analyze"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("XDG_CACHE_HOME", cache.toString());
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Child(p.exitValue(), output);
  }

  private static List<String> list(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
