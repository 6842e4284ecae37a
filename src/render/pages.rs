//! HTML pages: the context each template receives (see docs/theme-guide.md).

use serde_json::{json, Value};
use tera::Context as TeraContext;

use super::context::{kind_label, kind_plural, status_label, tag_ref};
use super::keyed::{Mode, Source};
use super::meta::{self, meta, meta_only, put, shares, with, Image};
use super::{Job, Prepared};
use crate::model::{routes, Kind, Role};

/// An HTML page job's template and context.
pub fn source(p: &Prepared, job: &Job, mode: Mode) -> Source {
    let (template, ctx) = match job {
        Job::Home => ("index.html", home(p, mode)),
        Job::Stories(n) => ("stories.html", stories(p, *n, mode)),
        Job::Story(i) => ("story.html", story(p, *i, mode)),
        Job::Members => ("members.html", members(p, mode)),
        Job::Member(i) => ("member.html", super::pages_member::member(p, *i, mode)),
        Job::Tags => ("tags.html", tags(p)),
        Job::Tag(i, n) => ("tag.html", tag(p, *i, *n, mode)),
        Job::Kind(k, n) => ("kind.html", kind(p, *k, *n, mode)),
        Job::Page(i) => ("page.html", page(p, *i)),
        Job::Write => ("write.html", super::contribute::write_page(p)),
        Job::Join => ("join.html", super::contribute::join_page(p)),
        Job::Leaderboard => (
            "leaderboard.html",
            super::pages_member::leaderboard(p, mode),
        ),
        Job::Stats => ("stats.html", super::pages_member::stats(p)),
        Job::NotFound => (
            "404.html",
            meta_only(p, &p.theme.i18n.t("not-found-title"), "", routes::NOT_FOUND),
        ),
        _ => unreachable!("not an HTML page: {job:?}"),
    };
    Source::Page { template, ctx }
}

/// The cards of stories `idx`.
fn pick(p: &Prepared, idx: impl IntoIterator<Item = usize>, mode: Mode) -> Vec<Value> {
    idx.into_iter().map(|i| p.card(i, mode)).collect()
}

fn home(p: &Prepared, mode: Mode) -> TeraContext {
    let site = p.site;
    let featured: Vec<usize> = (0..site.stories.len())
        .filter(|&i| site.stories[i].featured)
        .take(3)
        .collect();
    let latest: Vec<usize> = (0..site.stories.len())
        .filter(|i| !featured.contains(i))
        .take(9)
        .collect();
    let newest: Vec<Value> = p
        .rec
        .leaderboard
        .newest
        .iter()
        .take(4)
        .map(|e| {
            let m = &site.members[e.member];
            json!({
                "member": p.member_ref(e.member, mode),
                "joined_human": m.joined.map(|d| p.theme.i18n.date(d)).unwrap_or_default(),
                "first_story": p.rec.members[e.member].first_story.map(|i| p.card(i, mode)),
            })
        })
        .collect();
    let mut ctx = TeraContext::new();
    let alt = p.theme.i18n.msg(
        &crate::i18n::Msg::new("card-alt-home")
            .str("site", &site.config.title)
            .str("description", &site.config.description),
    );
    let image = Image::card(p, routes::HOME_CARD, alt);
    let home = meta(p, &site.config.title, "", routes::HOME, &image, "website");
    let ld = json!({"json_ld": meta::json_ld(&meta::website(p))});
    put(&mut ctx, "meta", with(home, ld));
    // A featured row with a cover in it shows the others' social cards,
    // never an image beside a text card.
    let art = featured.iter().any(|&i| !p.cards[i].cover_url.is_empty());
    ctx.insert("featured_art", &art);
    put(&mut ctx, "featured", pick(p, featured, mode));
    put(&mut ctx, "latest", pick(p, latest, mode));
    put(&mut ctx, "newest_members", newest);
    ctx.insert("counts", &p.base.get("site").and_then(|s| s.get("counts")));
    ctx.insert("contributing_url", &super::contribute::contributing_url(p));
    let has_repo = site.config.repository.is_some();
    for (key, url) in [("write_url", routes::WRITE), ("join_url", routes::JOIN)] {
        let url = if has_repo {
            p.urls.path(url)
        } else {
            String::new()
        };
        ctx.insert(key, &url);
    }
    ctx
}

