package dev.narrascope.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;

/**
 * The data under {@code ../shared} (next to the repository: {@code data/semeval2025-task10},
 * {@code data/article-extraction}, {@code seeds}) that some tests need. Every such test asks here:
 * when the data is missing the test is skipped with a message saying what is missing (also printed,
 * so it shows in the build log) — unless the data is required, when the test fails instead. The data
 * is required when the environment variable {@code CI} is set (anything but {@code false}) or the
 * system property {@code narrascope.requireData} is {@code true}; {@code .ci/run} sets {@code CI}.
 * Shipped in narrascope-core's test-jar for the app's tests. Stateless; thread-safe.
 *
 * <pre>{@code
 * Path train = SharedData.require("data/semeval2025-task10/train/labels/EN").getParent().getParent();
 * }</pre>
 */
public final class SharedData {
  /** Set to {@code true} to make missing data fail the tests (as {@code CI} does). */
  public static final String REQUIRE_PROPERTY = "narrascope.requireData";

  private SharedData() {}

  /** Whether missing data must fail the run rather than skip the tests that need it. */
  public static boolean required() {
    String ci = System.getenv("CI");
    return Boolean.parseBoolean(System.getProperty(REQUIRE_PROPERTY, "false"))
        || (ci != null && !ci.isBlank() && !ci.strip().toLowerCase(Locale.ROOT).equals("false"));
  }

  /** The shared folder: {@code ../shared} of the repository root, wherever the tests run from. */
  public static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("narrascope-core"))) {
        return dir.resolveSibling("shared").normalize();
      }
    }
    return Path.of("..", "..", "shared").toAbsolutePath().normalize();
  }

  /** A path under the shared folder, whether or not it exists. */
  public static Path path(String relative) {
    return root().resolve(relative);
  }

  /**
   * The file or folder {@code relative} under the shared folder.
   *
   * @throws org.opentest4j.TestAbortedException (a skip, with the reason) when it is missing and not required
   * @throws AssertionError when it is missing and required
   */
  public static Path require(String relative) {
    Path p = path(relative);
    if (Files.exists(p)) return p;
    String what = "shared test data missing: " + p + " (" + (required()
        ? "required: CI or -D" + REQUIRE_PROPERTY + "=true is set)" : "put ../shared next to the repository to run this test)");
    if (required()) throw new AssertionError(what);
    System.err.println("SKIPPED " + caller() + ": " + what);
    Assumptions.abort(what);
    return p;
  }

  /**
   * The file or folder {@code relative} under the shared folder for a test that also runs without it
   * (with less data): empty, with a message, when it is missing and not required.
   *
   * @throws AssertionError when it is missing and required
   */
  public static java.util.Optional<Path> optional(String relative) {
    Path p = path(relative);
    if (Files.exists(p)) return java.util.Optional.of(p);
    if (required()) throw new AssertionError("shared test data missing: " + p + " (required: CI or -D" + REQUIRE_PROPERTY + "=true is set)");
    System.err.println("NOTE " + caller() + ": shared test data missing: " + p + "; running without it");
    return java.util.Optional.empty();
  }

  /** The test that asked: the first stack frame outside this class. */
  private static String caller() {
    return StackWalker.getInstance().walk(s -> s.filter(f -> !f.getClassName().equals(SharedData.class.getName()))
        .findFirst().map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
        .orElse("a test"));
  }
}
