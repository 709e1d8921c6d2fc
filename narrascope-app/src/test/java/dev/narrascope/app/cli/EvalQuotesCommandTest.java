package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalQuotesCommandTest {
  /** Invented: one quote attributed before it, one after it, one whose speaker the system cannot name. */
  private static final String TEXT = "Harbour to reopen.\n\nMayor Ada Brook said: “The harbour will reopen next spring.”"
      + "\n\n“We have waited far too long for this,” said Tom Reyes, a fisherman."
      + "\n\nThe council of Westfield wrote in a note that “all the repairs are paid for now.”";

  private static String[] run(String... args) {
    CommandLine cl = NarrascopeCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  private static String attribution(String source, String content) {
    int s = TEXT.indexOf(source);
    int c = TEXT.indexOf(content);
    return "{\"source\":[[" + s + "," + (s + source.length()) + ",\"x\"]],\"cue\":[],\"content\":[[" + c + ","
        + (c + content.length()) + ",\"x\"]]}";
  }

  private static void write(Path file) throws IOException {
    String json = "{\"id\":\"a1\",\"text\":" + dev.narrascope.Json.MAPPER.writeValueAsString(TEXT) + ",\"attributions\":["
        + attribution("Mayor Ada Brook", "The harbour will reopen next spring.") + ","
        + attribution("Tom Reyes, a fisherman", "We have waited far too long for this") + ","
        + attribution("He", "all the repairs") + "]}\n";
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file))) {
      o.write(json.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void trainPolnear_writesTheSpeakerRankerWeights(@TempDir Path dir) throws IOException {
    write(dir.resolve("train.jsonl.gz"));

    String[] r = run("train", "--polnear", dir.resolve("train.jsonl.gz").toString(), "--out", dir.resolve("models").toString());

    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("quotes: 1 article");
    String weights = Files.readString(dir.resolve("models/quote-speakers.tsv"));
    assertThat(weights).contains("\nrule\t").doesNotContain("Ada Brook").doesNotContain("harbour");
  }

  @Test
  void evalQuotes_folderWithDevFile_scoresNamedQuotes(@TempDir Path dir) throws IOException {
    write(dir.resolve("dev.jsonl.gz"));

    String[] r = run("eval", "quotes", "--format", "json", dir.toString());

    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("\"articles\" : 1", "\"gold\" : 2", "\"found\" : 2", "\"accuracyAll\" : 1.0",
        "\"notFound\" : 0").doesNotContain("\"reported\"");
  }

  /** Invented reported speech: one right, one whose annotated source is someone else, one not said at all. */
  @Test
  void evalQuotes_reported_scoresReportedSpeechAgainstEveryAttribution(@TempDir Path dir) throws IOException {
    String text = "Lee Park on the harbour.\n\nMayor Ada Brook said that the harbour would reopen early next spring."
        + "\n\nTom Reyes said that the fishing boats were all ready for the season."
        + "\n\nAda Brook did not say that the harbour fees would rise again.";
    String json = "{\"id\":\"a2\",\"text\":" + dev.narrascope.Json.MAPPER.writeValueAsString(text) + ",\"attributions\":["
        + span(text, "Mayor Ada Brook", "the harbour would reopen early next spring") + ","
        + span(text, "Lee Park", "the fishing boats were all ready for the season") + "]}\n";
    Path file = dir.resolve("r.jsonl");
    Files.writeString(file, json);

    String[] r = run("eval", "quotes", "--reported", "--format", "json", file.toString());

    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("\"reported\" : {", "\"reported\" : 2", "\"matched\" : 2", "\"named\" : 2",
        "\"right\" : 1", "\"accuracy\" : 0.5");
  }

  /** An attribution of {@code content} to {@code source}, both found in {@code text}. */
  private static String span(String text, String source, String content) {
    int s = text.indexOf(source);
    int c = text.indexOf(content);
    return "{\"source\":[[" + s + "," + (s + source.length()) + ",\"" + source + "\"]],\"cue\":[],\"content\":[[" + c + ","
        + (c + content.length()) + ",\"x\"]]}";
  }

  @Test
  void evalQuotes_tableWithErrors_listsColumns(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("some.jsonl.gz");
    write(file);

    String[] r = run("eval", "quotes", "--errors", "5", file.toString());

    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("foundShare", "accuracyFound", "wrongSpeaker", "emptySpeaker", "goldSource");
  }

  @Test
  void evalQuotes_missingInput_fails(@TempDir Path dir) {
    String[] r = run("eval", "quotes", dir.resolve("nothing.jsonl").toString());

    assertThat(r[0]).isNotEqualTo("0");
  }
}
