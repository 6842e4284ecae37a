//! Render: Markdown to HTML once per document, then every output page from
//! templates. `prepare` does the shared work; `jobs` lists the pages;
//! `render_job` turns one job into bytes (thread-safe, so pages render in parallel).

pub mod badge_svg;
pub mod cards;
pub mod charts;
mod compact;
pub mod context;
pub(crate) mod contribute;
pub mod embed;
pub(crate) mod feeds;
pub mod highlight;
pub mod images;
pub mod keyed;
pub mod markdown;
mod meta;
pub(crate) mod pages;
mod pages_member;
mod redirect;
pub mod sanitize;
pub mod theme;

use std::sync::{Arc, OnceLock};

use rayon::prelude::*;
use serde::Serialize;
use tera::Context as TeraContext;

use crate::incremental::fingerprint::{self, Fp};
use crate::model::{routes, Kind, Site, Story};
use crate::recognition::Recognition;
use crate::render::highlight::Highlighter;
use crate::render::images::Images;
use crate::render::sanitize::Sanitizer;
use crate::render::theme::Theme;
use crate::util::color;
use crate::util::diag::Diagnostic;
pub use context::Urls;
use context::{Card, MemberRef};
use keyed::{Mode, Source};
use markdown::Context as MdContext;
pub use pages::listing_pages;

/// Rendered Markdown kept between builds, by `Prepared::md_key`.
pub type MdCache = std::collections::HashMap<Fp, Arc<str>>;

/// Everything pages share, computed once.
pub struct Prepared<'a> {
    pub site: &'a Site,
    pub rec: &'a Recognition,
    pub theme: &'a Theme,
    pub urls: Urls,
    pub refs: Vec<MemberRef>,
    /// Parallel to `site.stories`.
    pub cards: Vec<Card>,
    /// Each card's fingerprint (of its serialized form), standing for the
    /// card in keys (`Prepared::card`).
    pub card_fps: Vec<Fp>,
    /// Each member ref's fingerprint (of its serialized form), standing
    /// for the ref in keys (`Prepared::member_ref`): a profile lists dozens.
    pub ref_fps: Vec<Fp>,
    bio_html: Vec<OnceLock<String>>,
    pub page_html: Vec<String>,
    /// `site` and other globals, cloned into each page's context.
    pub base: TeraContext,
    /// Resized avatars and the size of every image.
    pub images: &'a Images,
    /// Feed form of each story's HTML, made when a feed first needs it.
    pub feed_html: Vec<OnceLock<String>>,
    /// Each story's HTML, made when a page first needs it (an incremental
    /// build renders only the stories of the pages it writes).
    story_html: Vec<OnceLock<Arc<str>>>,
    /// What each story's HTML is made from: body, bundle and `md_env`.
    pub md_keys: Vec<Fp>,
    /// What every document's HTML depends on besides its text: members
    /// (mentions), image sizes and the URL prefix.
    pub md_env: Fp,
    md_cache: &'a MdCache,
    highlighter: Highlighter,
    sanitizer: Sanitizer,
    /// Draws social cards (the font, parsed once).
    pub painter: cards::Painter,
    /// The brand as every social card shows it.
    pub brand: Arc<cards::Brand>,
}

