package dev.narrascope.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.Article;
import dev.narrascope.natives.NativeLibraryCache;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

final class OnnxRuntimeLibrariesTest {
  @Test
  void theSentenceModel_runsOnTheLibrariesInTheUsersCache() {
    Article english = new Article("a", "a", null, "Earthquake hits the coast", null, null, "en", 1,
        "A strong earthquake struck the coast on Monday, officials said.", null, null);

    float[] vector = ArticleEmbedder.embed(List.of(english))[0];

    assertThat(vector).hasSize(BgeSmallModel.DIMENSION);
    Path folder = Path.of(System.getProperty(OnnxRuntimeLibraries.PATH_PROPERTY));
    assertThat(folder.getParent()).isEqualTo(NativeLibraryCache.forUser().orElseThrow().base());
    assertThat(folder.resolve(System.mapLibraryName("onnxruntime"))).isRegularFile();
    assertThat(folder.resolve(System.mapLibraryName("onnxruntime4j_jni"))).isRegularFile();
  }

  @Test
  void platform_namesThisMachinesFolderInOnnxRuntimesJar() {
    String platform = OnnxRuntimeLibraries.platform();
    assertThat(platform).isNotNull();
    assertThat(OnnxRuntimeLibraries.class.getClassLoader().getResource("ai/onnxruntime/native/" + platform + "/"
        + System.mapLibraryName("onnxruntime"))).isNotNull();
  }
}
