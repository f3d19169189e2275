<?xml version="1.0" encoding="UTF-8"?>
<!--
  feedcard's feed stylesheet. atom.xml and rss.xml name it in an <?xml-stylesheet?> instruction so that a browser
  shows a readable page instead of raw XML: what a feed is, the address to copy into a feed reader, and the latest
  entries. One stylesheet for both formats (XSLT 1.0, which browsers support); feed readers ignore it.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:atom="http://www.w3.org/2005/Atom"
    xmlns:media="http://search.yahoo.com/mrss/"
    exclude-result-prefixes="atom media">
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>

  <xsl:variable name="isAtom" select="boolean(/atom:feed)"/>
  <xsl:variable name="format">
    <xsl:choose>
      <xsl:when test="$isAtom">Atom</xsl:when>
      <xsl:otherwise>RSS</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="title" select="/atom:feed/atom:title | /rss/channel/title"/>
  <xsl:variable name="subtitle" select="/atom:feed/atom:subtitle | /rss/channel/description"/>
  <xsl:variable name="titleText"><xsl:call-template name="text"><xsl:with-param name="node" select="$title"/></xsl:call-template></xsl:variable>
  <xsl:variable name="subtitleText"><xsl:call-template name="text"><xsl:with-param name="node" select="$subtitle"/></xsl:call-template></xsl:variable>
  <xsl:variable name="self" select="/atom:feed/atom:link[@rel='self']/@href | /rss/channel/atom:link[@rel='self']/@href"/>
  <xsl:variable name="home" select="/atom:feed/atom:link[@rel='alternate']/@href | /rss/channel/link"/>
  <xsl:variable name="lang" select="/atom:feed/@xml:lang | /rss/channel/language"/>
  <xsl:variable name="count" select="count(/atom:feed/atom:entry | /rss/channel/item)"/>

  <xsl:template match="/">
    <html lang="{$lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="robots" content="noindex"/>
        <title><xsl:value-of select="$titleText"/> (<xsl:value-of select="$format"/> feed)</title>
        <style>
          :root { color-scheme: light dark; --accent: #c2410c; --muted: #6b7280; --box: rgba(127,127,127,.1); }
          * { box-sizing: border-box; }
          body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans CJK JP", sans-serif; }
          main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
          .badge { display: inline-flex; align-items: center; gap: .4rem; font-size: .8rem; font-weight: 600;
                   letter-spacing: .04em; text-transform: uppercase; color: var(--accent); margin: 0; }
          .badge svg { width: 1rem; height: 1rem; }
          h1 { font-size: 2rem; line-height: 1.2; margin: .3rem 0 .4rem; }
          .subtitle { color: var(--muted); margin: 0 0 1.5rem; }
          .about { background: var(--box); border-radius: .75rem; padding: 1rem 1.25rem 1.25rem; margin-bottom: 2rem; }
          .about h2 { font-size: 1.05rem; margin: 0 0 .3rem; }
          .about p { margin: 0 0 .8rem; }
          label { display: block; font-size: .85rem; font-weight: 600; margin-bottom: .25rem; }
          .copy { display: flex; gap: .5rem; }
          .copy input { flex: 1; min-width: 0; font: .95rem ui-monospace, SFMono-Regular, Menlo, monospace; padding: .5rem .6rem;
                        border: 1px solid rgba(127,127,127,.5); border-radius: .4rem; background: transparent; color: inherit; }
          .copy button { font: inherit; font-size: .9rem; padding: .45rem .9rem; border: 0; border-radius: .4rem;
                         background: var(--accent); color: #fff; cursor: pointer; }
          h2.latest { font-size: 1.25rem; margin: 0 0 .75rem; }
          article { display: flex; gap: 1rem; padding: 1rem 0; border-top: 1px solid rgba(127,127,127,.25); }
          article .text { flex: 1; min-width: 0; }
          article h3 { font-size: 1.1rem; line-height: 1.35; margin: 0 0 .2rem; }
          article time { font-size: .85rem; color: var(--muted); }
          article p { margin: .3rem 0 0; overflow-wrap: anywhere; }
          article img { width: 8rem; height: 4.2rem; object-fit: cover; border-radius: .4rem; flex: none; }
          a { color: var(--accent); }
          footer { margin-top: 2rem; font-size: .85rem; color: var(--muted); }
        </style>
      </head>
      <body>
        <main>
          <p class="badge">
            <svg viewBox="0 0 16 16" aria-hidden="true"><rect width="16" height="16" rx="3" fill="currentColor"/><circle cx="4.5" cy="11.5" r="1.5" fill="#fff"/><path d="M3 7a6 6 0 0 1 6 6h-2a4 4 0 0 0-4-4zm0-4a10 10 0 0 1 10 10h-2a8 8 0 0 0-8-8z" fill="#fff"/></svg>
            <xsl:value-of select="$format"/> feed
          </p>
          <h1><xsl:value-of select="$titleText"/></h1>
          <xsl:if test="normalize-space($subtitleText) != '' and normalize-space($subtitleText) != normalize-space($titleText)">
            <p class="subtitle"><xsl:value-of select="$subtitleText"/></p>
          </xsl:if>
          <section class="about">
            <h2>This is a web feed</h2>
            <p>
              A feed lets you follow <a href="{$home}">this site</a> without visiting it: copy the address below into
              a feed reader (such as NetNewsWire, Feedly, Inoreader, Thunderbird or Miniflux) and new posts arrive
              there as they are published. You are looking at the feed itself, shown as a page.
            </p>
            <label for="feed-url">Feed address</label>
            <div class="copy">
              <input id="feed-url" type="text" readonly="readonly" value="{$self}" onclick="this.select()"/>
              <button type="button" onclick="var i=document.getElementById('feed-url');i.select();if(navigator.clipboard){{navigator.clipboard.writeText(i.value)}}else{{document.execCommand('copy')}};this.textContent='Copied'">Copy</button>
            </div>
          </section>
          <h2 class="latest">Latest entries</h2>
          <xsl:if test="$count = 0"><p>No entries yet.</p></xsl:if>
          <xsl:apply-templates select="/atom:feed/atom:entry | /rss/channel/item"/>
          <footer>
            <a href="{$home}">Visit the website</a>
          </footer>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="atom:entry">
    <article>
      <div class="text">
        <h3><a href="{atom:link[@rel='alternate']/@href}"><xsl:call-template name="text"><xsl:with-param name="node" select="atom:title"/></xsl:call-template></a></h3>
        <time datetime="{atom:published}"><xsl:value-of select="substring(atom:published, 1, 10)"/></time>
        <xsl:if test="atom:summary"><p><xsl:call-template name="text"><xsl:with-param name="node" select="atom:summary"/></xsl:call-template></p></xsl:if>
      </div>
      <xsl:if test="media:thumbnail/@url">
        <xsl:call-template name="thumbnail"><xsl:with-param name="url" select="media:thumbnail/@url"/></xsl:call-template>
      </xsl:if>
    </article>
  </xsl:template>

  <xsl:template match="item">
    <article>
      <div class="text">
        <h3><a href="{link}"><xsl:value-of select="title"/></a></h3>
        <time><xsl:value-of select="substring(pubDate, 6, 11)"/></time>
        <!-- feedcard writes the description as escaped plain text, so unescaping it gives the text back -->
        <xsl:if test="description"><p><xsl:value-of select="description" disable-output-escaping="yes"/></p></xsl:if>
      </div>
      <xsl:if test="media:thumbnail/@url">
        <xsl:call-template name="thumbnail"><xsl:with-param name="url" select="media:thumbnail/@url"/></xsl:call-template>
      </xsl:if>
    </article>
  </xsl:template>

  <!--
    The text of a title, subtitle or summary. feedcard writes Atom text that looks like markup ("Fish & <chips>") as
    escaped HTML (type="html") whose only escapes are &amp; &lt; and &gt;, which "unescape" undoes, so
    that the page shows the text itself in every browser (some ignore disable-output-escaping).
  -->
  <xsl:template name="text">
    <xsl:param name="node"/>
    <xsl:choose>
      <xsl:when test="$node/@type = 'html'">
        <xsl:call-template name="unescape"><xsl:with-param name="s" select="string($node)"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$node"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="unescape">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="contains($s, '&amp;')">
        <xsl:value-of select="substring-before($s, '&amp;')"/>
        <xsl:variable name="rest" select="substring-after($s, '&amp;')"/>
        <xsl:choose>
          <xsl:when test="starts-with($rest, 'lt;')">
            <xsl:text>&lt;</xsl:text>
            <xsl:call-template name="unescape"><xsl:with-param name="s" select="substring($rest, 4)"/></xsl:call-template>
          </xsl:when>
          <xsl:when test="starts-with($rest, 'gt;')">
            <xsl:text>&gt;</xsl:text>
            <xsl:call-template name="unescape"><xsl:with-param name="s" select="substring($rest, 4)"/></xsl:call-template>
          </xsl:when>
          <xsl:when test="starts-with($rest, 'amp;')">
            <xsl:text>&amp;</xsl:text>
            <xsl:call-template name="unescape"><xsl:with-param name="s" select="substring($rest, 5)"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:text>&amp;</xsl:text>
            <xsl:call-template name="unescape"><xsl:with-param name="s" select="$rest"/></xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    The entry's image. An image of the site itself is loaded by its path from the site's root ("/cards/x.jpg"), so
    the page shows it wherever the feed is served from (the site, a preview server, a staging host).
  -->
  <xsl:template name="thumbnail">
    <xsl:param name="url"/>
    <xsl:variable name="root" select="concat('/', substring-after(substring-after($home, '//'), '/'))"/>
    <xsl:choose>
      <xsl:when test="starts-with($url, $home)">
        <img src="{concat($root, substring-after($url, $home))}" alt="" loading="lazy"/>
      </xsl:when>
      <xsl:otherwise>
        <img src="{$url}" alt="" loading="lazy"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
