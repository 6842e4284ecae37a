//! Machine-readable outputs: Atom feeds, sitemap, robots.txt, search index,
//! stats.json, member badges and the syntax stylesheet.

use std::fmt::Write as _;

use serde_json::json;

use super::{Job, Prepared};
use crate::diag::Diagnostic;
use crate::highlight::escape_attr;

/// Entries per feed.
pub(super) const FEED_LEN: usize = 20;

pub fn render(p: &Prepared, job: &Job) -> Result<(String, Vec<u8>), Diagnostic> {
    let site = p.site;
    let all = || 0..site.stories.len();
    let (path, body) = match job {
        Job::Feed => (
            "atom.xml".to_string(),
            atom(p, "/atom.xml", &site.config.title, all(), Content::Full),
        ),
        Job::MemberFeed(i) => {
            let m = &site.members[*i];
            let path = format!("/members/{}/atom.xml", m.handle);
            let title = format!("{} on {}", m.name, site.config.title);
            (
                path[1..].to_string(),
                atom(
                    p,
                    &path,
                    &title,
                    p.by_member[*i].iter().copied(),
                    Content::Summary,
                ),
            )
        }
        Job::TagFeed(i) => {
            let t = &site.tags[*i];
            let path = format!("/tags/{}/atom.xml", t.name);
            let title = format!("{}: {}", site.config.title, t.name);
            (
                path[1..].to_string(),
                atom(
                    p,
                    &path,
                    &title,
                    t.stories.iter().copied(),
                    Content::Summary,
                ),
            )
        }
        Job::MemberBadge(i) => {
            let label = format!("{} community", site.config.brand.name);
            let value = super::pages_member::badge_value(p, *i);
            let color = crate::color::accents(&site.config.brand.color).0.hex();
            (
                format!("members/{}/badge.svg", site.members[*i].handle),
                crate::badge_svg::member_badge(&label, &value, &color),
            )
        }
        Job::Sitemap => ("sitemap.xml".into(), sitemap(p)),
        Job::Robots => (
            "robots.txt".into(),
            format!(
                "User-agent: *\nAllow: /\n\nSitemap: {}\n",
                p.urls.abs("/sitemap.xml")
            ),
        ),
        Job::SearchIndex => ("search-index.json".into(), search_index(p)),
        Job::StatsJson => ("stats.json".into(), stats_json(p)),
        Job::SyntaxCss => ("syntax.css".into(), crate::highlight::stylesheet()),
        _ => unreachable!("not a feed job: {job:?}"),
    };
    Ok((path, body.into_bytes()))
}

/// XML text escaping (also fine inside attributes).
fn x(s: &str) -> String {
    escape_attr(s)
}

/// A story's HTML as feed readers need it, computed once per story: root-relative
/// links made absolute (readers have no page URL), highlighting spans dropped
/// (readers do not have the site's stylesheet), wrapped as CDATA (no escaping).
pub fn feed_content(html: &str, host: &str) -> String {
    let mut out = String::with_capacity(html.len() + 32);
    out.push_str("<![CDATA[");
    let mut rest = html;
    let mut in_code = false;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        let tag = &rest[i..];
        let end = tag.find('>').map_or(tag.len(), |e| e + 1);
        let (t, after) = tag.split_at(end);
        if t.starts_with("<pre class=\"code\"") {
            in_code = true;
        } else if t == "</pre>" {
            in_code = false;
        }
        let is_span = t.starts_with("<span class=\"") || t == "</span>";
        if !(in_code && is_span) {
            out.push_str(
                &t.replace(" href=\"/", &format!(" href=\"{host}/"))
                    .replace(" src=\"/", &format!(" src=\"{host}/")),
            );
        }
        rest = after;
    }
    out.push_str(rest);
    // "]]>" cannot appear inside CDATA: split it across two sections.
    let body = out.split_off(9).replace("]]>", "]]]]><![CDATA[>");
    out.push_str(&body);
    out.push_str("]]>");
    out
}

