"""The crawling stage: Scrapy spiders that archive news articles as WARC files.

- ``crawl``: ``run_crawl(sources, out_dir, settings=...)`` and ``python -m spiders.crawl``;
- ``source_spider``: one spider per source, reading its feeds, sitemaps and listing pages;
- ``discover``: link finding in feeds, sitemaps and listings (the article-link rule);
- ``address_guard``: refuses non-HTTP schemes and non-public addresses before connecting;
- ``warc_writer``: writes article requests and responses to rolling gzip WARC files;
- ``settings``: the Scrapy settings.
"""
