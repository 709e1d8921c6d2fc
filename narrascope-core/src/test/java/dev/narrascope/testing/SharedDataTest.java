package dev.narrascope.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** Missing shared data skips a test with a message, or fails it where the data is required. */
final class SharedDataTest {
  private static final String MISSING = "data/no-such-dataset-" + System.nanoTime();

  private final java.io.PrintStream stderr = System.err;
  private final java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();

  /** The helper prints what it skips; here that is expected, so it is caught (and checked) rather than shown. */
  @BeforeEach
  void captureStderr() {
    System.setErr(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setErr(stderr);
    System.clearProperty(SharedData.REQUIRE_PROPERTY);
  }

  @Test
  void require_missingData_skipsWithAMessage_unlessRequired() {
    if (!SharedData.required()) {
      assertThatThrownBy(() -> SharedData.require(MISSING)).isInstanceOf(TestAbortedException.class)
          .hasMessageContaining("shared test data missing").hasMessageContaining(MISSING);
      assertThat(SharedData.optional(MISSING)).isEmpty();
      assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("SKIPPED", "NOTE", MISSING);
    }
    System.setProperty(SharedData.REQUIRE_PROPERTY, "true");
    assertThatThrownBy(() -> SharedData.require(MISSING)).isInstanceOf(AssertionError.class)
        .hasMessageContaining(MISSING).hasMessageContaining("required");
    assertThatThrownBy(() -> SharedData.optional(MISSING)).isInstanceOf(AssertionError.class);
  }
}