fn host(p: &Prepared) -> String {
    let abs = p.urls.abs("");
    abs.strip_suffix(&p.urls.prefix).unwrap_or(&abs).to_string()
}

/// What a feed's entries carry besides title, link, authors and summary.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Content {
    /// The story's HTML: the site feed, which is what most readers follow.
    Full,
    /// Nothing more: per-member and per-topic feeds. A story would otherwise be
    /// repeated in full in its authors' and topics' feeds (on a large site,
    /// more bytes than all the story pages); readers open the link.
    Summary,
}

/// An Atom 1.0 feed of the newest stories among `stories` (indices, newest first).
fn atom(
    p: &Prepared,
    path: &str,
    title: &str,
    stories: impl Iterator<Item = usize>,
    content: Content,
) -> String {
    let site = p.site;
    let picked: Vec<usize> = stories.take(FEED_LEN).collect();
    let updated = picked
        .iter()
        .map(|&i| site.stories[i].updated.unwrap_or(site.stories[i].date))
        .max()
        .map_or_else(
            || "1970-01-01T00:00:00+00:00".to_string(),
            |d| d.to_rfc3339(),
        );
    let mut out = String::with_capacity(4096);
    out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"");
    let _ = write!(
        out,
        "{}\">\n<title>{}</title>\n<subtitle>{}</subtitle>\n<link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n<id>{}</id>\n<updated>{updated}</updated>\n<generator uri=\"https://github.com/potluck-ssg/potluck\">potluck</generator>\n",
        x(&site.config.language),
        x(title),
        x(&site.config.description),
        x(&p.urls.abs(path)),
        x(&p.urls.abs("/")),
        x(&p.urls.abs(path)),
    );
    for i in picked {
        entry(&mut out, p, i, content);
    }
    out.push_str("</feed>\n");
    out
}

fn entry(out: &mut String, p: &Prepared, i: usize, content: Content) {
    let s = &p.site.stories[i];
    let url = p.urls.abs(&format!("/stories/{}/", s.slug));
    let _ = write!(
        out,
        "<entry>\n<title>{}</title>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n<id>{}</id>\n<published>{}</published>\n<updated>{}</updated>\n",
        x(&s.title),
        x(&url),
        x(&url),
        s.date.to_rfc3339(),
        s.updated.unwrap_or(s.date).to_rfc3339(),
    );
    for a in &s.authors {
        if let Some(m) = p.site.member(a) {
            let _ = writeln!(
                out,
                "<author><name>{}</name><uri>{}</uri></author>",
                x(&m.name),
                x(&p.urls.abs(&format!("/members/{a}/")))
            );
        }
    }
    for t in &s.tags {
        let _ = writeln!(out, "<category term=\"{}\"/>", x(t));
    }
    let _ = writeln!(out, "<summary>{}</summary>", x(&s.summary));
    if content == Content::Full {
        let _ = writeln!(
            out,
            "<content type=\"html\">{}</content>",
            p.feed_html[i].get_or_init(|| feed_content(p.story_html(i), &host(p)))
        );
    }
    out.push_str("</entry>\n");
}

fn sitemap(p: &Prepared) -> String {
    let site = p.site;
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    let mut add = |path: String, lastmod: Option<String>| {
        let _ = write!(out, "<url><loc>{}</loc>", x(&p.urls.abs(&path)));
        if let Some(d) = lastmod {
            let _ = write!(out, "<lastmod>{d}</lastmod>");
        }
        out.push_str("</url>\n");
    };
    for fixed in [
        "/",
        "/stories/",
        "/members/",
        "/tags/",
        "/leaderboard/",
        "/stats/",
    ] {
        add(fixed.to_string(), None);
    }
    for k in crate::model::Kind::ALL {
        add(format!("/kinds/{}/", k.as_str()), None);
    }
    for s in &site.stories {
        add(
            format!("/stories/{}/", s.slug),
            Some(s.updated.unwrap_or(s.date).date_naive().to_string()),
        );
    }
    for m in &site.members {
        add(format!("/members/{}/", m.handle), None);
    }
    for t in &site.tags {
        add(format!("/tags/{}/", t.name), None);
    }
    for pg in &site.pages {
        add(format!("/{}/", pg.slug), None);
    }
    out.push_str("</urlset>\n");
    out
}

