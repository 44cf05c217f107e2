package org.zhnorm.text.clean;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders docs/RULES.md from the rule definitions (id, scope, description) in chain order. A test
 * checks that the checked-in file equals this rendering; {@code main(path)} rewrites it.
 */
public final class RulesCatalog {
  private RulesCatalog() {}

  public static String render(List<Rule> rules) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Cleaning rules\n\n")
        .append("Generated from the rule definitions in `org.zhnorm.text.clean` by `RulesCatalog`; ")
        .append("`RulesCatalogTest` fails when this file and the code disagree. Regenerate with\n")
        .append("`mvn -q -o exec:java -Dexec.mainClass=org.zhnorm.text.clean.RulesCatalog -Dexec.args=docs/RULES.md`\n")
        .append("or by running `RulesCatalog.main` from the IDE.\n\n")
        .append("Rules run in the order below, declared once in `src/main/resources/org/zhnorm/clean/chain.txt`. ")
        .append("Rule data (patterns, word lists) lives beside it in resource files with header comments; the gazetteer is ")
        .append("the one the claim extractor uses, `org.zhnorm.text.extract.Gazetteer` over `src/main/resources/org/zhnorm/gazetteer/`. ")
        .append("Scopes: inline = rewrites spans inside a line; line = keeps or drops a whole line; ")
        .append("block = looks at neighbouring lines; document = looks at the whole document. ")
        .append("Each rule id is the key of `CleanResult.hits`/`removedChars`, of traces and of `Metadata.foundBy` ")
        .append("(plus `page-hint` for a publish time taken from `PageHints.date`, and `lead-sentence` for a title ")
        .append("taken, when the page has none, from the opening clause of the text that is not a bare date, which stays in the text).\n\n")
        .append("The page-hint title an HTML page gives the `title` rule is the extractor's scored choice (`io.html.Titles`) ")
        .append("among `<title>`, `og:title` and the crawl record's title (site parts stripped), `h1` and headline elements: ")
        .append("candidates that agree with each other, of a headline's length, win; navigation bars, section names, ")
        .append("fragments cut at a comma and site names (a heading linking home, the name a head title ends with) lose.\n\n")
        .append("Dates are read by `org.zhnorm.text.dates`, the package the HTML extractor uses too, and normalized to ")
        .append("ISO-8601 with the precision the page gives (`2003-05`, `2005-03-21`, `2005-03-21T11:21`, `…T11:21:07`). ")
        .append("One slash-date convention: year first is year/month/day (`2005/3/21`); year last is day/month/year ")
        .append("(`06/02/2022` is 6 February, `7/5/2005 9:23:57 PM` 7 May), unless the middle number is over 12: then ")
        .append("month/day/year (`9/17/2004`). A publish time after the day after the run's date, or a birth or death ")
        .append("date (`1976年4月25日出生`, a life span `1881年9月25日—1936年10月19日`), is never taken.\n\n")
        .append("| # | id | scope | removes / extracts (real examples) |\n")
        .append("|---|---|---|---|\n");
    int i = 1;
    for (Rule r : rules) {
      sb.append("| ").append(i++).append(" | `").append(r.id()).append("` | ").append(r.scope().label()).append(" | ")
          .append(r.description().replace("|", "\\|")).append(" |\n");
    }
    sb.append("\n## Line patterns (`lines/*.txt`)\n\n")
        .append("Each `src/main/resources/org/zhnorm/clean/lines/<name>.txt` holds one Java regular expression per line, ")
        .append("compiled without flags; its header says which rule reads it and whether a pattern is matched against the ")
        .append("whole trimmed line (`Matcher.matches`) or searched in it (`Matcher.find`). A whole-line pattern is written so ")
        .append("that it cannot reach into a sentence: repeats are bounded (`[^。]{0,40}`, not `.*`) and the keyword is not optional.\n\n")
        .append("The whole-line rules (the `PatternLineRule`s of the table and the headings of `comment-thread`, ")
        .append("`social-account`, `legal-notice`, `related-links` and `recommended-block`) hand a line to a pattern only when ")
        .append("a prefilter says it can match. At load time `LinePatternFacts` reads each pattern for the literals every ")
        .append("match must contain, as groups of alternatives (`[^。]{0,20}(?:下载|下載)[^。，,]{0,15}(?:APP|App)[^。]{0,30}` needs ")
        .append("one of 下载/下載 and one of APP/App; `ICP(?:备|備)` needs ICP备 or ICP備; nothing under `?`, `*` or `{0,n}` ")
        .append("counts) and for the longest match in code points (70 there; unbounded with `*` or `+`), and in code points ")
        .append("that are not blank (what `\\s` matches: a run `\\s*` adds nothing, so `(?:分享到|分享)\\s*[:：]?` has no bound in ")
        .append("code points but at most 4 solid ones). `LinePrefilter` rules a line out for the patterns whose bounds it ")
        .append("exceeds (a line of running text passes the solid bound of a rule's short patterns within its first few ")
        .append("characters, and is not scanned further), then finds all literals of the rule in one scan of the line and runs ")
        .append("only the patterns whose every group was found. A construct the analyzer does not know (inline flags, back references, `\\Q`, ")
        .append("class intersections) makes it derive nothing, and that pattern always runs. The decisions are the same as ")
        .append("trying every pattern: `LinePatternFactsTest` checks the derived facts against every pattern on the real ")
        .append("lines of the seeds, fixtures and dev corpus and on generated matching lines, and requires a literal for at ")
        .append("least 90% of the patterns; `PrefilterEquivalenceTest` compares the chain's output with the prefilter on and off. ")
        .append("A new pattern whose keyword sits in an optional part still works, it is only tried on every line.\n");
    return sb.toString();
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/RULES.md");
    Files.writeString(out, render(Cleaner.standard().rules()), StandardCharsets.UTF_8);
  }
}
