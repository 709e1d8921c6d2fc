package dev.narrascope.app.web;

import static dev.narrascope.app.web.TestServer.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.store.sqlite.SqliteArticleStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow uploads cannot take the server down: beyond the concurrency limit an upload is answered 503
 * at once, health and reads keep answering, and an upload slower than the timeout is cut off and
 * frees its slot. Raw sockets play the slow clients (headers promising a big body, then a trickle).
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
final class UploadLimitsTest {
  @TempDir Path dir;
  private TestServer server;
  private final List<Socket> sockets = new ArrayList<>();

  @AfterEach
  void stop() throws IOException {
    for (Socket s : sockets) s.close();
    if (server != null) server.close();
  }

  private TestServer start(int maxUploads, Duration timeout) {
    ServerConfig config = new ServerConfig("127.0.0.1", 0, TestServer.TOKEN, TestServer.READ_TOKEN, TestServer.MAX_BODY,
        TestServer.MAX_DOCS).withUploads(maxUploads, timeout);
    server = new TestServer(SqliteArticleStore.open(dir.resolve("uploads.db")), config);
    return server;
  }

  /** Opens a connection and sends the headers of a 1 MB text upload and its first four bytes, then stalls. */
  private Socket slowUpload() throws IOException {
    Socket s = new Socket("127.0.0.1", server.server.port());
    sockets.add(s);
    s.setSoTimeout(60_000);
    OutputStream out = s.getOutputStream();
    out.write(("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TestServer.TOKEN
        + "\r\nContent-Type: text/plain\r\nContent-Length: 1000000\r\n\r\nTitl").getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return s;
  }

  /** The status line and whatever follows until the server closes or a blank read. */
  private static String response(Socket s) throws IOException {
    InputStream in = s.getInputStream();
    byte[] buf = new byte[8192];
    StringBuilder sb = new StringBuilder();
    int n;
    while ((n = in.read(buf)) > 0) {
      sb.append(new String(buf, 0, n, StandardCharsets.UTF_8));
      if (sb.indexOf("\r\n\r\n") >= 0 && sb.indexOf("}") >= 0) break;
    }
    return sb.toString();
  }

  @Test
  void uploadsBeyondTheLimit_get503AtOnce_whileHealthAndReadsKeepAnswering() throws Exception {
    start(2, Duration.ofMinutes(10));
    slowUpload();
    slowUpload();
    assertThat(server.server.uploads().awaitInFlight(2, 60, TimeUnit.SECONDS)).as("two slow uploads hold the gate").isTrue();

    String refused = response(slowUpload());
    assertThat(refused).startsWith("HTTP/1.1 503");
    assertThat(refused).containsIgnoringCase("Retry-After").contains("\"error\":\"busy\"");
    var viaClient = server.post("/api/articles", article("T", "Body.", "S", null, null, null, null), "application/json");
    assertThat(viaClient.status()).isEqualTo(503);

    assertThat(server.get("/api/health", null).status()).isEqualTo(200);
    assertThat(server.get("/api/articles").status()).isEqualTo(200);

    // The slow clients give up: their slots free up and uploads go through again.
    for (Socket s : sockets) s.close();
    assertThat(server.server.uploads().awaitIdle(60, TimeUnit.SECONDS)).isTrue();
    assertThat(server.post("/api/articles", article("T", "Body.", "S", null, null, null, null), "application/json").status())
        .isEqualTo(201);
  }

  @Test
  void anUploadSlowerThanTheTimeout_isCutOffWith408_andFreesItsSlot() throws Exception {
    start(1, Duration.ofMillis(300));
    String answer = response(slowUpload());
    assertThat(answer).startsWith("HTTP/1.1 408");
    assertThat(answer).contains("\"error\":\"request-timeout\"");
    assertThat(server.server.uploads().awaitIdle(60, TimeUnit.SECONDS)).isTrue();
    assertThat(server.post("/api/articles", article("T", "Body.", "S", null, null, null, null), "application/json").status())
        .isEqualTo(201);
    assertThat(server.get("/api/health", null).status()).isEqualTo(200);
  }
}
