package dev.narrascope.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class TextDecoderTest {
  static final String RUSSIAN = "Министр обороны заявил журналистам, что переговоры о поставках оружия продолжатся на "
      + "следующей неделе. По его словам, союзники готовы обсудить новые условия, однако окончательное решение "
      + "пока не принято. Эксперты считают, что это заявление вызовет споры в парламенте.";
  static final String PORTUGUESE = "O ministro afirmou que as negociações sobre a reforma da previdência continuarão "
      + "na próxima semana. Segundo ele, a coalizão está disposta a discutir as condições, mas a decisão ainda não "
      + "foi tomada. Analistas acreditam que a declaração provocará debates acalorados no Congresso.";

  @Test
  void decode_utf8_isUtf8() throws Exception {
    var d = TextDecoder.decode(RUSSIAN.getBytes(StandardCharsets.UTF_8));
    assertThat(d.text()).isEqualTo(RUSSIAN);
    assertThat(d.charset()).isEqualTo("UTF-8");
  }

  @Test
  void decode_utf8Bom_isStripped() throws Exception {
    byte[] body = "Título".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertThat(TextDecoder.decode(withBom).text()).isEqualTo("Título");
    assertThat(TextDecoder.decode(withBom).how()).isEqualTo("bom");
  }

  @Test
  void decode_utf16WithBom_isDecoded() throws Exception {
    byte[] bytes = ("\uFEFF" + RUSSIAN).getBytes(StandardCharsets.UTF_16LE);
    var d = TextDecoder.decode(bytes);
    assertThat(d.text()).isEqualTo(RUSSIAN);
    assertThat(d.charset()).isEqualTo("UTF-16LE");
  }

  @Test
  void decode_windows1251Russian_isDetected() throws Exception {
    var d = TextDecoder.decode(RUSSIAN.getBytes(Charset.forName("windows-1251")));
    assertThat(d.text()).isEqualTo(RUSSIAN);
    assertThat(d.charset()).isEqualTo("windows-1251");
    assertThat(d.how()).isEqualTo("detected");
  }

  @Test
  void decode_koi8rRussian_isDetected() throws Exception {
    var d = TextDecoder.decode(RUSSIAN.getBytes(Charset.forName("KOI8-R")));
    assertThat(d.text()).isEqualTo(RUSSIAN);
    assertThat(d.charset()).isEqualTo("KOI8-R");
  }

  @Test
  void decode_latin1Portuguese_isDetected() throws Exception {
    var d = TextDecoder.decode(PORTUGUESE.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(d.text()).isEqualTo(PORTUGUESE);
  }

  @Test
  void decode_declaredMetaCharset_isUsed() throws Exception {
    String html = "<html><head><meta charset=\"windows-1251\"><title>Т</title></head><body>" + RUSSIAN + "</body></html>";
    var d = TextDecoder.decode(html.getBytes(Charset.forName("windows-1251")));
    assertThat(d.text()).isEqualTo(html);
    assertThat(d.how()).isEqualTo("declared");
  }

  @Test
  void decode_utf8BytesDeclaredAsLatin1_trustsTheBytes() throws Exception {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>"
        + PORTUGUESE + "</body></html>";
    var d = TextDecoder.decode(html.getBytes(StandardCharsets.UTF_8));
    assertThat(d.text()).isEqualTo(html);
    assertThat(d.charset()).isEqualTo("UTF-8");
  }

  @Test
  void decode_randomBytes_isBinary() {
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);
    assertThatThrownBy(() -> TextDecoder.decode(junk))
        .isInstanceOf(BadInputException.class).hasMessage("binary file, not text");
  }

  @Test
  void decode_textWithNul_isBinary() {
    assertThatThrownBy(() -> TextDecoder.decode("abc\0def".getBytes(StandardCharsets.US_ASCII)))
        .hasMessage("binary file, not text");
  }

  @Test
  void decode_empty_isEmptyFile() {
    assertThatThrownBy(() -> TextDecoder.decode(new byte[0])).hasMessage("empty file");
  }

  @Test
  void supported_latin1Label_meansWindows1252() {
    assertThat(TextDecoder.supported("ISO-8859-1").name()).isEqualTo("windows-1252");
    assertThat(TextDecoder.supported("no-such-charset")).isNull();
  }
}
