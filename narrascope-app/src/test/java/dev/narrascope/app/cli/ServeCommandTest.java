package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} refuses weak tokens before it starts: the read token has the same minimum length as the token. */
final class ServeCommandTest {
  @TempDir Path dir;

  /** Runs {@code serve --port 0 --db …} with the given options, on a store of its own. */
  private CliRun serve(String... args) {
    List<String> all = new ArrayList<>(List.of("serve", "--port", "0", "--db", "sqlite:" + dir.resolve("serve.db")));
    all.addAll(List.of(args));
    return CliRun.run(all);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)  // before the fix this started a server that never returned
  void shortReadToken_isRefused_likeAShortToken() {
    CliRun run = serve("--token", "abcdefgh", "--read-token", "x");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("read token must have at least 8 characters");
    CliRun run2 = serve("--token", "abc", "--read-token", "abcdefghij");
    assertThat(run2.exit()).isEqualTo(2);
    assertThat(run2.err()).contains("token must have at least 8 characters");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void badLlmOptions_areRefusedBeforeTheServerStarts() {
    CliRun run = serve("--token", "abcdefghij", "--llm", "http://127.0.0.1:1/v1");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--llm needs --llm-model NAME");
    CliRun run2 = serve("--token", "abcdefghij", "--llm", "ftp://127.0.0.1/v1", "--llm-model", "m");
    assertThat(run2.exit()).isEqualTo(2);
    assertThat(run2.err()).contains("LLM endpoint must be http(s)");
  }
}
