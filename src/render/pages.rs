//! HTML pages: the context each template receives (see docs/theme-guide.md).

use serde_json::{json, Value};
use tera::Context as TeraContext;

use super::context::{human_date, kind_label, share_links, tag_ref, Card};
use super::{template, Job, Prepared};
use crate::diag::Diagnostic;
use crate::model::{Kind, Role};

/// Renders an HTML page job to its output path and bytes.
pub fn render(p: &Prepared, job: &Job) -> Result<(String, Vec<u8>), Diagnostic> {
    let (path, name, ctx) = match job {
        Job::Home => ("/".to_string(), "index.html", home(p)),
        Job::Stories(n) => (
            if *n == 1 {
                "/stories/".into()
            } else {
                format!("/stories/page/{n}/")
            },
            "stories.html",
            stories(p, *n),
        ),
        Job::Story(i) => (
            format!("/stories/{}/", p.site.stories[*i].slug),
            "story.html",
            story(p, *i),
        ),
        Job::Members => ("/members/".into(), "members.html", members(p)),
        Job::Member(i) => (
            format!("/members/{}/", p.site.members[*i].handle),
            "member.html",
            super::pages_member::member(p, *i),
        ),
        Job::Tags => ("/tags/".into(), "tags.html", tags(p)),
        Job::Tag(i) => (
            format!("/tags/{}/", p.site.tags[*i].name),
            "tag.html",
            tag(p, *i),
        ),
        Job::Kind(k) => (format!("/kinds/{}/", k.as_str()), "kind.html", kind(p, *k)),
        Job::Page(i) => (
            format!("/{}/", p.site.pages[*i].slug),
            "page.html",
            page(p, *i),
        ),
        Job::Leaderboard => (
            "/leaderboard/".into(),
            "leaderboard.html",
            super::pages_member::leaderboard(p),
        ),
        Job::Stats => (
            "/stats/".into(),
            "stats.html",
            super::pages_member::stats(p),
        ),
        Job::NotFound => (
            "/404.html".into(),
            "404.html",
            meta_only(p, "Page not found", "", "/404.html"),
        ),
        _ => unreachable!("not an HTML page: {job:?}"),
    };
    let bytes = template(p, name, &p.urls.path(&path), ctx)?;
    let file = if path.ends_with('/') {
        format!("{}index.html", &path[1..])
    } else {
        path[1..].to_string()
    };
    Ok((file, bytes))
}

/// Open Graph / canonical data for a page.
pub fn meta(
    p: &Prepared,
    title: &str,
    description: &str,
    path: &str,
    image: &str,
    kind: &str,
) -> Value {
    let description = if description.is_empty() {
        &p.site.config.description
    } else {
        description
    };
    json!({
        "title": title, "description": description, "canonical": p.urls.abs(path),
        "image": image, "type": kind,
    })
}

pub fn meta_only(p: &Prepared, title: &str, description: &str, path: &str) -> TeraContext {
    let mut ctx = TeraContext::new();
    ctx.insert("meta", &meta(p, title, description, path, "", "website"));
    ctx
}

fn pick<'a>(p: &'a Prepared, idx: impl IntoIterator<Item = usize>) -> Vec<&'a Card> {
    idx.into_iter().map(|i| &p.cards[i]).collect()
}

fn home(p: &Prepared) -> TeraContext {
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
                "member": p.refs[e.member],
                "joined_human": m.joined.map(human_date).unwrap_or_default(),
                "first_story": p.rec.members[e.member].first_story.map(|i| &p.cards[i]),
            })
        })
        .collect();
    let contributing = site.pages.iter().any(|pg| pg.slug == "contributing");
    let mut ctx = meta_only(p, &site.config.title, "", "/");
    ctx.insert("featured", &pick(p, featured));
    ctx.insert("latest", &pick(p, latest));
    ctx.insert("newest_members", &newest);
    ctx.insert("counts", &p.base.get("site").and_then(|s| s.get("counts")));
    ctx.insert(
        "contributing_url",
        &if contributing {
            p.urls.path("/contributing/")
        } else {
            String::new()
        },
    );
    ctx
}

/// A page of the story listing with its paginator.
fn stories(p: &Prepared, n: usize) -> TeraContext {
    let per = p.site.config.stories_per_page;
    let total = p.site.stories.len().div_ceil(per).max(1);
    let start = (n - 1) * per;
    let end = (start + per).min(p.site.stories.len());
    let url = |k: usize| {
        if k == 1 {
            p.urls.path("/stories/")
        } else {
            p.urls.path(&format!("/stories/page/{k}/"))
        }
    };
    let path = if n == 1 {
        "/stories/".to_string()
    } else {
        format!("/stories/page/{n}/")
    };
    let title = if n == 1 {
        "All stories".to_string()
    } else {
        format!("All stories, page {n} of {total}")
    };
    let mut ctx = meta_only(p, &title, "", &path);
    ctx.insert("heading", "All stories");
    ctx.insert("stories", &pick(p, start..end));
    ctx.insert("feed_url", &p.urls.path("/atom.xml"));
    ctx.insert(
        "paginator",
        &json!({
            "current": n, "total": total,
            "prev_url": if n > 1 { url(n - 1) } else { String::new() },
            "next_url": if n < total { url(n + 1) } else { String::new() },
            "pages": (1..=total).map(|k| json!({"number": k, "url": url(k), "current": k == n})).collect::<Vec<_>>(),
        }),
    );
    ctx
}

