//! Render: Markdown to HTML once per document, then every output page from
//! templates. `prepare` does the shared work; `jobs` lists the pages;
//! `render_job` turns one job into bytes (thread-safe, so pages render in parallel).

pub mod context;
mod feeds;
mod pages;
mod pages_member;
mod whitespace;

use rayon::prelude::*;
use serde::Serialize;
use tera::Context as TeraContext;

use crate::color;
use crate::diag::Diagnostic;
use crate::highlight::Highlighter;
use crate::images::Images;
use crate::markdown::{self, Context as MdContext};
use crate::model::{Kind, Site};
use crate::recognition::Recognition;
use crate::sanitize::Sanitizer;
use crate::theme::Theme;
pub use context::Urls;
use context::{Card, MemberRef};

/// Everything pages share, computed once.
pub struct Prepared<'a> {
    pub site: &'a Site,
    pub rec: &'a Recognition,
    pub theme: &'a Theme,
    pub urls: Urls,
    pub refs: Vec<MemberRef>,
    pub cards: Vec<Card>,
    pub story_html: Vec<String>,
    pub bio_html: Vec<String>,
    pub page_html: Vec<String>,
    /// `site` and other globals, cloned into each page's context.
    pub base: TeraContext,
    /// Resized avatars and the size of every image.
    pub images: &'a Images,
    /// Story indices of each kind, in `Kind::ALL` order, newest first.
    pub kinds: Vec<Vec<usize>>,
    /// Feed form of each story's HTML, made when a feed first needs it.
    pub feed_html: Vec<std::sync::OnceLock<String>>,
}

impl Prepared<'_> {
    /// The stories of one kind, newest first.
    pub fn by_kind(&self, k: Kind) -> &[usize] {
        let i = Kind::ALL.iter().position(|&x| x == k).unwrap_or(0);
        &self.kinds[i]
    }
}

/// One output file to produce.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Job {
    Home,
    Stories(usize),
    Story(usize),
    Members,
    Member(usize),
    MemberFeed(usize),
    MemberBadge(usize),
    Tags,
    /// A topic's listing page (tag index, page number from 1).
    Tag(usize, usize),
    TagFeed(usize),
    /// A kind's listing page (page number from 1).
    Kind(Kind, usize),
    Page(usize),
    Leaderboard,
    Stats,
    StatsJson,
    Feed,
    Sitemap,
    Robots,
    NotFound,
    SearchIndex,
    SyntaxCss,
}

/// Renders all Markdown (in parallel) and the shared values.
pub fn prepare<'a>(
    site: &'a Site,
    rec: &'a Recognition,
    theme: &'a Theme,
    base_url: &str,
    images: &'a Images,
) -> Prepared<'a> {
    let urls = Urls::new(base_url);
    let highlighter = Highlighter::new();
    let sanitizer = Sanitizer::new();
    let is_member = |h: &str| site.member_index(h).is_some();
    let image_size = |src: &str| images.size(src.strip_prefix(urls.prefix.as_str())?);
    let md = |text: &str, bundle: Option<&str>| {
        let cx = MdContext {
            is_member: &is_member,
            image_size: &image_size,
            prefix: &urls.prefix,
            bundle_url: bundle,
            highlighter: &highlighter,
            sanitizer: &sanitizer,
        };
        markdown::render(text, &cx).html
    };
    let story_html = site
        .stories
        .par_iter()
        .map(|s| {
            let bundle = s
                .bundle
                .as_ref()
                .map(|_| urls.path(&format!("/stories/{}/", s.slug)));
            md(&s.body, bundle.as_deref())
        })
        .collect();
    let bio_html = site.members.par_iter().map(|m| md(&m.bio, None)).collect();
    let page_html = site.pages.iter().map(|p| md(&p.body, None)).collect();
    let refs = context::member_refs(site, rec, &urls, &images.avatars);
    let cards = context::cards(site, rec, &refs, &urls);
    let base = base_context(site, rec, &urls);
    Prepared {
        site,
        rec,
        theme,
        urls,
        refs,
        cards,
        story_html,
        bio_html,
        page_html,
        base,
        images,
        feed_html: (0..site.stories.len())
            .map(|_| std::sync::OnceLock::new())
            .collect(),
        kinds: Kind::ALL
            .map(|k| {
                (0..site.stories.len())
                    .filter(|&i| site.stories[i].kind == k)
                    .collect()
            })
            .to_vec(),
    }
}

#[derive(Serialize)]
struct NavItem {
    title: String,
    url: String,
}

