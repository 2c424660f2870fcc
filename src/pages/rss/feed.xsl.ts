import type { APIRoute } from 'astro';
import { escapeXml } from '../../features/feeds/feeds';
import { useTranslations } from '../../core/i18n';
import { paths } from '../../core/urls';
import { site } from '../../site.config';

const t = useTranslations('nb');
const text = (value: string) => escapeXml(value);

/**
 * XSLT that turns a feed opened in a browser into a readable page: what the feed is, how to
 * subscribe, and its items. Generated so that its text comes from the dictionaries.
 */
export const GET: APIRoute = () =>
  new Response(
    `<?xml version="1.0" encoding="utf-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>
  <xsl:template match="/">
    <html lang="nb">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="/rss/channel/title"/></title>
        <link rel="stylesheet" href="${paths.feedStylesheetCss}"/>
      </head>
      <body>
        <header>
          <p><a href="/">${text(site.name)}</a></p>
        </header>
        <main>
          <h1><xsl:value-of select="/rss/channel/title"/></h1>
          <p><xsl:value-of select="/rss/channel/description"/></p>
          <div class="about">
            <h2>${text(t('feeds.howTo.heading'))}</h2>
            <p>${text(t('feeds.howTo.step3'))}</p>
            <p><a href="${paths.feeds}">${text(t('feeds.title'))}</a></p>
          </div>
          <ol class="items">
            <xsl:for-each select="/rss/channel/item">
              <li>
                <h2><a href="{link}"><xsl:value-of select="title"/></a></h2>
                <p class="meta"><xsl:value-of select="category"/> · <xsl:call-template name="date"><xsl:with-param name="rfc822" select="pubDate"/></xsl:call-template></p>
                <!-- The description is HTML holding only text and character references (RSS 2.0):
                     written out unescaped, the browser reads the references and shows the text. -->
                <p><xsl:value-of select="description" disable-output-escaping="yes"/></p>
              </li>
            </xsl:for-each>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>
  <!-- RSS dates are RFC 822 ("Tue, 24 Nov 2026 00:00:00 GMT"); readers of the page expect "24. november 2026". -->
  <xsl:template name="date">
    <xsl:param name="rfc822"/>
    <xsl:variable name="month" select="substring($rfc822, 9, 3)"/>
    <xsl:value-of select="number(substring($rfc822, 6, 2))"/>
    <xsl:text>. </xsl:text>
    <xsl:choose>
      <xsl:when test="$month = 'Jan'">januar</xsl:when>
      <xsl:when test="$month = 'Feb'">februar</xsl:when>
      <xsl:when test="$month = 'Mar'">mars</xsl:when>
      <xsl:when test="$month = 'Apr'">april</xsl:when>
      <xsl:when test="$month = 'May'">mai</xsl:when>
      <xsl:when test="$month = 'Jun'">juni</xsl:when>
      <xsl:when test="$month = 'Jul'">juli</xsl:when>
      <xsl:when test="$month = 'Aug'">august</xsl:when>
      <xsl:when test="$month = 'Sep'">september</xsl:when>
      <xsl:when test="$month = 'Oct'">oktober</xsl:when>
      <xsl:when test="$month = 'Nov'">november</xsl:when>
      <xsl:when test="$month = 'Dec'">desember</xsl:when>
    </xsl:choose>
    <xsl:text> </xsl:text>
    <xsl:value-of select="substring($rfc822, 13, 4)"/>
  </xsl:template>
</xsl:stylesheet>
`,
    { headers: { 'Content-Type': 'text/xsl; charset=utf-8' } },
  );