fn story(p: &Prepared, i: usize) -> TeraContext {
    let s = &p.site.stories[i];
    let card = &p.cards[i];
    let path = format!("/stories/{}/", s.slug);
    let permalink = p.urls.abs(&path);
    let mut value = serde_json::to_value(card).unwrap_or_default();
    let thanks: Vec<_> = s
        .thanks
        .iter()
        .filter_map(|h| p.site.member_index(h))
        .map(|m| &p.refs[m])
        .collect();
    if let Value::Object(map) = &mut value {
        map.insert("content".into(), json!(p.story_html[i]));
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
                .map(|u| human_date(u.date_naive()))
                .unwrap_or_default()),
        );
        map.insert("thanks".into(), json!(thanks));
        map.insert(
            "cover".into(),
            if card.cover_url.is_empty() {
                Value::Null
            } else {
                json!({"url": card.cover_url, "alt": format!("Cover image for {}", s.title)})
            },
        );
        map.insert("permalink".into(), json!(permalink));
    }
    let image = if card.cover_url.is_empty() {
        String::new()
    } else {
        p.urls.abs(&format!(
            "/stories/{}/{}",
            s.slug,
            s.cover.as_deref().unwrap_or("")
        ))
    };
    let mut ctx = TeraContext::new();
    ctx.insert(
        "meta",
        &meta(p, &s.title, &s.summary, &path, &image, "article"),
    );
    ctx.insert("story", &value);
    ctx.insert("share", &shares(&s.title, &permalink));
    ctx
}

pub fn shares(title: &str, url: &str) -> Vec<Value> {
    share_links(title, url)
        .into_iter()
        .map(|(name, url)| json!({"name": name, "url": url}))
        .collect()
}

fn members(p: &Prepared) -> TeraContext {
    let entry = |i: usize| {
        let mut v = serde_json::to_value(&p.refs[i]).unwrap_or_default();
        let m = &p.site.members[i];
        if let Value::Object(map) = &mut v {
            map.insert(
                "location".into(),
                json!(m.location.clone().unwrap_or_default()),
            );
            map.insert("story_count".into(), json!(p.rec.members[i].story_count));
            map.insert(
                "joined_human".into(),
                json!(m.joined.map(human_date).unwrap_or_default()),
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
    let mut ctx = meta_only(
        p,
        "Members",
        &format!(
            "The {} members of {}",
            p.site.members.len(),
            p.site.config.title
        ),
        "/members/",
    );
    ctx.insert("hosts", &by_role(Role::Host));
    ctx.insert("champions", &by_role(Role::Champion));
    ctx.insert("members", &by_role(Role::Member));
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
    let mut ctx = meta_only(p, "Topics", "", "/tags/");
    ctx.insert("tags", &list);
    ctx
}

fn tag(p: &Prepared, i: usize) -> TeraContext {
    let t = &p.site.tags[i];
    let path = format!("/tags/{}/", t.name);
    let mut ctx = meta_only(p, &format!("Stories about {}", t.name), "", &path);
    ctx.insert("tag", &json!({"name": t.name, "url": p.urls.path(&path), "feed_url": p.urls.path(&format!("{path}atom.xml")), "count": t.stories.len()}));
    ctx.insert("stories", &pick(p, t.stories.iter().copied()));
    ctx
}

fn kind(p: &Prepared, k: Kind) -> TeraContext {
    let of = |k: Kind| (0..p.site.stories.len()).filter(move |&i| p.site.stories[i].kind == k);
    let kinds: Vec<Value> = Kind::ALL
        .iter()
        .map(|&k| json!({"name": k.as_str(), "label": k.plural(), "url": p.urls.path(&format!("/kinds/{}/", k.as_str())), "count": of(k).count()}))
        .collect();
    let path = format!("/kinds/{}/", k.as_str());
    let mut ctx = meta_only(p, k.plural(), "", &path);
    ctx.insert("kind", &json!({"name": k.as_str(), "label": k.plural(), "singular": kind_label(k), "url": p.urls.path(&path), "count": of(k).count()}));
    ctx.insert("kinds", &kinds);
    ctx.insert("stories", &pick(p, of(k)));
    ctx
}

fn page(p: &Prepared, i: usize) -> TeraContext {
    let pg = &p.site.pages[i];
    let path = format!("/{}/", pg.slug);
    let mut ctx = meta_only(p, &pg.title, pg.summary.as_deref().unwrap_or(""), &path);
    ctx.insert("page", &json!({"slug": pg.slug, "title": pg.title, "content": p.page_html[i], "url": p.urls.path(&path)}));
    ctx
}
