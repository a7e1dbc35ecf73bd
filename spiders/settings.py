"""Scrapy settings for the crawler (loaded with ``Settings.setmodule``).

Polite defaults for real news sites. ``PFD_*`` names are our own settings:

- ``PFD_OUT_DIR``: where WARC files go (run_crawl sets it);
- ``PFD_WARC_MAX_BYTES``: roll over to a new WARC file after this size;
- ``PFD_MAX_LISTING_PAGES``: how many listing pages to follow through pagination;
- ``PFD_SITEMAP_SINCE``: ISO date; skip sitemap entries with an older ``lastmod``;
- ``PFD_SITEMAP_MAXSIZE``: size limit for sitemaps (the protocol allows 50 MB uncompressed);
- ``PFD_RESOLVER_ALLOW_LOOPBACK``: let the DNS resolver return loopback addresses (run_crawl
  sets it when a source has ``allow_loopback: true``; the middleware still checks per source).
"""

BOT_NAME = "press-freedom-dataset"
USER_AGENT = (
    "press-freedom-dataset-crawler/0.1 (research crawler building an open dataset of "
    "press-freedom incidents; obeys robots.txt)"
)

ROBOTSTXT_OBEY = True
COOKIES_ENABLED = False
# A proxy would connect on our behalf, which would make the address guard meaningless.
HTTPPROXY_ENABLED = False
TELNETCONSOLE_ENABLED = False
# Scrapy 2.19 starts a code-execution HTTP server by default; a crawler needs none.
REMOTE_CONTROL_ENABLED = False

CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0

DOWNLOAD_TIMEOUT = 30
DNS_TIMEOUT = 20
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024  # also enforced after decompression
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
REDIRECT_MAX_TIMES = 5

LOG_LEVEL = "INFO"
LOGSTATS_INTERVAL = 30.0

TWISTED_DNS_RESOLVER = "spiders.address_guard.GuardedResolver"
DOWNLOADER_MIDDLEWARES = {
    # Response path runs from high to low numbers: at 40 the writer sees the final response,
    # after redirects, retries and decompression. The guard (60) runs after the offsite
    # filter (50) and before robots.txt (100), so robots.txt fetches are guarded too.
    "spiders.warc_writer.WarcArchiveMiddleware": 40,
    "spiders.address_guard.AddressGuardMiddleware": 60,
}

PFD_OUT_DIR = "archive"
PFD_WARC_MAX_BYTES = 100 * 1024 * 1024
PFD_MAX_LISTING_PAGES = 20
PFD_SITEMAP_SINCE = ""
PFD_SITEMAP_MAXSIZE = 50 * 1024 * 1024
PFD_RESOLVER_ALLOW_LOOPBACK = False
