"""Validates a built site's feeds and sitemap, offline.

Usage: check_xml.py SITE_DIR BASE_URL

Prints JSON: {"feeds": N, "entries": N, "sitemap_urls": N, "problems": [...]}.

- Every Atom feed (any *.xml whose root is atom:feed) must parse with
  feedparser as Atom 1.0 without errors (bozo == 0, version == "atom10"), and
  the feed and each entry must have what RFC 4287 requires: title, link, id,
  updated, and an author (on the entry or the feed).
- sitemap.xml must validate against the sitemap protocol 0.9, written below as
  an XML Schema (urlset of url with loc, optional lastmod, changefreq,
  priority), plus the protocol's other rules: at most 50,000 URLs and 50 MB,
  every loc absolute under the site's base URL, and (our own rule) every loc
  is a page that exists in the output.
"""

import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
from lxml import etree

ATOM = "{http://www.w3.org/2005/Atom}"

# The sitemap protocol 0.9 (sitemaps.org) as an XML Schema.
SITEMAP_XSD = b"""<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"
            xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
            targetNamespace="http://www.sitemaps.org/schemas/sitemap/0.9"
            elementFormDefault="qualified">
  <xsd:element name="urlset">
    <xsd:complexType>
      <xsd:sequence>
        <xsd:any namespace="##other" processContents="lax" minOccurs="0" maxOccurs="unbounded"/>
        <xsd:element name="url" type="tUrl" maxOccurs="50000"/>
      </xsd:sequence>
    </xsd:complexType>
  </xsd:element>
  <xsd:complexType name="tUrl">
    <xsd:sequence>
      <xsd:element name="loc" type="tLoc"/>
      <xsd:element name="lastmod" type="tLastmod" minOccurs="0"/>
      <xsd:element name="changefreq" type="tChangeFreq" minOccurs="0"/>
      <xsd:element name="priority" type="tPriority" minOccurs="0"/>
      <xsd:any namespace="##other" processContents="lax" minOccurs="0" maxOccurs="unbounded"/>
    </xsd:sequence>
  </xsd:complexType>
  <xsd:simpleType name="tLoc">
    <xsd:restriction base="xsd:anyURI">
      <xsd:minLength value="12"/>
      <xsd:maxLength value="2048"/>
    </xsd:restriction>
  </xsd:simpleType>
  <xsd:simpleType name="tLastmod">
    <xsd:union memberTypes="xsd:date xsd:dateTime"/>
  </xsd:simpleType>
  <xsd:simpleType name="tChangeFreq">
    <xsd:restriction base="xsd:string">
      <xsd:enumeration value="always"/>
      <xsd:enumeration value="hourly"/>
      <xsd:enumeration value="daily"/>
      <xsd:enumeration value="weekly"/>
      <xsd:enumeration value="monthly"/>
      <xsd:enumeration value="yearly"/>
      <xsd:enumeration value="never"/>
    </xsd:restriction>
  </xsd:simpleType>
  <xsd:simpleType name="tPriority">
    <xsd:restriction base="xsd:decimal">
      <xsd:minInclusive value="0.0"/>
      <xsd:maxInclusive value="1.0"/>
    </xsd:restriction>
  </xsd:simpleType>
</xsd:schema>
"""


def check_feed(path, rel, problems):
    d = feedparser.parse(path.read_bytes())
    if d.bozo:
        problems.append(f"{rel}: not well-formed: {d.bozo_exception}")
    if d.version != "atom10":
        problems.append(f"{rel}: parsed as {d.version or 'unknown'}, not Atom 1.0")
    feed = d.feed
    for key in ("title", "id", "updated", "link"):
        if not feed.get(key):
            problems.append(f"{rel}: the feed has no {key}")
    if not any(link.get("rel") == "self" for link in feed.get("links", [])):
        problems.append(f"{rel}: no rel=self link")
    for i, e in enumerate(d.entries):
        where = f"{rel}: entry {i + 1} ({e.get('title', '?')!r})"
        for key in ("title", "link", "id", "updated"):
            if not e.get(key):
                problems.append(f"{where} has no {key}")
        if not e.get("updated_parsed"):
            problems.append(f"{where}: updated is not an RFC 3339 date")
        if not (e.get("authors") or feed.get("authors")):
            problems.append(f"{where} has no author")
    ids = [e.get("id") for e in d.entries]
    if len(ids) != len(set(ids)):
        problems.append(f"{rel}: two entries share an id")
    return len(d.entries)


def check_sitemap(site, base_url, problems):
    path = site / "sitemap.xml"
    if not path.is_file():
        problems.append("sitemap.xml is missing")
        return 0
    if path.stat().st_size > 50 * 1024 * 1024:
        problems.append("sitemap.xml is larger than 50 MB")
    schema = etree.XMLSchema(etree.fromstring(SITEMAP_XSD))
    try:
        doc = etree.parse(str(path))
    except etree.XMLSyntaxError as e:
        problems.append(f"sitemap.xml: not well-formed: {e}")
        return 0
    if not schema.validate(doc):
        problems.extend(f"sitemap.xml:{err.line}: {err.message}" for err in schema.error_log)
    locs = [el.text or "" for el in doc.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    if len(locs) != len(set(locs)):
        problems.append("sitemap.xml lists a URL twice")
    base = base_url.rstrip("/") + "/"
    prefix = urlsplit(base).path
    for loc in locs:
        if not loc.startswith(base):
            problems.append(f"sitemap.xml: {loc} is not under {base}")
            continue
        rel = urlsplit(loc).path[len(prefix):]
        target = site / rel / "index.html" if rel.endswith("/") or rel == "" else site / rel
        if not target.is_file():
            problems.append(f"sitemap.xml: {loc} is not a page of the site")
    robots = site / "robots.txt"
    if robots.is_file() and f"Sitemap: {base}sitemap.xml" not in robots.read_text():
        problems.append("robots.txt does not point to the sitemap")
    return len(locs)


def main():
    site, base_url = Path(sys.argv[1]), sys.argv[2]
    problems = []
    feeds = entries = 0
    for path in sorted(site.rglob("*.xml")):
        try:
            root = etree.parse(str(path)).getroot()
        except etree.XMLSyntaxError as e:
            problems.append(f"{path.relative_to(site)}: not well-formed XML: {e}")
            continue
        if root.tag == f"{ATOM}feed":
            feeds += 1
            entries += check_feed(path, str(path.relative_to(site)), problems)
    urls = check_sitemap(site, base_url, problems)
    print(json.dumps({"feeds": feeds, "entries": entries, "sitemap_urls": urls, "problems": problems}))


if __name__ == "__main__":
    main()