/// A listing's later pages (its archive) each hold this many times the
/// first page's `stories_per_page`, as one-line rows instead of cards: people
/// who page back look for a title, and a card's picture, summary and topics
/// would make each of those pages ten times heavier.
pub const ARCHIVE_FACTOR: usize = 5;

/// Number of pages a listing of `len` stories takes, with `per` cards on its
/// first page and `per * ARCHIVE_FACTOR` rows on each later one.
pub fn listing_pages(per: usize, len: usize) -> usize {
    let per = per.max(1);
    1 + len.saturating_sub(per).div_ceil(per * ARCHIVE_FACTOR)
}

/// Which of a listing's `len` stories page `n` (from 1) shows.
pub fn listing_range(per: usize, len: usize, n: usize) -> std::ops::Range<usize> {
    let per = per.max(1);
    let (start, count) = if n <= 1 {
        (0, per)
    } else {
        (per + (n - 2) * per * ARCHIVE_FACTOR, per * ARCHIVE_FACTOR)
    };
    let start = start.min(len);
    start..(start + count).min(len)
}

/// Number of pages a listing of `len` stories takes.
pub fn page_count(p: &Prepared, len: usize) -> usize {
    listing_pages(p.site.config.stories_per_page, len)
}

/// The cards of page `n` of a listing, and its paginator.
fn paginate(
    p: &Prepared,
    base: &str,
    items: &[usize],
    n: usize,
    mode: Mode,
) -> (Vec<Value>, Value) {
    let total = page_count(p, items.len());
    let range = listing_range(p.site.config.stories_per_page, items.len(), n);
    let url = |k: usize| p.urls.path(&routes::paged(base, k));
    let paginator = json!({
        "current": n, "total": total,
        "prev_url": if n > 1 { url(n - 1) } else { String::new() },
        "next_url": if n < total { url(n + 1) } else { String::new() },
        "pages": (1..=total).map(|k| json!({"number": k, "url": url(k), "current": k == n})).collect::<Vec<_>>(),
        "window": page_window(n, total).into_iter().map(|k| match k {
            Some(k) => json!({"number": k, "url": url(k), "current": k == n, "gap": false}),
            None => json!({"number": 0, "url": "", "current": false, "gap": true}),
        }).collect::<Vec<_>>(),
    });
    (pick(p, items[range].iter().copied(), mode), paginator)
}

/// The page numbers a paginator shows: the first and last, and two either side
/// of `current`; `None` marks skipped pages. Linking every page would make each
/// page of a 500-page listing carry 500 links (50 KB) nobody reads.
pub fn page_window(current: usize, total: usize) -> Vec<Option<usize>> {
    let near = |k: usize| k == 1 || k == total || k.abs_diff(current) <= 2;
    let mut out = Vec::new();
    for k in 1..=total {
        if near(k) {
            out.push(Some(k));
        } else if out.last().is_some_and(Option::is_some) {
            // One gap for a run of skipped pages, but a lone skipped page is
            // shown instead: "…" would take as much room as its number.
            out.push(if near(k + 1) { Some(k) } else { None });
        }
    }
    out
}

/// "All stories, page 2 of 5" for later pages, so titles stay distinct.
fn paged_title(p: &Prepared, title: String, n: usize, total: usize) -> String {
    if n == 1 {
        return title;
    }
    let m = crate::i18n::Msg::new("title-page")
        .str("title", title)
        .num("n", n)
        .num("total", total);
    p.theme.i18n.msg(&m)
}

/// A page of the story listing with its paginator.
fn stories(p: &Prepared, n: usize, mode: Mode) -> TeraContext {
    let all: Vec<usize> = (0..p.site.stories.len()).collect();
    let (cards, paginator) = paginate(p, routes::STORIES, &all, n, mode);
    let heading = p.theme.i18n.t("all-stories");
    let title = paged_title(p, heading.clone(), n, page_count(p, all.len()));
    let mut ctx = meta_only(p, &title, "", &routes::paged(routes::STORIES, n));
    ctx.insert("heading", &heading);
    put(&mut ctx, "stories", cards);
    ctx.insert("feed_url", &p.urls.path(routes::FEED));
    put(&mut ctx, "paginator", paginator);
    ctx.insert("archive", &(n > 1));
    ctx
}

