import com.fasterxml.jackson.databind.ObjectMapper;
import dev.narrascope.Article;
import dev.narrascope.story.SyntheticNews;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes N generated articles (the generator of bench ingest / bench stories, seed 42) as JSON Lines to
 * standard output, for benchmarks of analyze and spark analyze on the same corpus:
 * java -cp narrascope-app/target/narrascope.jar scripts/GenerateCorpus.java 100000 > /tmp/gen-100k.jsonl
 */
public final class GenerateCorpus {
  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
      for (SyntheticNews.Item item : new SyntheticNews(seed).generate(n)) {
        Article a = item.article();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("url", a.url());
        line.put("title", a.title());
        line.put("text", a.text());
        line.put("published", a.published() == null ? null : a.published().toString());
        line.put("source", a.outlet());
        out.write(json.writeValueAsString(line));
        out.newLine();
      }
    }
  }
}
