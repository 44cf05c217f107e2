package org.zhnorm.text.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhnorm.text.clean.Fixtures.P1;
import static org.zhnorm.text.clean.Fixtures.P2;

import org.junit.jupiter.api.Test;

/** One method per behaviour of the chain, on real text (seeds, cn_web_gold lines) unless stated. */
class CleanerBehaviourTest {
  private final Cleaner cleaner = Cleaner.standard();

  private CleanResult clean(String text) {
    return cleaner.clean(text, PageHints.NONE, true);
  }

  @Test
  void emptyInputGivesEmptyResult() {
    CleanResult r = clean("");
    assertThat(r.text()).isEmpty();
    assertThat(r.metadata().title()).isNull();
    assertThat(r.hits()).isEmpty();
  }

  @Test
  void nullInputAndHintsAreEmpty() {
    assertThat(cleaner.clean(null, null, false).text()).isEmpty();
  }

  @Test
  void garbageDoesNotThrow() {
    String garbage = "\uFEFF\u0000((((x)))\n\n\t|||丨丨\n锟斤拷锟斤拷\n???\n(ā)(\n2023-99-99 99:99\n" + "\uD800";
    CleanResult r = clean(garbage);
    assertThat(r.text()).doesNotContain("\uFEFF");
  }

  @Test
  void aWireStorysRocDateCodeGoesAfterItsLastSentenceOnly() {
    // the last line of a CNA story (../shared/corpus/dev/tw_news_parser_specs/cna_s2.html, converted)
    String last = "王文宗指出，台湾有得天独厚的地理环境与技术，其它国家地区无法取代，只要政府创造有利条件，虱目鱼可行销全球市场。打造虱目鱼王国，嘉惠渔民的荣景指日可待。";
    CleanResult r = clean(P1 + "\n" + last + "1030404");
    assertThat(r.text()).isEqualTo(P1 + "\n" + last);
    assertThat(r.removedChars()).containsEntry(RocDateCodeRule.ID, 7L);
    assertThat(clean(P1 + "\n" + last + "\n1030404").text()).isEqualTo(P1 + "\n" + last);
    // not a date (month 13), not at the end, or inside a sentence: kept
    assertThat(clean(P1 + "\n" + last + "1031304").text()).endsWith("1031304");
    assertThat(clean(P1 + "\n" + last + "1030404\n" + P2).text()).contains("1030404");
    assertThat(clean(P1 + "\n全年接待游客1030404人次").text()).endsWith("1030404人次");
    assertThat(clean(P1 + "\n咨询电话1030404").text()).endsWith("1030404");
  }

  @Test
  void alreadyCleanTextIsUnchanged() {
    String text = P1 + "\n" + P2;
    CleanResult r = clean(text);
    assertThat(r.text()).isEqualTo(text);
    assertThat(r.removedChars().values()).allMatch(v -> v == 0);
  }

