package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} refuses weak tokens before it starts: the read token has the same minimum length as the token. */
final class ServeCommandTest {
  @TempDir Path dir;

  private int serve(StringWriter err, String... args) {
    var cl = NarrascopeCommand.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    String[] all = new String[args.length + 5];
    all[0] = "serve";
    all[1] = "--port";
    all[2] = "0";
    all[3] = "--db";
    all[4] = "sqlite:" + dir.resolve("serve.db");
    System.arraycopy(args, 0, all, 5, args.length);
    return cl.execute(all);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)  // before the fix this started a server that never returned
  void shortReadToken_isRefused_likeAShortToken() {
    StringWriter err = new StringWriter();
    assertThat(serve(err, "--token", "abcdefgh", "--read-token", "x")).isEqualTo(2);
    assertThat(err.toString()).contains("read token must have at least 8 characters");
    StringWriter err2 = new StringWriter();
    assertThat(serve(err2, "--token", "abc", "--read-token", "abcdefghij")).isEqualTo(2);
    assertThat(err2.toString()).contains("token must have at least 8 characters");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void badLlmOptions_areRefusedBeforeTheServerStarts() {
    StringWriter err = new StringWriter();
    assertThat(serve(err, "--token", "abcdefghij", "--llm", "http://127.0.0.1:1/v1")).isEqualTo(2);
    assertThat(err.toString()).contains("--llm needs --llm-model NAME");
    StringWriter err2 = new StringWriter();
    assertThat(serve(err2, "--token", "abcdefghij", "--llm", "ftp://127.0.0.1/v1", "--llm-model", "m")).isEqualTo(2);
    assertThat(err2.toString()).contains("LLM endpoint must be http(s)");
  }
}