impl Prepared<'_> {
    /// The stories of one kind, newest first.
    pub fn by_kind(&self, k: Kind) -> &[usize] {
        self.site.stories_of_kind(k)
    }

    /// The stories member `m` wrote or co-wrote, newest first.
    pub fn by_member(&self, m: usize) -> &[usize] {
        self.site.stories_by(m)
    }

    /// Story `i`'s HTML, rendered (or taken from the cache) on first use.
    pub fn story_html(&self, i: usize) -> &str {
        self.story_html[i].get_or_init(|| {
            if let Some(html) = self.md_cache.get(&self.md_keys[i]) {
                return html.clone();
            }
            let s = &self.site.stories[i];
            let bundle = s.bundle.as_ref().map(|_| self.bundle_url(i));
            Arc::from(self.markdown(&s.body, bundle.as_deref()))
        })
    }

    /// Member `i`'s bio as HTML, rendered on first use.
    pub fn bio_html(&self, i: usize) -> &str {
        self.bio_html[i].get_or_init(|| self.markdown(&self.site.members[i].bio, None))
    }

    /// What member `i`'s bio HTML is made from: its text and `md_env`.
    pub fn bio_key(&self, i: usize) -> Fp {
        let mut h = fingerprint::FpHasher::new();
        h.add(&self.md_env).add(&self.site.members[i].bio);
        h.fp()
    }

    /// Story `i`'s card as a template receives it (keyed as `mode` says).
    pub fn card(&self, i: usize, mode: Mode) -> serde_json::Value {
        mode.keyed(self.card_fps[i], || &self.cards[i])
    }

    /// Member `i`'s ref as a template receives it (keyed as `mode` says).
    pub fn member_ref(&self, i: usize, mode: Mode) -> serde_json::Value {
        mode.keyed(self.ref_fps[i], || &self.refs[i])
    }

    /// Makes every story's HTML now, in parallel (a full build needs them
    /// all), taking what `saved` has.
    pub fn render_all_stories(&self, saved: &MdCache) {
        (0..self.site.stories.len()).into_par_iter().for_each(|i| {
            if let Some(html) = saved.get(&self.md_keys[i]) {
                let _ = self.story_html[i].set(html.clone());
            }
            self.story_html(i);
        });
    }

    /// The stories' HTML rendered so far, to keep for the next build.
    pub fn rendered_stories(&self) -> MdCache {
        (0..self.story_html.len())
            .filter_map(|i| Some((self.md_keys[i], self.story_html[i].get()?.clone())))
            .collect()
    }

    fn bundle_url(&self, i: usize) -> String {
        self.urls.path(&routes::story(&self.site.stories[i].slug))
    }

    fn markdown(&self, text: &str, bundle: Option<&str>) -> String {
        let site = self.site;
        let is_member = |h: &str| site.member_index(h).is_some();
        let prefix = self.urls.prefix.as_str();
        let image_size = |src: &str| self.images.size(src.strip_prefix(prefix)?);
        let cx = MdContext {
            is_member: &is_member,
            image_size: &image_size,
            prefix,
            bundle_url: bundle,
            highlighter: &self.highlighter,
            sanitizer: &self.sanitizer,
            embeds: &site.config.embeds,
        };
        markdown::render(text, &cx).html
    }
}

/// One output file to produce.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Job {
    Home,
    Stories(usize),
    Story(usize),
    Members,
    Member(usize),
    MemberFeed(usize),
    MemberBadge(usize),
    /// Social cards (`og:image`): a story's, a member's, the home page's.
    StoryCard(usize),
    MemberCard(usize),
    HomeCard,
    Tags,
    /// A topic's listing page (tag index, page number from 1).
    Tag(usize, usize),
    TagFeed(usize),
    /// A kind's listing page (page number from 1).
    Kind(Kind, usize),
    Page(usize),
    /// The redirect page of a story's alias (story index, alias index).
    StoryAlias(usize, usize),
    /// The redirect page of a page's alias (page index, alias index).
    PageAlias(usize, usize),
    Leaderboard,
    Stats,
    StatsJson,
    Feed,
    Sitemap,
    Robots,
    NotFound,
    SearchIndex,
    SyntaxCss,
    /// /write/, /join/ and their data: only with site.yaml's `repository:`.
    Write,
    Join,
    ContributeJson,
}