  @Test
  void indentationAndBlankLinesAreRemovedNothingElse() {
    CleanResult r = clean("\n  " + P1 + "\n\n\u3000\u3000" + P2 + "  \n \n");
    assertThat(r.text()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void zeroWidthCharactersAreRemoved() {
    assertThat(clean("\uFEFF" + P1.substring(0, 10) + "\u200B" + P1.substring(10)).text()).isEqualTo(P1);
  }

  @Test
  void siteHeaderDateIsNotThePublishTime() {
    CleanResult r = clean("欢迎访问 央媒驻甘记者联合会 网站,今天是2024年09月23日,星期一\n首页 > 陇原风采 > 正文\n" + P1 + "\n" + P2);
    assertThat(r.metadata().pubTime()).isNull();
    assertThat(r.text()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void publishTimeKeepsSourcePrecision() {
    assertThat(clean("标题是这样一行文字\n2023-06-21 16:01:29\n" + P1).metadata().pubTime()).isEqualTo("2023-06-21T16:01:29");
    assertThat(clean("标题是这样一行文字\n2022年9月30日\n" + P1).metadata().pubTime()).isEqualTo("2022-09-30");
    assertThat(clean("标题是这样一行文字\n2022.01.20 16:31 来源：河南日报客户端\n" + P1).metadata().pubTime())
        .isEqualTo("2022-01-20T16:31");
  }

  @Test
  void metadataLineExtractsFieldsAndFoundBy() {
    CleanResult r = clean(P1 + "\n" + P2 + "\n编辑:王新强\n来源:榆中县委宣传部");
    assertThat(r.text()).isEqualTo(P1 + "\n" + P2);
    assertThat(r.metadata().editor()).isEqualTo("王新强");
    assertThat(r.metadata().sourceName()).isEqualTo("榆中县委宣传部");
    assertThat(r.metadata().foundBy()).containsEntry("editor", "metadata-line").containsEntry("source_name", "metadata-line");
  }

  @Test
  void interviewTurnIsNotAReporterByline() {
    String turn = "記者:基層黨建工作三年行動為鄉村振興提質增速,目前取得了哪些成效?";
    CleanResult r = clean(P1 + "\n" + turn + "\n" + P2);
    assertThat(r.text()).contains(turn);
    assertThat(r.metadata().reporter()).isNull();
  }

  @Test
  void dateInsideBodyIsNotRemoved() {
    String line = "2022年9月30日,全镇召开乡村振兴工作推进会,部署下一阶段重点任务。";
    assertThat(clean(P1 + "\n" + P2 + "\n" + line).text()).endsWith(line);
  }

  @Test
  void titleFromFirstLineIsRemovedFromBody() {
    CleanResult r = clean("榆中夏官营:“党建五大工程”开创融合发展新局面\n" + P1 + "\n" + P2);
    assertThat(r.metadata().title()).isEqualTo("榆中夏官营:“党建五大工程”开创融合发展新局面");
    assertThat(r.metadata().foundBy()).containsEntry("title", "title");
    assertThat(r.text()).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void listHeadingIsNotATitle() {
    String text = "一、夯實黨建基礎,打造鄉村振興“主引擎”\n" + P1;
    CleanResult r = clean(text);
    assertThat(r.metadata().title()).isNull();
    assertThat(r.text()).isEqualTo(text);
  }

  @Test
  void hintTitleLosesSiteSuffixAndMatchingLineIsRemoved() {
    PageHints hints = new PageHints("http://finance.sina.com.cn/x.shtml", "四年前中500万现穷困潦倒 一夜暴富后如何经营__商贸_产业资讯_新浪网", null);
    CleanResult r = cleaner.clean("四年前中500万现穷困潦倒 一夜暴富后如何经营\n" + P1, hints, false);
    assertThat(r.metadata().title()).isEqualTo("四年前中500万现穷困潦倒 一夜暴富后如何经营");
    assertThat(r.text()).isEqualTo(P1);
    assertThat(TitleRule.stripSiteSuffix("劳伦斯：一个无法定义的“洛克菲勒”-搜狐财经")).isEqualTo("劳伦斯：一个无法定义的“洛克菲勒”");
    assertThat(TitleRule.stripSiteSuffix("多数夫妻生活有名无实 日本无性婚姻问题严重(图)--雅虎新闻")).isEqualTo("多数夫妻生活有名无实 日本无性婚姻问题严重(图)");
  }

  @Test
  void aTitleLineMatchingTheHintLosesTheSeparatorsAtItsEdge() {
    // cn_web_gold ab65832c (MIT): the post's title line ends with a blog theme's "- -"
    PageHints hints = new PageHints(null, "谁来为无序拆房“埋单”？", null);
    CleanResult r = cleaner.clean("谁来为无序拆房“埋单”？- -\n" + P1, hints, false);
    assertThat(r.metadata().title()).isEqualTo("谁来为无序拆房“埋单”？");
    assertThat(r.text()).isEqualTo(P1);
  }

  @Test
  void hintDateIsUsedWhenPageHasNone() {
    CleanResult r = cleaner.clean(P1, new PageHints(null, null, "2022-02-13 07:48"), false);
    assertThat(r.metadata().pubTime()).isEqualTo("2022-02-13T07:48");
    assertThat(r.metadata().foundBy()).containsEntry("pub_time", Cleaner.PAGE_HINT);
  }

  @Test
  void yearMonthLineUnderTheTitleBeatsThePageHint() {
    // cn_web_gold c3f7d079: a report reposted in 2005 carries its own date under its title and
    // authors; the gold date is the report's (2003-5), not the page's posting time
    String text = "北京市儿童(13-15岁)心理素质发展现状调查研究报告\n北京市妇女儿童工作委员会儿童心理调研课题组\n2003年5月\n" + P1;
    CleanResult r = cleaner.clean(text, new PageHints(null, null, "2005-03-06 16:17:00"), false);
    assertThat(r.metadata().pubTime()).isEqualTo("2003-05");
    assertThat(r.metadata().foundBy()).containsEntry("pub_time", MetadataLineRule.ID);
    assertThat(r.text()).doesNotContain("2003年5月").contains(P1);
  }

  @Test
  void yearMonthInASentenceOrAnIssueNumberIsNotAPublishTime() {
    assertThat(clean("标题是这样一行文字\n2003年5月，课题组开始调查。\n" + P1).metadata().pubTime()).isNull();
    assertThat(clean("标题是这样一行文字\n1998年3月号\n" + P1).metadata().pubTime()).isNull();
  }

  @Test
  void documentDateBeatsPostingDate() {
    // cn_web_gold e8847578: a government notice's disclosure table gives 成文日期 (the notice's own
    // date, also signed under it) and 发布日期 (the day the portal posted it); gold is the former
    String posted = "发布日期： 2022年01月28日\n";
    String written = "成文日期： 2022年01月27日\n";
    String notice = "发文字号： 吉政明电〔2022〕1号\n" + P1;
    assertThat(clean(posted + written + notice).metadata().pubTime()).isEqualTo("2022-01-27");
    assertThat(clean(written + posted + notice).metadata().pubTime()).isEqualTo("2022-01-27");
    assertThat(clean(posted + notice).metadata().pubTime()).isEqualTo("2022-01-28");
  }

  /** The anti-infringement notice under an article of cn_web_gold 3e1af229 (MIT, see SOURCES.md). */
  private static final String NOTICE =
      "反侵权公告：\n"
          + "根据《中华人民共和国著作权法》、《信息网络传播权保护条例》等法律法规，未经书面许可，擅自转载本报社作品的，将涉嫌侵犯著作权人合法权益。为规范网络转载行为，制止非法侵权转载，本报社郑重公告：\n"
          + "一、任何单位或个人，在任何公开传播平台上使用著作权归属于江城日报社(包括《江城日报》、《江城晚报》、松花江网、吉林乌拉圈等)的原创内容，必须事先取得江城日报社书面授权；\n"
          + "三、对于各类非法转载行为，欢迎读者提供侵权线索：\n"
          + "陈律师（法律顾问）0432-62099222\n"
          + "武文斌（版权合作）0432-62523496";

  @Test
  void legalNoticeAfterTheArticleIsRemoved() {
    CleanResult r = clean(P1 + "\n" + P2 + "\n" + P1 + "\n" + P2 + "\n" + NOTICE);
    assertThat(r.text()).isEqualTo(P1 + "\n" + P2 + "\n" + P1 + "\n" + P2);
    assertThat(r.hits()).containsEntry(LegalNoticeRule.ID, 6L);
  }

  @Test
  void legalNoticeStopsAtAParagraphWithoutRightsWords() {
    String article = P1 + "\n" + P2 + "\n" + P1 + "\n" + P2 + "\n";
    CleanResult r = clean(article + "反侵权公告：\n" + "三、对于各类非法转载行为，欢迎读者提供侵权线索：\n" + P1);
    assertThat(r.text()).isEqualTo(article + P1);
  }

  @Test
  void legalNoticeHeadingNearTheTopKeepsTheLinesUnderIt() {
    // in the first half a heading may introduce an article about copyright: only the heading goes
    String body = "他强调,要尊重知识产权,保护原创作者的版权。";
    CleanResult r = clean("免责声明\n" + body + "\n" + P1 + "\n" + P2);
    assertThat(r.text()).isEqualTo(body + "\n" + P1 + "\n" + P2);
  }

  @Test
  void pubTimeScanFindsDateInChromeLine() {
    CleanResult r = clean("http://www.sina.net 2005年03月21日 11:21  《理财周刊》\n" + P1);
    assertThat(r.metadata().pubTime()).isEqualTo("2005-03-21T11:21");
    assertThat(r.metadata().foundBy()).containsEntry("pub_time", "pub-time-scan");
  }

  @Test
  void strayNumberUnderDateIsRemoved() {
    CleanResult r = clean("標題行在這裡很短\n2022-09-30 09:51:00  來源:鄉村干部報\n1\n" + P1);
    assertThat(r.text()).isEqualTo(P1);
    assertThat(r.hits()).containsKey("stray-number");
  }

  @Test
  void socialAccountBlockTakesSiteNameLine() {
    CleanResult r = clean(P1 + "\n鄉村干部報網\n微信公眾號\n鄉村干部報網\n官方微博\n" + P2);
    assertThat(r.text()).isEqualTo(P1 + "\n" + P2);
    assertThat(r.removedChars()).containsEntry("social-account", (long) "鄉村干部報網微信公眾號鄉村干部報網官方微博".length());
  }

  @Test
  void relatedLinksBlockIsRemoved() {
    // cn_web_gold 8cb7b39d (MIT): the list closes the page.
    CleanResult r = clean(P1 + "\n" + P2 + "\n" + P1 + "\n相关链接\n央行调高房贷利率 温州人谨慎对待房产投资2005-03-28 11:29:36\n购楼即赚已成往事 房产投资开始考验判断力2005-03-25 15:10:13");
    assertThat(r.text()).isEqualTo(P1 + "\n" + P2 + "\n" + P1);
  }

  @Test
  void relatedHeadingNearTopKeepsTheLinesUnderIt() {
    // readability test page pixnet (Apache-2.0): a 相關文章 tab sits above the poem-like article lines.
    String a = "一波波接續性低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣";
    String b = "玉峰道路一路上雲氣山嵐滯留山頭 順路下切蜿蜒道路後不久即抵達來到\"玉峰國小\"";
    CleanResult r = clean("相關文章\n" + a + "\n" + b + "\n" + P1 + "\n" + P2);
    assertThat(r.text()).isEqualTo(a + "\n" + b + "\n" + P1 + "\n" + P2);
  }

  @Test
  void watermarkIsRemovedAndYearLossFlagged() {
    CleanResult r = clean("目前已累计落地xx个投资项目,总投资x.x亿元。baoku1893年,全镇共接待游客xx.xx万人。");
    assertThat(r.text()).isEqualTo("目前已累计落地xx个投资项目,总投资x.x亿元。年,全镇共接待游客xx.xx万人。");
    assertThat(r.flags()).contains("damaged", "redacted");
  }

  @Test
  void latinDigitTokensThatAreContentSurvive() {
    String text = "过店子村党总支借助100MW农光互补发电项目,新冠covid19疫情期间使用iphone15和mp3播放通知。";
    assertThat(clean(text).text()).isEqualTo(text);
  }

  @Test
  void redactionsAreKeptAndFlagged() {
    String text = "近年来,xx区把党的建设作为推动乡村振兴的“第一抓手”,形成可复制、可推广的“xx样本”。";
    CleanResult r = clean(text);
    assertThat(r.text()).isEqualTo(text);
    assertThat(r.flags()).containsExactly("redacted");
  }

  @Test
  void erasedCharacterIsFlaggedDamaged() {
    String text = "如高虹镇在省农村综合改革示xx区建设过程中,充分发挥党员的先锋模xx作用。";
    CleanResult r = clean(text);
    assertThat(r.text()).isEqualTo(text);
    assertThat(r.flags()).contains("redacted", "damaged-redaction");
  }

  @Test
  void noRedactionFlagOnCleanText() {
    assertThat(clean(P1 + "\n" + P2).flags()).isEmpty();
  }

  @Test
  void lostMiddleDotIsRestored() {
    assertThat(clean("以“紅?綠?藍”黨建品牌深耕基層黨建,在鞏固、優化、提升上持續用力。").text())
        .isEqualTo("以“紅·綠·藍”黨建品牌深耕基層黨建,在鞏固、優化、提升上持續用力。");
  }

  @Test
  void realQuestionMarkSurvives() {
    String text = "看看新寧是如何通過黨建引領鄉村振興的?今年來,新寧縣委以黨建為引領。";
    assertThat(clean(text).text()).isEqualTo(text);
  }

  @Test
  void oneCharacterPerLineRunIsRemoved() {
    CleanResult r = clean(P1 + "\n分\n享\n到\n" + P2);
    assertThat(r.text()).isEqualTo(P1 + "\n" + P2);
    assertThat(r.hits()).containsEntry("single-char-run", 1L);
  }

  @Test
  void hardWrappedNumberIsRejoined() {
    // cn_web_gold 0d931936 (MIT): the page splits 500 across two lines.
    String a = "是的，正是彩票让本文的主人公孙启勤在短短4年间经历了一场浓缩的人生戏剧。2001年农历除夕夜，身陷几十万元债务纠葛的南通一乡镇卫生院的医生孙启勤意外地获得了5";
    String b = "00万元的体彩大奖，成为让无数人羡慕不已的幸运儿；";
    assertThat(clean(a + "\n" + b).text()).isEqualTo(a + b);
  }

  @Test
  void numberedLinesAreNotJoined() {
    String text = P1 + "\n2.注重激活红色细胞带动乡村振兴。";
    assertThat(clean(text).text()).isEqualTo(text);
  }

  @Test
  void spamLineIsRemoved() {
    CleanResult r = clean(P1 + "\n澳门新葡京娱乐城官网 真人百家乐 开户送彩金\n" + P2);
    assertThat(r.text()).isEqualTo(P1 + "\n" + P2);
    assertThat(r.hits()).containsKey("spam-insertion");
  }

  @Test
  void spamSplicedMidSentenceIsCut() {
    String a = "自倍增工程实施以来,过店子村党总支借助100MW农光互补发电项目的属地优势,";
    String b = "充分发挥村集体股份合作社的作用,以土地入股的方式与能源有限公司签订租赁合同,集体经济增收10余万元。";
    CleanResult r = clean(a + "www.8888.com澳门新葡京" + b);
    assertThat(r.text()).isEqualTo(a + b);
  }

  @Test
  void newsAboutMacaoIsNotSpam() {
    String text = "2017年，凭借电影《青春的牙》获得第9届澳门国际电影节最佳新人男演员奖。";
    assertThat(clean(P1 + "\n" + text).text()).endsWith(text);
  }

  @Test
  void shortPipeListThatIsNotPlacesSurvives() {
    String text = "网站地图 和 栏目导航 | 新闻 | 图片 | 视频 | 专题 | 评论 | 直播 | 访谈";
    assertThat(new PlaceNameSpamRule(org.zhnorm.text.extract.Gazetteer.load()).isPlaceList(text)).isFalse();
  }

  @Test
  void traceIsEmptyWhenNotAsked() {
    CleanResult r = cleaner.clean("掃一掃分享本頁\n" + P1, PageHints.NONE, false);
    assertThat(r.traces()).isEmpty();
    assertThat(r.hits()).containsEntry("share-widget", 1L);
    assertThat(r.removedChars()).containsEntry("share-widget", 7L);
  }

  @Test
  void widgetRecordFromFlagDataLosesItsWidgets() {
    // FlagOpen/FlagData @ 84a3d7e7, flagdata_cleaner_demo/text_demo_input.jsonl record 6 (Apache-2.0).
    String widget = "财智星\n来源:\n东方财富Choice数据\n142\n人参与讨论\n小\n中\n大\n东方财富APP\n方便,快捷\n手机查看财经快讯\n专业,丰富\n"
        + "一手掌握市场脉搏\n手机上阅读文章\n提示:\n微信扫一扫\n分享到您的\n朋友圈\n";
    CleanResult r = clean(widget);
    assertThat(r.text()).isEqualTo("财智星\n方便,快捷\n专业,丰富\n一手掌握市场脉搏");
    assertThat(r.metadata().sourceName()).isEqualTo("东方财富Choice数据");
  }

  @Test
  void fieldsGluedWithoutSpacesAreSplit() {
    // readability test page gmw (Apache-2.0).
    CleanResult r = clean("2017-03-10 09:58:03来源：网易科学人作者：责任编辑：肖春芳\n" + P1);
    assertThat(r.text()).isEqualTo(P1);
    assertThat(r.metadata().sourceName()).isEqualTo("网易科学人");
    assertThat(r.metadata().editor()).isEqualTo("肖春芳");
    assertThat(r.metadata().pubTime()).isEqualTo("2017-03-10T09:58:03");
  }

  @Test
  void repetitiveWidgetLinesDoNotBacktrackForever() {
    // shapes that make nested quantifiers explode; the patterns use possessive quantifiers instead
    for (String line : new String[] {"微信 ".repeat(60) + "x", "点赞 1 ".repeat(60) + "x", "【打印】 ".repeat(60) + "x", "?紅".repeat(5000)}) {
      CleanResult r = clean(line + "\n" + P1);
      assertThat(r.text()).endsWith(P1);
    }
  }
}
