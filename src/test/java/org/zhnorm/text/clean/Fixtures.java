package org.zhnorm.text.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads test fixtures under src/test/resources/clean. */
final class Fixtures {
  /** Two real body paragraphs (seed 002) used to surround a noise line. */
  static final String P1 =
      "自倍增工程实施以来,过店子村党总支借助100MW农光互补发电项目的属地优势,充分发挥村集体股份合作社的作用,以土地入股的方式与能源有限公司签订租赁合同,集体经济增收10余万元。";
  static final String P2 =
      "双店子村党支部利用交通区位优势,以土地入股的方式,与本村驻地企业合作共建了二层沿街商铺,前10年收取租赁费用,待10年后村集体享有商铺所有权及土地使用权,集体经济增收的可持续性进一步增强。";

  private Fixtures() {}

  static String read(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/clean/" + path)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Non-comment, non-blank lines of a fixture. */
  static List<String> lines(String path) {
    List<String> out = new ArrayList<>();
    for (String l : read(path).split("\n")) {
      if (!l.isBlank() && !l.startsWith("#")) {
        out.add(l);
      }
    }
    return out;
  }

  /** Every line of a fixture, comments included. */
  /**
   * The parts of a fixture cut by marker lines ({@code #POST}, {@code #THREAD}, ...): one list of
   * non-blank lines per marker, in the order given; lines before the first marker are its header.
   */
  static List<List<String>> parts(String path, String... markers) {
    List<List<String>> out = new java.util.ArrayList<>();
    for (int i = 0; i < markers.length; i++) {
      out.add(new java.util.ArrayList<>());
    }
    List<String> cur = null;
    for (String line : rawLines(path)) {
      int m = java.util.Arrays.asList(markers).indexOf(line);
      if (m >= 0) {
        cur = out.get(m);
      } else if (cur != null && !line.isBlank()) {
        cur.add(line);
      }
    }
    return out;
  }

  static List<String> rawLines(String path) {
    return List.of(read(path).split("\n"));
  }

  static final List<String> SEEDS = List.of(
      "000_79b0ec438b1631f2", "001_20d977c9f78f25d0", "002_3338117f636233a1", "003_31f5609d2355be6f", "004_e3f1fca9c606b166");

  static String seed(String name) {
    return read("seeds/" + name + ".txt");
  }
}
