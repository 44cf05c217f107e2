/**
 * Dates in Chinese web pages, plain Java, no Beam imports: finding them ({@link
 * org.zhnorm.text.dates.Dates#find}, and the page-level choice near a title in {@link
 * org.zhnorm.text.dates.PageDates}), normalizing them to ISO-8601 with the source's precision
 * ({@link org.zhnorm.text.dates.Dates#normalize}), and judging whether one can be a publish date
 * ({@link org.zhnorm.text.dates.Plausibility}). Used by the HTML extractor ({@code io.html}) and the
 * cleaning rules ({@code text.clean}) alike, so both read a date the same way.
 *
 * <p>One slash-date convention (see {@link org.zhnorm.text.dates.Dates#SLASH_DATE}): with the year
 * first ({@code 2005/3/21}) it is year/month/day; with the year last ({@code 06/02/2022}) it is
 * day/month/year, as the Chinese-language pages of European and most Asian outlets write it, unless
 * the middle number cannot be a month (over 12, {@code 9/17/2004}): then month/day/year, the US way.
 */
package org.zhnorm.text.dates;