fn base_context(site: &Site, rec: &Recognition, urls: &Urls) -> TeraContext {
    let c = &site.config;
    let (light, dark) = color::accents(&c.brand.color);
    let mut nav = vec![
        ("Stories", "/stories/"),
        ("Members", "/members/"),
        ("Topics", "/tags/"),
        ("Feedback", "/kinds/feedback/"),
        ("Leaderboard", "/leaderboard/"),
        ("Stats", "/stats/"),
    ]
    .into_iter()
    .map(|(t, u)| NavItem {
        title: t.into(),
        url: urls.path(u),
    })
    .collect::<Vec<_>>();
    // Short labels: page titles are written as headings and are too long for a menu.
    for (slug, label) in [("about", "About"), ("contributing", "Join in")] {
        if site.pages.iter().any(|p| p.slug == slug) {
            nav.push(NavItem {
                title: label.into(),
                url: urls.path(&format!("/{slug}/")),
            });
        }
    }
    let s = &rec.stats;
    let site_value = serde_json::json!({
        "title": c.title, "description": c.description, "language": c.language,
        "base_url": urls.base, "path": urls.prefix,
        "brand": {
            "name": c.brand.name, "color": c.brand.color,
            "logo_url": c.brand.logo.as_ref().map(|l| urls.path(&format!("/{}", l.trim_start_matches("static/")))).unwrap_or_default(),
            "accent_light": light.hex(), "accent_dark": dark.hex(),
            "on_accent_light": color::text_on(light).hex(), "on_accent_dark": color::text_on(dark).hex(),
        },
        "nav": nav,
        "counts": { "members": s.members, "stories": s.stories, "topics": s.topics, "new_this_month": s.new_this_month },
        "feed_url": urls.path("/atom.xml"),
        "generator": format!("potluck {}", env!("CARGO_PKG_VERSION")),
    });
    let mut ctx = TeraContext::new();
    ctx.insert("site", &site_value);
    ctx
}

/// Every page of the site, in a stable order.
pub fn jobs(p: &Prepared) -> Vec<Job> {
    let site = p.site;
    let pages = |len: usize| 1..=pages::page_count(p, len);
    let mut jobs = vec![
        Job::Home,
        Job::Members,
        Job::Tags,
        Job::Leaderboard,
        Job::Stats,
        Job::StatsJson,
        Job::Feed,
        Job::Sitemap,
        Job::Robots,
        Job::NotFound,
        Job::SearchIndex,
        Job::SyntaxCss,
    ];
    jobs.extend(pages(site.stories.len()).map(Job::Stories));
    jobs.extend((0..site.stories.len()).map(Job::Story));
    for i in 0..site.members.len() {
        jobs.extend([Job::Member(i), Job::MemberFeed(i), Job::MemberBadge(i)]);
    }
    for i in 0..site.tags.len() {
        jobs.extend(pages(site.tags[i].stories.len()).map(|n| Job::Tag(i, n)));
        jobs.push(Job::TagFeed(i));
    }
    for k in Kind::ALL {
        jobs.extend(pages(p.by_kind(k).len()).map(|n| Job::Kind(k, n)));
    }
    jobs.extend((0..site.pages.len()).map(Job::Page));
    jobs
}

/// Renders one job: its output path (relative, `/` separated) and bytes.
pub fn render_job(p: &Prepared, job: &Job) -> Result<(String, Vec<u8>), Diagnostic> {
    match job {
        Job::Feed
        | Job::MemberFeed(_)
        | Job::TagFeed(_)
        | Job::Sitemap
        | Job::Robots
        | Job::SearchIndex
        | Job::StatsJson
        | Job::MemberBadge(_)
        | Job::SyntaxCss => feeds::render(p, job),
        _ => pages::render(p, job),
    }
}

/// Renders a template with the base context plus `extra`, without the
/// templates' indentation.
pub fn template(
    p: &Prepared,
    name: &str,
    page_url: &str,
    extra: TeraContext,
) -> Result<Vec<u8>, Diagnostic> {
    let mut ctx = p.base.clone();
    ctx.insert("page_url", page_url);
    ctx.extend(extra);
    p.theme
        .tera
        .render(name, &ctx)
        .map(|html| whitespace::collapse(html.as_bytes()))
        .map_err(|e| crate::theme::template_error(&e))
}

/// The stats page's charts: `{id, title, description, svg}`.
pub fn charts_for(p: &Prepared) -> Vec<serde_json::Value> {
    let c = crate::charts::stats_charts(&p.rec.stats, "chart");
    [
        ("per-month", "Stories per month", "How many stories were published each month.", c.per_month),
        ("members", "Members over time", "The number of members who had joined by each month.", c.cumulative_members),
        ("kinds", "Stories by kind", "Stories, reviews, tips, feedback and events.", c.by_kind),
        ("topics", "Top topics", "The ten tags with the most stories.", c.top_topics),
    ]
    .into_iter()
    .map(|(id, title, description, svg)| serde_json::json!({"id": id, "title": title, "description": description, "svg": svg}))
    .collect()
}