/// The shared values; story HTML is made on demand, from `md` (what
/// earlier builds rendered, by key) when its key is there.
pub fn prepare<'a>(
    site: &'a Site,
    rec: &'a Recognition,
    theme: &'a Theme,
    base_url: &str,
    images: &'a Images,
    md: &'a MdCache,
) -> Prepared<'a> {
    let laps = crate::util::timings::Laps::nested("  +");
    let urls = Urls::new(base_url);
    let md_env = md_env(site, images, &urls);
    let md_keys = site
        .stories
        .par_iter()
        .map(|s| md_key(s, &md_env))
        .collect();
    laps.lap("md keys");
    let i18n = &theme.i18n;
    let refs = context::member_refs(site, rec, &urls, &images.avatars, i18n);
    let ref_fps = refs.par_iter().map(fingerprint::of_serialized).collect();
    laps.lap("refs");
    let cards = context::cards(site, rec, &refs, &urls, i18n);
    let card_fps = cards.par_iter().map(fingerprint::of_serialized).collect();
    laps.lap("cards");
    let base = base_context(site, rec, &urls, i18n);
    let mut p = Prepared {
        site,
        rec,
        theme,
        urls,
        refs,
        cards,
        card_fps,
        ref_fps,
        bio_html: (0..site.members.len()).map(|_| OnceLock::new()).collect(),
        page_html: Vec::new(),
        base,
        images,
        feed_html: (0..site.stories.len()).map(|_| OnceLock::new()).collect(),
        story_html: (0..site.stories.len()).map(|_| OnceLock::new()).collect(),
        md_keys,
        md_env,
        md_cache: md,
        highlighter: Highlighter::new(),
        sanitizer: Sanitizer::new(),
        painter: cards::Painter::default(),
        brand: Arc::new(cards::Brand::new(site, images.logo.clone())),
    };
    p.page_html = site
        .pages
        .iter()
        .map(|pg| p.markdown(&pg.body, None))
        .collect();
    laps.lap("prepared");
    p
}

/// The key of a story's HTML: its text, slug, bundle and `env` (see
/// `md_env`); kept with the story, which `serve` shares between rebuilds.
fn md_key(s: &Story, env: &Fp) -> Fp {
    s.md_key.get_or(*env, || {
        // The body hashes as its fingerprint, made when it was parsed.
        let mut h = fingerprint::FpHasher::new();
        h.add(env)
            .add(&s.body)
            .add(&s.slug)
            .add(&s.bundle.is_some());
        h.fp()
    })
}

/// Members (for mentions), image sizes, the URL prefix and potluck itself:
/// the inputs of Markdown rendering besides the text.
fn md_env(site: &Site, images: &Images, urls: &Urls) -> Fp {
    let mut h = fingerprint::FpHasher::new();
    h.add(&fingerprint::exe())
        .add(&urls.prefix)
        .add(&site.config.embeds);
    for m in &site.members {
        h.add(&m.handle);
    }
    let mut sizes: Vec<_> = images.sizes.iter().collect();
    sizes.sort();
    h.add(&sizes);
    h.fp()
}

#[derive(Serialize)]
struct NavItem {
    title: String,
    url: String,
}

/// The header's navigation: the site's sections, then its about and
/// contributing pages (or, with a repository, its own forms).
fn nav(site: &Site, urls: &Urls, i18n: &crate::i18n::Catalogue) -> Vec<NavItem> {
    let item = |key: &str, url: &str| NavItem {
        title: i18n.t(key),
        url: urls.path(url),
    };
    let mut nav = vec![
        item("nav-stories", routes::STORIES),
        item("nav-members", routes::MEMBERS),
        item("nav-topics", routes::TAGS),
        item("nav-feedback", &routes::kind(Kind::Feedback)),
        item("nav-leaderboard", routes::LEADERBOARD),
        item("nav-stats", routes::STATS),
    ];
    // Short labels: page titles are written as headings and are too long for a menu.
    for (slug, key) in [("about", "nav-about"), ("contributing", "nav-join")] {
        // With a repository, joining happens on the site's own /join/
        // page, which links the contributing page.
        let replaced = slug == "contributing" && site.config.repository.is_some();
        if !replaced && site.pages.iter().any(|p| p.slug == slug) {
            nav.push(item(key, &routes::page(slug)));
        }
    }
    if site.config.repository.is_some() {
        nav.push(item("nav-write", routes::WRITE));
        nav.push(item("nav-join", routes::JOIN));
    }
    nav
}

