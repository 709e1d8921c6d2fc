package dev.narrascope.app.cli;

import dev.narrascope.Pipeline;
import dev.narrascope.app.watch.WatchConfig;
import dev.narrascope.app.watch.WatchLoop;
import dev.narrascope.app.watch.Watcher;
import dev.narrascope.app.web.ServerConfig;
import dev.narrascope.app.web.WebServer;
import dev.narrascope.clean.ArticleExtractor;
import dev.narrascope.store.ArticleStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code narrascope serve}: the REST API and dashboard over a store. Binds loopback unless told
 * otherwise and always requires a token (generated when none is given).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the REST API and the web dashboard over a store (token-protected, loopback by default).",
        "With --watch FOLDER and/or --watch-feed URL it also runs the watcher of 'narrascope watch' in the"
            + " background (same behaviour and state file), stopped with the server."})
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Interface to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 exposes the server to the network).")
  String host;

  @Option(names = "--token", paramLabel = "T",
      description = "Read-write bearer token (default: $NARRASCOPE_TOKEN, else a random one printed at start).")
  String token;

  @Option(names = "--read-token", paramLabel = "T",
      description = "Optional read-only bearer token (default: $NARRASCOPE_READ_TOKEN); it cannot POST. Both tokens need at least "
          + ServerConfig.MIN_TOKEN_LENGTH + " characters.")
  String readToken;

  @Option(names = "--max-body-mb", defaultValue = "16", description = "Largest request body in MiB (default: ${DEFAULT-VALUE}).")
  int maxBodyMb;

  @Option(names = "--max-uploads", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_MAX_UPLOADS,
      description = "Most article uploads handled at once; more are answered 503 at once (default: ${DEFAULT-VALUE}).")
  int maxUploads;

  @Option(names = "--upload-timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Longest time to receive one request body; slower uploads are cut off with 408 (default: ${DEFAULT-VALUE}).")
  int uploadTimeoutSeconds;

  @Mixin StoreOption store;

  @Mixin ModelOption model;

  @Mixin LlmOptions llm;

  @Mixin ServeWatchOptions watch;

  @Override
  public Integer call() throws InterruptedException, IOException {
    PrintWriter out = spec.commandLine().getOut();
    String tok = firstNonBlank(token, System.getenv("NARRASCOPE_TOKEN"));
    boolean generated = tok == null;
    if (generated) tok = randomToken();
    ServerConfig config = new ServerConfig(host, port, tok, firstNonBlank(readToken, System.getenv("NARRASCOPE_READ_TOKEN")),
        (long) maxBodyMb << 20, ServerConfig.DEFAULT_MAX_DOCUMENTS, maxUploads, java.time.Duration.ofSeconds(uploadTimeoutSeconds));
    WatchConfig watchConfig = watch.config(store.spec);
    Pipeline pipeline = model.pipeline(llm);
    PrintWriter err = spec.commandLine().getErr();
    try (ArticleStore st = store.open();
         Watcher watcher = watchConfig == null ? null : WatchSetup.watcher(watchConfig, st, pipeline, out, err);
         WebServer server = WebServer.start(st, ArticleExtractor.defaults(), pipeline, config);
         WatchLoop loop = watcher == null ? null : new WatchLoop(watcher, err)) {
      String shown = host.contains(":") ? "[" + host + "]" : host;
      String base = "http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : shown) + ":" + server.port();
      out.println("narrascope serving " + st + " at " + base + "/");
      out.println("access token: " + (generated ? tok + " (generated; pass --token or NARRASCOPE_TOKEN to fix it)" : "(as given)"));
      out.println("dashboard: " + base + "/#token=" + (generated ? tok : "<token>"));
      out.println("API: curl -H 'Authorization: Bearer <token>' " + base + "/api/articles   (OpenAPI: " + base + "/openapi.json)");
      if (watchConfig != null) out.println("watching " + WatchSetup.describe(watchConfig));
      if (llm.enabled()) out.println("labelling with the LLM " + llm.model + " at " + llm.url + " (the bundled models where it fails)");
      if (st.hasUnindexedStories()) err.println(StoreOption.UNINDEXED);
      out.flush();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        if (loop != null) loop.close();
        server.close();
        llm.summary().ifPresent(err::println);
        err.flush();
      }, "narrascope-serve-stop"));
      if (loop != null) loop.start();
      server.awaitStop();
    }
    return 0;
  }

  static String randomToken() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String firstNonBlank(String a, String b) {
    if (a != null && !a.isBlank()) return a.strip();
    return b != null && !b.isBlank() ? b.strip() : null;
  }
}
