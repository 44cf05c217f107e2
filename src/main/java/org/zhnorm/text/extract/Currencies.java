package org.zhnorm.text.extract;

import java.util.List;
import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The currency of money claims (ISO 4217). A unit word that names a currency (美元 USD, 港元 HKD,
 * 日元 JPY, 欧元 EUR, 英镑 GBP, 新台币 TWD, ...; see units.tsv) or a currency word before the number
 * (人民币100元) decides. A bare 元 (and 万元, 块钱) takes the document's {@link Region}, found in this
 * order and recorded in the claim's {@code currency_from}:
 *
 * <ol>
 *   <li>{@code source}: the page's host is in Hong Kong (.hk), Taiwan (.tw) or Macau (.mo);
 *   <li>{@code script}: the text was written in Hong Kong or Taiwan Traditional (script
 *       traditional-hk / traditional-tw, from ScriptConverter);
 *   <li>{@code place}: the text names Hong Kong, Taiwan or Macau places at least {@value
 *       #MIN_PLACE_MENTIONS} times and more often than places of the other two, and names no
 *       mainland province-level place more often;
 *   <li>{@code default}: Renminbi (CNY), the currency of Simplified mainland text.
 * </ol>
 */
public final class Currencies {
  static final int MIN_PLACE_MENTIONS = 3;

  /** The currency a bare 元 has in a document, and the rule that decided it. */
  public record Region(String currency, String from) {
    public static final Region DEFAULT = new Region("CNY", "default");
  }

  private static final List<String> HK = List.of("香港", "港府", "港岛", "九龙", "新界", "港人", "港股", "恒指", "港交所");
  private static final List<String> TW = List.of("台湾", "台北", "新北", "高雄", "台中", "台南", "桃园", "立法院", "行政院", "民进党", "国民党");
  private static final List<String> MO = List.of("澳门", "氹仔", "路环");
  private static final List<String> MAINLAND =
      List.of("北京", "上海", "天津", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南",
          "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "内蒙古", "广西", "西藏", "宁夏", "新疆", "全国", "国务院");

  private Currencies() {}

  /**
   * The region of a document from its URL (may be null), its script as ScriptConverter named it
   * (may be empty) and its text.
   */
  public static Region regionOf(@Nullable String url, @Nullable String script, String text) {
    String host = host(url);
    if (host != null) {
      if (host.endsWith(".hk") || host.startsWith("hk.")) {
        return new Region("HKD", "source");
      }
      if (host.endsWith(".tw") || host.startsWith("tw.")) {
        return new Region("TWD", "source");
      }
      if (host.endsWith(".mo")) {
        return new Region("MOP", "source");
      }
    }
    if ("traditional-hk".equals(script)) {
      return new Region("HKD", "script");
    }
    if ("traditional-tw".equals(script)) {
      return new Region("TWD", "script");
    }
    int hk = count(text, HK);
    int tw = count(text, TW);
    int mo = count(text, MO);
    int best = Math.max(hk, Math.max(tw, mo));
    // the mainland names are counted only when they can decide (most texts name no region 3 times)
    if (best >= MIN_PLACE_MENTIONS && best > count(text, MAINLAND)) {
      if (hk == best && hk > tw && hk > mo) {
        return new Region("HKD", "place");
      }
      if (tw == best && tw > hk && tw > mo) {
        return new Region("TWD", "place");
      }
      if (mo == best && mo > hk && mo > tw) {
        return new Region("MOP", "place");
      }
    }
    return Region.DEFAULT;
  }

  /** The currency and its rule for a quantity: the unit's or prefix's, else the region's. */
  static Region of(Quantity q, Region region) {
    if (q.currency() == null) {
      return new Region("", "");
    }
    if (q.currencyWord() != null) {
      return new Region(q.currency().equals(UnitTable.REGION) ? region.currency() : q.currency(), "unit");
    }
    if (UnitTable.REGION.equals(q.currency())) {
      return region;
    }
    return new Region(q.currency(), "unit");
  }

  private static int count(String text, List<String> words) {
    int n = 0;
    for (String w : words) {
      int from = 0;
      int at;
      while ((at = text.indexOf(w, from)) >= 0) {
        n++;
        from = at + w.length();
      }
    }
    return n;
  }

  private static @Nullable String host(@Nullable String url) {
    if (url == null) {
      return null;
    }
    String u = url.toLowerCase(Locale.ROOT);
    int scheme = u.indexOf("://");
    String rest = scheme >= 0 ? u.substring(scheme + 3) : u;
    int slash = rest.indexOf('/');
    String host = slash >= 0 ? rest.substring(0, slash) : rest;
    int colon = host.indexOf(':');
    return colon >= 0 ? host.substring(0, colon) : host;
  }
}