fn story(p: &Prepared, i: usize, mode: Mode) -> TeraContext {
    let s = &p.site.stories[i];
    let card = &p.cards[i];
    let path = routes::story(&s.slug);
    let permalink = p.urls.abs(&path);
    let mut value = p.card(i, mode);
    let thanks: Vec<_> = s
        .thanks
        .iter()
        .filter_map(|h| p.site.member_index(h))
        .map(|m| p.member_ref(m, mode))
        .collect::<Vec<_>>();
    if let Value::Object(map) = &mut value {
        map.insert(
            "content".into(),
            mode.keyed(p.md_keys[i], || p.story_html(i)),
        );
        map.insert(
            "updated".into(),
            json!(s
                .updated
                .map(|u| u.date_naive().to_string())
                .unwrap_or_default()),
        );
        map.insert(
            "updated_human".into(),
            json!(s
                .updated
                .map(|u| p.theme.i18n.date(u.date_naive()))
                .unwrap_or_default()),
        );
        map.insert("thanks".into(), json!(thanks));
        map.insert(
            "cover".into(),
            if card.cover_url.is_empty() {
                Value::Null
            } else {
                // Its real size, so the page keeps its place while it loads.
                let cover = format!("stories/{}/{}", s.slug, s.cover.as_deref().unwrap_or(""));
                let (width, height) = p.images.size(&cover).unwrap_or((1200, 630));
                json!({"url": card.cover_url, "alt": p.theme.i18n.msg(&crate::i18n::Msg::new("cover-alt").str("title", &s.title)), "width": width, "height": height})
            },
        );
        map.insert("permalink".into(), json!(permalink));
    }
    let mut ctx = TeraContext::new();
    put(&mut ctx, "meta", story_meta(p, i, &path, mode));
    put(&mut ctx, "story", value);
    let share = mode.pure(
        |(t, u): (&str, &str)| shares(t, u),
        (s.title.as_str(), permalink.as_str()),
    );
    put(&mut ctx, "share", share);
    ctx.insert("edit_url", &super::contribute::edit_url(p, &s.source.path));
    ctx
}

/// A story's sharing data: its cover when that is a large raster image,
/// else its social card; the article's times, authors and topics; JSON-LD.
fn story_meta(p: &Prepared, i: usize, path: &str, mode: Mode) -> Value {
    let s = &p.site.stories[i];
    let cover = s.cover.as_deref().filter(|c| !c.ends_with(".svg"));
    let cover = cover.and_then(|c| {
        let (width, height) = p.images.size(&format!("stories/{}/{c}", s.slug))?;
        let image = Image {
            url: p.urls.abs(&routes::story_file(&s.slug, c)),
            width,
            height,
            alt: (p.theme.i18n).msg(&crate::i18n::Msg::new("cover-alt").str("title", &s.title)),
        };
        (width >= meta::LARGE.0 && height >= meta::LARGE.1).then_some(image)
    });
    let image = cover.unwrap_or_else(|| {
        let alt = (p.theme.i18n).msg(
            &crate::i18n::Msg::new("card-alt-story")
                .str("title", &s.title)
                .str("kind", &p.cards[i].kind_label)
                .str("site", &p.site.config.title),
        );
        Image::card(p, &super::cards::story_url(p, i), alt)
    });
    let authors: Vec<usize> = s
        .authors
        .iter()
        .filter_map(|h| p.site.member_index(h))
        .collect();
    let modified = s.updated.unwrap_or(s.date).to_rfc3339();
    let ld = json!({
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": s.title.chars().take(110).collect::<String>(),
        "description": s.summary,
        "url": p.urls.abs(path),
        "mainEntityOfPage": p.urls.abs(path),
        "image": [image.url],
        "datePublished": s.date.to_rfc3339(),
        "dateModified": modified,
        "author": authors.iter().map(|&m| meta::person(p, m)).collect::<Vec<_>>(),
        "publisher": meta::publisher(p),
        "keywords": s.tags,
        "inLanguage": p.site.config.language,
    });
    let m = meta(p, &s.title, &s.summary, path, &image, "article");
    with(
        m,
        json!({
            "published_time": s.date.to_rfc3339(),
            "modified_time": modified,
            "authors": authors.iter().map(|&m| p.urls.abs(&routes::member(&p.site.members[m].handle))).collect::<Vec<_>>(),
            "tags": s.tags,
            "json_ld": mode.pure(|ld: &Value| meta::json_ld(ld), &ld),
        }),
    )
}