fn base_context(
    site: &Site,
    rec: &Recognition,
    urls: &Urls,
    i18n: &crate::i18n::Catalogue,
) -> TeraContext {
    let c = &site.config;
    let (light, dark) = color::accents(&c.brand.color);
    let nav = nav(site, urls, i18n);
    let s = &rec.stats;
    let site_value = serde_json::json!({
        "title": c.title, "description": c.description, "language": c.language, "dir": i18n.dir(),
        "base_url": urls.base, "path": urls.prefix,
        "brand": {
            "name": c.brand.name, "color": c.brand.color,
            "logo_url": c.brand.logo.as_ref().map(|l| urls.path(&routes::of_file(l.trim_start_matches("static/")))).unwrap_or_default(),
            "accent_light": light.hex(), "accent_dark": dark.hex(),
            "on_accent_light": color::text_on(light).hex(), "on_accent_dark": color::text_on(dark).hex(),
        },
        "nav": nav,
        "counts": { "members": s.members, "stories": s.stories, "topics": s.topics, "new_this_month": s.new_this_month },
        "feed_url": urls.path(routes::FEED),
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
        Job::HomeCard,
    ];
    jobs.extend(pages(site.stories.len()).map(Job::Stories));
    jobs.extend((0..site.stories.len()).flat_map(|i| [Job::Story(i), Job::StoryCard(i)]));
    for i in 0..site.members.len() {
        jobs.extend([
            Job::Member(i),
            Job::MemberFeed(i),
            Job::MemberBadge(i),
            Job::MemberCard(i),
        ]);
    }
    for i in 0..site.tags.len() {
        jobs.extend(pages(site.tags[i].stories.len()).map(|n| Job::Tag(i, n)));
        jobs.push(Job::TagFeed(i));
    }
    for k in Kind::ALL {
        jobs.extend(pages(p.by_kind(k).len()).map(|n| Job::Kind(k, n)));
    }
    jobs.extend((0..site.pages.len()).map(Job::Page));
    if site.config.repository.is_some() {
        jobs.extend([Job::Write, Job::Join, Job::ContributeJson]);
    }
    for (i, s) in site.stories.iter().enumerate() {
        jobs.extend((0..s.aliases.len()).map(|k| Job::StoryAlias(i, k)));
    }
    for (i, pg) in site.pages.iter().enumerate() {
        jobs.extend((0..pg.aliases.len()).map(|k| Job::PageAlias(i, k)));
    }
    jobs
}

/// The URL of a job's output, from the route table.
pub fn job_url(p: &Prepared, job: &Job) -> String {
    let site = p.site;
    match job {
        Job::Home => routes::HOME.into(),
        Job::Stories(n) => routes::paged(routes::STORIES, *n),
        Job::Story(i) => routes::story(&site.stories[*i].slug),
        Job::Members => routes::MEMBERS.into(),
        Job::Member(i) => routes::member(&site.members[*i].handle),
        Job::MemberFeed(i) => routes::member_feed(&site.members[*i].handle),
        Job::MemberBadge(i) => routes::member_badge(&site.members[*i].handle),
        Job::StoryCard(i) => routes::story_card(&site.stories[*i].slug),
        Job::MemberCard(i) => routes::member_card(&site.members[*i].handle),
        Job::HomeCard => routes::HOME_CARD.into(),
        Job::Tags => routes::TAGS.into(),
        Job::Tag(i, n) => routes::paged(&routes::tag(&site.tags[*i].name), *n),
        Job::TagFeed(i) => routes::tag_feed(&site.tags[*i].name),
        Job::Kind(k, n) => routes::paged(&routes::kind(*k), *n),
        Job::Page(i) => routes::page(&site.pages[*i].slug),
        Job::StoryAlias(..) | Job::PageAlias(..) => redirect::target(p, job).0.path.clone(),
        Job::Leaderboard => routes::LEADERBOARD.into(),
        Job::Stats => routes::STATS.into(),
        Job::StatsJson => routes::STATS_JSON.into(),
        Job::Feed => routes::FEED.into(),
        Job::Sitemap => routes::SITEMAP.into(),
        Job::Robots => routes::ROBOTS.into(),
        Job::NotFound => routes::NOT_FOUND.into(),
        Job::SearchIndex => routes::SEARCH_INDEX.into(),
        Job::SyntaxCss => routes::SYNTAX_CSS.into(),
        Job::Write => routes::WRITE.into(),
        Job::Join => routes::JOIN.into(),
        Job::ContributeJson => routes::CONTRIBUTE_JSON.into(),
    }
}

/// Where a job's file goes (relative to the output folder, `/` separated).
pub fn job_path(p: &Prepared, job: &Job) -> String {
    routes::file(&job_url(p, job))
}

/// What job `job`'s output is made from, gathered for `mode`.
pub fn source(p: &Prepared, job: &Job, mode: Mode) -> Source {
    match job {
        Job::Feed
        | Job::MemberFeed(_)
        | Job::TagFeed(_)
        | Job::Sitemap
        | Job::Robots
        | Job::SearchIndex
        | Job::StatsJson
        | Job::MemberBadge(_)
        | Job::SyntaxCss => feeds::source(p, job, mode),
        Job::ContributeJson => Source::Bytes(contribute::data_json(p).into_bytes()),
        Job::StoryCard(i) => Source::Card(cards::story(p, *i)),
        Job::MemberCard(i) => Source::Card(cards::member(p, *i)),
        Job::HomeCard => Source::Card(cards::home(p)),
        Job::StoryAlias(..) | Job::PageAlias(..) => Source::Bytes(redirect::bytes(p, job)),
        _ => pages::source(p, job, mode),
    }
}

/// Renders one job: its output path (relative, `/` separated) and bytes,
/// from its `source` (the very code its key is hashed from).
pub fn render_job(p: &Prepared, job: &Job) -> Result<(String, Vec<u8>), Diagnostic> {
    let url = job_url(p, job);
    let bytes = match source(p, job, Mode::Render) {
        Source::Page {
            template: name,
            ctx,
        } => template(p, name, &p.urls.path(&url), ctx)?,
        Source::Feed(atom) => atom.write().into_bytes(),
        Source::Bytes(bytes) => bytes,
        Source::Card(card) => p.painter.png(&card).map_err(|e| {
            Diagnostic::error(
                routes::file(&url),
                "social-card",
                format!("could not draw the card: {e}"),
            )
        })?,
    };
    Ok((routes::file(&url), bytes))
}

/// Renders a template with the base context plus `extra`, compacted (no
/// indentation, attribute quotes or optional end tags: see `compact`).
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
        .map(|html| compact::compact(html.as_bytes()))
        .map_err(|e| crate::render::theme::template_error(&e))
}

/// The stats page's charts: `{id, title, description, svg}`.
pub fn charts_for(p: &Prepared) -> Vec<serde_json::Value> {
    let i18n = &p.theme.i18n;
    let c = crate::render::charts::stats_charts(&p.rec.stats, "chart", i18n);
    [
        ("per-month", "chart-per-month", c.per_month),
        ("members", "chart-members", c.cumulative_members),
        ("kinds", "chart-kinds", c.by_kind),
        ("topics", "chart-topics", c.top_topics),
    ]
    .into_iter()
    .map(|(id, key, svg)| {
        let (title, description) = (i18n.t(key), i18n.t(&format!("{key}-desc")));
        serde_json::json!({"id": id, "title": title, "description": description, "svg": svg})
    })
    .collect()
}
