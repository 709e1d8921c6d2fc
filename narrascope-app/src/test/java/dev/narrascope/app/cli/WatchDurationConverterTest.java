package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** The watcher's durations: 30s, 5m, 1h30m, 1d, 500ms, PT5M. */
final class WatchDurationConverterTest {
  final DurationConverter c = new DurationConverter();

  @Test
  void readsUnitsAndIso() {
    assertThat(c.convert("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(c.convert("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(c.convert("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(c.convert("1d")).isEqualTo(Duration.ofDays(1));
    assertThat(c.convert("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(c.convert(" PT5M ")).isEqualTo(Duration.ofMinutes(5));
    assertThat(c.convert("0s")).isEqualTo(Duration.ZERO);
  }

  @Test
  void refusesOthers() {
    for (String bad : new String[] {"5", "5x", "m5", "", "1h 30m", "P5"}) {
      assertThatThrownBy(() -> c.convert(bad)).as(bad).isInstanceOf(TypeConversionException.class).hasMessageContaining("not a duration");
    }
  }
}