fn members(p: &Prepared, mode: Mode) -> TeraContext {
    let entry = |i: usize| {
        let mut v = p.member_ref(i, mode);
        let m = &p.site.members[i];
        if let Value::Object(map) = &mut v {
            map.insert(
                "location".into(),
                json!(m.location.clone().unwrap_or_default()),
            );
            map.insert("story_count".into(), json!(p.rec.members[i].story_count));
            map.insert(
                "joined_human".into(),
                json!(m.joined.map(|d| p.theme.i18n.date(d)).unwrap_or_default()),
            );
        }
        v
    };
    let by_role = |r: Role| {
        (0..p.site.members.len())
            .filter(|&i| p.site.members[i].role == r)
            .map(entry)
            .collect::<Vec<_>>()
    };
    let i18n = &p.theme.i18n;
    let description = crate::i18n::Msg::new("members-description")
        .num("n", p.site.members.len())
        .str("site", &p.site.config.title);
    let mut ctx = meta_only(
        p,
        &i18n.t("members-title"),
        &i18n.msg(&description),
        routes::MEMBERS,
    );
    put(&mut ctx, "hosts", by_role(Role::Host));
    put(&mut ctx, "champions", by_role(Role::Champion));
    put(&mut ctx, "members", by_role(Role::Member));
    ctx
}

fn tags(p: &Prepared) -> TeraContext {
    let mut list: Vec<Value> = p.site.tags.iter().map(|t| json!({"name": t.name, "url": tag_ref(&t.name, &p.urls).url, "count": t.stories.len()})).collect();
    list.sort_by(|a, b| {
        b["count"]
            .as_u64()
            .cmp(&a["count"].as_u64())
            .then(a["name"].as_str().cmp(&b["name"].as_str()))
    });
    let mut ctx = meta_only(p, &p.theme.i18n.t("topics-title"), "", routes::TAGS);
    ctx.insert("tags", &list);
    ctx
}

fn tag(p: &Prepared, i: usize, n: usize, mode: Mode) -> TeraContext {
    let t = &p.site.tags[i];
    let path = routes::tag(&t.name);
    let (cards, paginator) = paginate(p, &path, &t.stories, n, mode);
    let about = crate::i18n::Msg::new("stories-about").str("tag", &t.name);
    let title = paged_title(
        p,
        p.theme.i18n.msg(&about),
        n,
        page_count(p, t.stories.len()),
    );
    let mut ctx = meta_only(p, &title, "", &routes::paged(&path, n));
    ctx.insert("tag", &json!({"name": t.name, "url": p.urls.path(&path), "feed_url": p.urls.path(&routes::tag_feed(&t.name)), "count": t.stories.len()}));
    put(&mut ctx, "stories", cards);
    put(&mut ctx, "paginator", paginator);
    ctx.insert("archive", &(n > 1));
    ctx
}

