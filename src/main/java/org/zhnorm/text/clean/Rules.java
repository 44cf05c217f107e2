package org.zhnorm.text.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.zhnorm.text.extract.Gazetteer;

/**
 * Every rule known by id. The order in which they run is not here: it is declared once, in the
 * resource {@code chain.txt}.
 */
public final class Rules {
  private Rules() {}

  static Map<String, Supplier<Rule>> registry() {
    Map<String, Supplier<Rule>> r = new LinkedHashMap<>();
    r.put(NormalizeWhitespaceRule.ID, NormalizeWhitespaceRule::new);
    r.put(PinyinAnnotationRule.ID, PinyinAnnotationRule::new);
    r.put(LostMiddleDotRule.ID, LostMiddleDotRule::new);
    r.put(WatermarkRule.ID, WatermarkRule::new);
    r.put(SpamRule.ID, SpamRule::new);
    r.put(CommentThreadRule.ID, CommentThreadRule::new);
    line(r, "site-header", "Drops site banners: 欢迎访问…网站 and the 今天是…星期一 date of the visit (not the publish time).");
    line(r, "breadcrumb", "Drops breadcrumb trails such as 首页 > 陇原风采 > 正文 and 当前位置：….");
    line(r, "cms-furniture", "Drops government-CMS furniture: 简体|繁体|无障碍浏览, 字体：放大 正常 缩小, 政府网站标识码, …公网安备…号, ICP备案,"
        + " 【打印本页】【关闭窗口】, 建议使用1024×768分辨率, 主办/承办 footers.");
    r.put("error-report", () -> new WidgetTokenRule("error-report", "Cuts error-report and share buttons glued to the start or end"
        + " of a short line (【纠错】 责任编辑： 焦鹏 -> 责任编辑： 焦鹏, 来源：南方周末 分享到 -> 来源：南方周末), so the metadata rules still read it."));
    line(r, "font-size-control", "Drops font-size switches: 字体：放大 正常 缩小, 字體：小．中．大, 【字号：大 中 小】, 字级, A+ A A-.");
    line(r, "print-control", "Drops print/close/save/back-to-top buttons alone or in a row: 打印, 【打印本页】【关闭窗口】, 友善列印, 返回顶部.");
    line(r, "pager", "Drops page navigation: 【1】【2】【3】, [1] [2] [3], 第1页/共1页 << 上一页 | 下一页 >>, 首页 上一页 5 6 7 尾页, 共 15页284条.");
    line(r, "detail-promo", "Drops details/read-more promos: 点击查看详情, 详情>>, 阅读全文, 展开全文, 点击阅读原文, 文章详情.");
    line(r, "wechat-menu", "Drops WeChat account menus and follow prompts: 回复1查看往期, 点击上方蓝字关注我们, 长按识别二维码, 关注新华网.");
    line(r, "site-banner", "Drops cookie, language-switch and paywall banners: 本网站使用Cookie…接受, 简体 | 繁體 | English,"
        + " 订阅后阅读全文, 登录后查看全文, 剩余80%未读.");
    line(r, "share-widget", "Drops share widgets: 掃一掃分享本頁, 分享到, 扫一扫在手机打开当前页, 微信扫一扫 分享到您的 朋友圈.");
    line(r, "app-promo", "Drops app promotions such as 下載星島頭條APP and 扫码下载客户端.");
    r.put(SocialAccountRule.ID, SocialAccountRule::new);
    line(r, "copyright-notice", "Drops copyright and reprint disclaimers: 注:本圖文來源于網絡平臺…, 版权所有, 转载请注明出处.");
    r.put(LegalNoticeRule.ID, LegalNoticeRule::new);
    line(r, "prev-next-links", "Drops previous/next article links: 上一篇:…下一篇:…相關內容.");
    r.put(HeadedListRule.RELATED, HeadedListRule::related);
    r.put(HeadedListRule.RECOMMENDED, HeadedListRule::recommended);
    line(r, "view-counter", "Drops view counters: 浏览次数：123, 阅读量, 点击数.");
    Gazetteer[] gazetteer = new Gazetteer[1];
    r.put(PlaceNameSpamRule.ID, () -> {
      if (gazetteer[0] == null) {
        gazetteer[0] = Gazetteer.load();
      }
      return new PlaceNameSpamRule(gazetteer[0]);
    });
    r.put(SingleCharRunRule.ID, SingleCharRunRule::new);
    r.put(ReporterBylineRule.ID, ReporterBylineRule::new);
    r.put(MetadataLineRule.ID, MetadataLineRule::new);
    r.put(StrayNumberRule.ID, StrayNumberRule::new);
    r.put(RocDateCodeRule.ID, RocDateCodeRule::new);
    r.put(TitleRule.ID, TitleRule::new);
    r.put(TrailingBylineRule.ID, TrailingBylineRule::new);
    r.put(HardWrapRule.ID, HardWrapRule::new);
    r.put(RedactionRule.ID, RedactionRule::new);
    r.put(PubTimeScanRule.ID, PubTimeScanRule::new);
    return r;
  }

  private static void line(Map<String, Supplier<Rule>> r, String id, String description) {
    r.put(id, () -> new PatternLineRule(id, description));
  }

  /** The rules of {@code chain.txt}, in order. Fails fast on an unknown or repeated id. */
  public static List<Rule> chain() {
    Map<String, Supplier<Rule>> registry = registry();
    List<Rule> rules = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (String id : RuleData.entries("chain.txt")) {
      Supplier<Rule> s = registry.get(id);
      if (s == null) {
        throw new IllegalStateException("chain.txt names unknown rule id " + id + "; known: " + registry.keySet());
      }
      if (seen.contains(id)) {
        throw new IllegalStateException("chain.txt names rule id " + id + " twice");
      }
      seen.add(id);
      Rule rule = s.get();
      if (!rule.id().equals(id)) {
        throw new IllegalStateException("rule registered as " + id + " reports id " + rule.id());
      }
      rules.add(rule);
    }
    return List.copyOf(rules);
  }
}
