"""Southern Signals: a digital-rights newsletter archive (e-mail table layout)."""
import datetime as dt

from _lib import esc, slugify

BODY_XPATH = "//td[@id='templateBody']//td[@class='mcnTextContent']"


def render(a):
    pub = dt.datetime.fromisoformat(a["pub"])
    slug = a.get("slug") or slugify(a["title"])
    url = f"https://southernsignals.example/archive/{pub:%Y/%m/%d}/{slug}"
    issue = a["issue"]
    parts = []
    for p in a["paras"]:
        if isinstance(p, tuple):
            parts.append(f'<h3 style="display:block;margin:18px 0 8px;font-family:Georgia,serif;font-size:20px;color:#1d3b2f;">{esc(p[1])}</h3>')
        else:
            parts.append(f'<p style="margin:0 0 14px;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:150%;color:#222222;">{" ".join(p)}</p>')
    body = "\n".join(parts)
    ticker = "".join(f'<li style="margin-bottom:4px;">{esc(t)}</li>' for t in a["ticker"])
    cols = []
    for t, s in a["teasers"]:
        cols.append(f'''<td valign="top" width="280" class="mcnTextContent" style="padding:9px 18px;">
  <a href="https://southernsignals.example/archive/{slugify(t)}" style="font-weight:bold;color:#1d3b2f;">{esc(t)}</a>
  <p style="margin:6px 0 0;font-size:13px;">{esc(s)}</p></td>''')
    cols_html = "\n".join(cols)
    replies = "\n".join(
        f'<p style="margin:0 0 10px;font-size:13px;font-style:italic;">&ldquo;{esc(t)}&rdquo; &mdash; <span class="reader">{esc(who)}</span></p>'
        for who, t in a["replies"])
    a["furniture_texts"] = list(a["ticker"]) + [t for t, _ in a["teasers"]] + [s for _, s in a["teasers"]] + [t for _, t in a["replies"]]
    preheader = a.get("preheader", a["title"])
    page = f'''<!doctype html>
<html lang="en" xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} | Southern Signals #{issue}</title>
<meta name="author" content="{esc(a['author'])}">
<meta name="description" content="{esc(preheader)}">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(preheader)}">
<meta property="og:site_name" content="Southern Signals">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{a['pub']}">
<link rel="canonical" href="{url}">
<style type="text/css">
  p{{margin:10px 0;padding:0;}} table{{border-collapse:collapse;}} h1,h2,h3{{display:block;margin:0;padding:0;}}
  img,a img{{border:0;height:auto;outline:none;text-decoration:none;}} #outlook a{{padding:0;}}
  .mcnPreviewText{{display:none !important;}} #bodyTable{{background-color:#eef1ee;}}
  @media only screen and (max-width:480px){{ .mcnTextContentContainer{{max-width:100% !important;width:100% !important;}} }}
</style>
</head>
<body style="height:100%;margin:0;padding:0;width:100%;background-color:#eef1ee;">
<div id="awesomewrap"><div id="awesomebar" class="archive-bar">
  <a href="https://southernsignals.example/" class="logo">Southern Signals</a>
  <ul class="archive-nav"><li><a href="https://southernsignals.example/subscribe">Subscribe</a></li><li><a href="https://southernsignals.example/archive">Past Issues</a></li><li><a href="https://southernsignals.example/archive/feed.xml">RSS</a></li><li><a href="https://southernsignals.example/translate">Translate</a></li></ul>
</div></div>
<span class="mcnPreviewText" style="display:none;font-size:0;line-height:0;max-height:0;max-width:0;opacity:0;overflow:hidden;visibility:hidden;">{esc(preheader)}</span>
<center>
<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable">
<tr><td align="center" valign="top" id="bodyCell" style="padding:10px;">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer" style="max-width:600px;border:1px solid #d5dcd5;">
<tr><td valign="top" id="templatePreheader" style="background-color:#f7f8f7;padding:6px 18px;font-size:11px;color:#666;">
  <table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tr><td valign="top" class="mcnPreheaderContent">Issue #{issue} &middot; {pub:%d %B %Y} &middot; <a href="{url}">View this email in your browser</a></td></tr></table>
</td></tr>
<tr><td valign="top" id="templateHeader" style="background-color:#1d3b2f;padding:24px 18px;">
  <img src="https://southernsignals.example/img/signals-wordmark.png" alt="Southern Signals" width="220" style="display:block;">
  <h1 style="font-family:Georgia,serif;font-size:26px;line-height:125%;color:#ffffff;margin-top:12px;">{esc(a['title'])}</h1>
  <p style="color:#cfe3d8;font-size:13px;margin:8px 0 0;">Edited by {esc(a['author'])}</p>
</td></tr>
<tr><td valign="top" id="templateRadar" style="background-color:#fff6dc;padding:12px 18px;">
  <table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnBoxedTextBlock"><tr><td valign="top" class="mcnBoxedTextContentColumn">
    <strong style="font-size:12px;letter-spacing:1px;">SINCE WE HIT SEND</strong>
    <ul class="radar" style="margin:6px 0 0 18px;padding:0;font-size:13px;">{ticker}</ul>
  </td></tr></table>
</td></tr>
<tr><td valign="top" id="templateBody" style="background-color:#ffffff;padding:9px 0;">
  <table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" style="min-width:100%;">
    <tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;">
      <table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%;min-width:100%;" width="100%" class="mcnTextContentContainer">
        <tbody><tr>
          <td valign="top" class="mcnTextContent" style="padding:0 18px 9px;">
{body}
          </td>
        </tr></tbody>
      </table>
    </td></tr></tbody>
  </table>
</td></tr>
<tr><td valign="top" id="templateColumns" style="background-color:#f2f5f2;padding:9px 0;">
  <h2 style="font-family:Georgia,serif;font-size:16px;padding:9px 18px 0;">From the archive</h2>
  <table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tr>
{cols_html}
  </tr></table>
</td></tr>
<tr><td valign="top" id="templateReplies" style="background-color:#ffffff;padding:9px 18px;border-top:1px solid #e3e8e3;">
  <h2 style="font-family:Georgia,serif;font-size:16px;">You wrote back</h2>
  <table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tr><td valign="top" class="mcnTextContent">
{replies}
  </td></tr></table>
</td></tr>
<tr><td valign="top" id="templateFooter" style="background-color:#1d3b2f;padding:18px;color:#cfe3d8;font-size:12px;">
  <table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tr><td valign="top" class="mcnFooterContent">
    <div class="forward-box" style="background:#28503f;padding:12px;margin-bottom:12px;"><strong>Forwarded this?</strong> <a href="https://southernsignals.example/subscribe" style="color:#ffffff;">Subscribe</a> to get Southern Signals every other Friday. It is free, and we never share your address.</div>
    <em>Copyright &copy; {pub.year} Southern Signals, All rights reserved.</em><br>
    You are receiving this email because you opted in on our website.<br><br>
    <strong>Our mailing address is:</strong><br>Southern Signals, PO Box 2291, Montevideo 11000, Uruguay<br><br>
    Want to change how you receive these emails? You can <a href="https://southernsignals.example/profile" style="color:#ffffff;">update your preferences</a> or <a href="https://southernsignals.example/unsubscribe" style="color:#ffffff;">unsubscribe from this list</a>.
  </td></tr></table>
</td></tr>
</table>
</td></tr>
</table>
</center>
</body>
</html>
'''
    return page, BODY_XPATH