fn kind(p: &Prepared, k: Kind, n: usize, mode: Mode) -> TeraContext {
    let i18n = &p.theme.i18n;
    let url = |k: Kind| p.urls.path(&routes::kind(k));
    let kinds: Vec<Value> = Kind::ALL
        .iter()
        .map(|&k| json!({"name": k.as_str(), "label": kind_plural(i18n, k), "url": url(k), "count": p.by_kind(k).len()}))
        .collect();
    let path = routes::kind(k);
    let items = p.by_kind(k);
    let (cards, paginator) = paginate(p, &path, items, n, mode);
    let title = paged_title(p, kind_plural(i18n, k), n, page_count(p, items.len()));
    let mut ctx = meta_only(p, &title, "", &routes::paged(&path, n));
    ctx.insert("kind", &json!({"name": k.as_str(), "label": kind_plural(i18n, k), "singular": kind_label(i18n, k), "url": url(k), "count": items.len()}));
    put(&mut ctx, "kinds", kinds);
    if k == Kind::Feedback {
        put(&mut ctx, "board", board(p, items, mode));
    }
    put(&mut ctx, "stories", cards);
    put(&mut ctx, "paginator", paginator);
    ctx.insert("archive", &(n > 1));
    ctx
}

/// The feedback board ("You said, we did"): every feedback story (`items`,
/// newest first) under its status, in `Status::ALL` order, with counts.
fn board(p: &Prepared, items: &[usize], mode: Mode) -> Vec<Value> {
    crate::model::Status::ALL
        .iter()
        .map(|&st| {
            let cards: Vec<Value> = items
                .iter()
                .filter(|&&i| p.site.stories[i].status.status == st)
                .map(|&i| p.card(i, mode))
                .collect();
            json!({"name": st.as_str(), "label": status_label(&p.theme.i18n, st), "count": cards.len(), "stories": cards})
        })
        .collect()
}

fn page(p: &Prepared, i: usize) -> TeraContext {
    let pg = &p.site.pages[i];
    let path = routes::page(&pg.slug);
    let mut ctx = meta_only(p, &pg.title, pg.summary.as_deref().unwrap_or(""), &path);
    put(
        &mut ctx,
        "page",
        json!({"slug": pg.slug, "title": pg.title, "content": p.page_html[i], "url": p.urls.path(&path)}),
    );
    ctx.insert("edit_url", &super::contribute::edit_url(p, &pg.source.path));
    ctx
}

#[cfg(test)]
mod tests {
    use super::{listing_pages, listing_range, page_window};

    #[test]
    fn later_pages_hold_five_times_the_first() {
        assert_eq!(listing_pages(20, 0), 1);
        assert_eq!(listing_pages(20, 20), 1);
        assert_eq!(listing_pages(20, 21), 2);
        assert_eq!(listing_pages(20, 120), 2);
        assert_eq!(listing_pages(20, 121), 3);
        assert_eq!(listing_pages(20, 10_000), 101);
        assert_eq!(listing_range(20, 10_000, 1), 0..20);
        assert_eq!(listing_range(20, 10_000, 2), 20..120);
        assert_eq!(listing_range(20, 10_000, 101), 9_920..10_000);
        assert_eq!(listing_range(20, 5, 1), 0..5);
        assert_eq!(listing_range(20, 5, 2), 5..5);
        // Every story is on exactly one page.
        for per in 1..4 {
            for len in 0..40 {
                let pages = listing_pages(per, len);
                let shown: Vec<usize> = (1..=pages)
                    .flat_map(|n| listing_range(per, len, n))
                    .collect();
                assert_eq!(shown, (0..len).collect::<Vec<_>>(), "{per} {len}");
                assert!(pages == 1 || !listing_range(per, len, pages).is_empty());
            }
        }
    }

    fn shown(current: usize, total: usize) -> String {
        page_window(current, total)
            .iter()
            .map(|k| k.map_or("…".to_string(), |k| k.to_string()))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn paginator_window_keeps_ends_and_neighbours() {
        assert_eq!(shown(1, 1), "1");
        assert_eq!(shown(3, 7), "1 2 3 4 5 6 7");
        assert_eq!(shown(1, 499), "1 2 3 … 499");
        assert_eq!(shown(250, 499), "1 … 248 249 250 251 252 … 499");
        assert_eq!(shown(499, 499), "1 … 497 498 499");
        // A single skipped page is shown rather than replaced by "…".
        assert_eq!(shown(5, 9), "1 2 3 4 5 6 7 8 9");
        assert_eq!(shown(6, 10), "1 … 4 5 6 7 8 9 10");
        assert_eq!(shown(6, 11), "1 … 4 5 6 7 8 … 11");
    }
}