fn search_index(p: &Prepared) -> String {
    let site = p.site;
    let mut items: Vec<serde_json::Value> =
        Vec::with_capacity(site.stories.len() + site.members.len());
    for (i, s) in site.stories.iter().enumerate() {
        let names: Vec<&str> = p.cards[i].authors.iter().map(|a| a.name.as_str()).collect();
        items.push(json!({"t": s.title, "u": p.cards[i].url, "k": "story", "s": s.summary, "g": s.tags, "a": names}));
    }
    for (i, m) in site.members.iter().enumerate() {
        let level = &p.refs[i].level;
        let s = [m.location.as_deref().unwrap_or(""), level]
            .iter()
            .filter(|x| !x.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" · ");
        items.push(json!({"t": m.name, "u": p.refs[i].url, "k": "member", "s": s, "g": m.interests, "a": [format!("@{}", m.handle)]}));
    }
    for pg in &site.pages {
        items.push(json!({"t": pg.title, "u": p.urls.path(&format!("/{}/", pg.slug)), "k": "page", "s": pg.summary.clone().unwrap_or_default(), "g": [], "a": []}));
    }
    serde_json::to_string(&items).unwrap_or_else(|_| "[]".into())
}

/// Members at each level (highest reached), in the order of site.yaml.
fn level_counts(p: &Prepared) -> Vec<serde_json::Value> {
    let levels = &p.site.config.recognition.levels;
    (0..levels.len())
        .map(|l| json!({"level": levels[l].name, "members": p.rec.members.iter().filter(|m| m.level == Some(l)).count()}))
        .collect()
}

/// Members holding each built-in badge, in the contract's order.
fn badge_counts(p: &Prepared) -> Vec<serde_json::Value> {
    crate::recognition::BADGE_IDS
        .iter()
        .map(|id| json!({"badge": id, "members": p.rec.members.iter().filter(|m| m.badges.iter().any(|b| b.id == *id)).count()}))
        .collect()
}

fn stats_json(p: &Prepared) -> String {
    let s = &p.rec.stats;
    let value = json!({
        "members": s.members,
        "stories": s.stories,
        "topics": s.topics,
        "new_this_month": s.new_this_month,
        "stories_per_month": s.per_month.iter().map(|(m, n)| json!({"month": m, "stories": n})).collect::<Vec<_>>(),
        "cumulative_members": s.cumulative_members.iter().map(|(m, n)| json!({"month": m, "members": n})).collect::<Vec<_>>(),
        "stories_by_kind": s.by_kind.iter().map(|(k, n)| json!({"kind": k.as_str(), "stories": n})).collect::<Vec<_>>(),
        "top_topics": s.top_topics.iter().map(|(t, n)| json!({"tag": t, "stories": n})).collect::<Vec<_>>(),
        "levels": level_counts(p),
        "badges": badge_counts(p),
    });
    serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::feed_content;

    #[test]
    fn feed_content_is_plain_absolute_cdata() {
        let html = "<p><a href=\"/members/a/\">@a</a> <img src=\"/stories/s/x.png\" alt=\"x\"> <span>kept</span></p>\n<pre class=\"code\" data-lang=\"rust\" tabindex=\"0\"><code><span class=\"k\">fn</span> x() {}\n</code></pre>\n<p>a ]]> b</p>";
        assert_eq!(
            feed_content(html, "https://h.example"),
            "<![CDATA[<p><a href=\"https://h.example/members/a/\">@a</a> <img src=\"https://h.example/stories/s/x.png\" alt=\"x\"> <span>kept</span></p>\n<pre class=\"code\" data-lang=\"rust\" tabindex=\"0\"><code>fn x() {}\n</code></pre>\n<p>a ]]]]><![CDATA[> b</p>]]>"
        );
    }
}
