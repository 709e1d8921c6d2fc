package dev.narrascope.story;

import ai.onnxruntime.OrtEnvironment;
import dev.narrascope.natives.NativeLibraryCache;
import java.util.List;
import java.util.Locale;

/**
 * Points ONNX Runtime at its libraries in the user's {@link NativeLibraryCache} before its first use,
 * so it does not copy 16 MB into a new {@code /tmp} folder at every start (and leave it there when the
 * JVM is killed). A {@code -Donnxruntime.native.path} given by the user wins; on a platform the jar has
 * no libraries for, or without a writable cache, ONNX Runtime extracts them itself as before.
 */
final class OnnxRuntimeLibraries {
  static final String PATH_PROPERTY = "onnxruntime.native.path";

  private OnnxRuntimeLibraries() {}

  /** Sets {@link #PATH_PROPERTY} to the cached libraries' folder, unless it is set or cannot be. */
  static synchronized void prepare() {
    if (System.getProperty(PATH_PROPERTY) != null) return;
    String platform = platform();
    if (platform == null) return;
    List<String> files = List.of(System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni"));
    NativeLibraryCache.forUser()
        .flatMap(cache -> cache.folder("onnxruntime", OrtEnvironment.class.getClassLoader(),
            "ai/onnxruntime/native/" + platform, files))
        .ifPresent(folder -> System.setProperty(PATH_PROPERTY, folder.toString()));
  }

  /** ONNX Runtime's name for this platform's folder in its jar ({@code linux-x64}, …), or null. */
  static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String o = os.contains("linux") ? "linux" : os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win" : null;
    String a = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") ? "aarch64" : null;
    return o == null || a == null ? null : o + "-" + a;
  }
}
