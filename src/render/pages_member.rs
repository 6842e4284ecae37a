//! Recognition pages: member profiles, the leaderboard and community stats.

use serde_json::{json, Value};
use tera::Context as TeraContext;

use super::context::{level_name, tag_ref};
use super::keyed::Mode;
use super::meta::{self, meta, meta_only, put, shares, with, Image};
use super::Prepared;
use crate::i18n::Msg;
use crate::model::{routes, Role};
use crate::recognition::Entry;

pub fn member(p: &Prepared, i: usize, mode: Mode) -> TeraContext {
    let m = &p.site.members[i];
    let r = &p.rec.members[i];
    let i18n = &p.theme.i18n;
    let path = routes::member(&m.handle);
    let permalink = p.urls.abs(&path);
    let refs = |idx: &[usize]| {
        idx.iter()
            .map(|&j| p.member_ref(j, mode))
            .collect::<Vec<_>>()
    };
    let badge_url = p.urls.abs(&routes::member_badge(&m.handle));
    let label = badge_label(p);
    let value = badge_value(p, i);
    let mut v = p.member_ref(i, mode);
    if let Value::Object(map) = &mut v {
        let extra = json!({
            "location": m.location.clone().unwrap_or_default(),
            "links": m.links,
            "interests": m.interests.iter().map(|t| tag_ref(t, &p.urls)).collect::<Vec<_>>(),
            "bio": mode.keyed(p.bio_key(i), || p.bio_html(i)),
            "story_count": r.story_count,
            "next_level": r.next_level.map(|(l, needed)| json!({"name": level_name(p.site, i18n, l), "needed": needed})),
            "badges": r.badges.iter().map(|b| json!({"id": b.id, "name": i18n.t(&format!("badge-{}", b.id)), "reason": i18n.msg(&b.why)})).collect::<Vec<_>>(),
            "awards": m.awards.iter().map(|a| json!({"name": a.name, "date": a.date.to_string(), "date_human": i18n.date(a.date), "reason": a.reason})).collect::<Vec<_>>(),
            "stories": p.by_member(i).iter().map(|&s| p.card(s, mode)).collect::<Vec<_>>(),
            "answers": answers(p, i, mode),
            "coauthors": refs(&r.coauthors),
            "thanked_by": refs(&r.thanked_by),
            "to_meet": r.to_meet.iter().map(|t| json!({"member": p.member_ref(t.member, mode), "reason": i18n.msg(&t.why)})).collect::<Vec<_>>(),
            "feed_url": p.urls.path(&format!("{path}atom.xml")),
            "badge_url": p.urls.path(&format!("{path}badge.svg")),
            "badge_markdown": format!("[![{label}: {value}]({badge_url})]({permalink})"),
            "badge_html": format!("<a href=\"{permalink}\"><img src=\"{badge_url}\" alt=\"{label}: {value}\"></a>"),
            "joined_human": m.joined.map(|d| i18n.date(d)).unwrap_or_default(),
            "permalink": permalink,
        });
        if let Value::Object(e) = extra {
            map.extend(e);
        }
    }
    let summary = i18n.msg(
        &Msg::new("badge-alt")
            .str("name", &m.name)
            .str("site", &p.site.config.title),
    );
    let mut ctx = TeraContext::new();
    put(&mut ctx, "meta", profile_meta(p, i, &path, &summary, mode));
    put(&mut ctx, "member", v);
    let share = mode.pure(
        |(t, u): (&str, &str)| shares(t, u),
        (summary.as_str(), permalink.as_str()),
    );
    put(&mut ctx, "share", share);
    ctx.insert("edit_url", &super::contribute::edit_url(p, &m.source.path));
    ctx
}

/// A profile's sharing data: the member's social card and JSON-LD (a
/// `ProfilePage` about a `Person`).
fn profile_meta(p: &Prepared, i: usize, path: &str, summary: &str, mode: Mode) -> Value {
    let m = &p.site.members[i];
    let card = routes::member_card(&m.handle);
    let alt = p.theme.i18n.msg(
        &crate::i18n::Msg::new("card-alt-member")
            .str("name", &m.name)
            .str("level", badge_value(p, i)),
    );
    let image = Image::card(p, &card, alt);
    let mut person = meta::person(p, i);
    person["image"] = json!(image.url);
    if !m.bio.trim().is_empty() {
        person["description"] = json!(summary);
    }
    let mut ld = json!({
        "@context": "https://schema.org",
        "@type": "ProfilePage",
        "name": summary,
        "url": p.urls.abs(path),
        "mainEntity": person,
    });
    if let Some(joined) = m.joined {
        ld["dateCreated"] = json!(joined.to_string());
    }
    let value = meta(p, &m.name, summary, path, &image, "profile");
    with(
        value,
        json!({"username": m.handle, "json_ld": mode.pure(|ld: &Value| meta::json_ld(ld), &ld)}),
    )
}

/// A host's answers, newest first: the stories they wrote that answer
/// another, each card naming what it answers. Empty for other members (an
/// answer by a member is a story like any other).
fn answers(p: &Prepared, i: usize, mode: Mode) -> Vec<Value> {
    if p.site.members[i].role != Role::Host {
        return Vec::new();
    }
    p.by_member(i)
        .iter()
        .filter(|&&s| p.site.answers_to(s).is_some())
        .map(|&s| p.card(s, mode))
        .collect()
}

/// What the embeddable badge says: the title, else the level, else "Member".
/// The badge's left half, in the site's language: "Trailhead community".
pub fn badge_label(p: &Prepared) -> String {
    (p.theme.i18n).msg(&Msg::new("badge-label").str("brand", &p.site.config.brand.name))
}

pub fn badge_value(p: &Prepared, i: usize) -> String {
    let r = &p.refs[i];
    if !r.title.is_empty() {
        r.title.to_string()
    } else if !r.level.is_empty() {
        r.level.clone()
    } else {
        p.theme.i18n.t("badge-member")
    }
}

fn entries(
    p: &Prepared,
    mode: Mode,
    list: &[Entry],
    detail: impl Fn(&Entry) -> String,
) -> Vec<Value> {
    list.iter()
        .map(|e| json!({"member": p.member_ref(e.member, mode), "count": e.count, "detail": detail(e)}))
        .collect()
}

pub fn leaderboard(p: &Prepared, mode: Mode) -> TeraContext {
    let lb = &p.rec.leaderboard;
    let levels = &p.site.config.recognition.levels;
    let i18n = &p.theme.i18n;
    let stories = |e: &Entry| i18n.count("count-stories", e.count);
    let joined = |e: &Entry| {
        p.site.members[e.member]
            .joined
            .map(|d| i18n.msg(&Msg::new("joined-on").str("date", i18n.date(d))))
            .unwrap_or_default()
    };
    let hosts: Vec<Value> = lb.hosts.iter().map(|&m| json!({"member": p.member_ref(m, mode), "count": p.rec.members[m].story_count, "detail": stories(&Entry { member: m, count: p.rec.members[m].story_count })})).collect();
    let by_level: Vec<Value> = lb
        .levels
        .iter()
        .map(|(l, list)| json!({"name": level_name(p.site, i18n, *l), "rank": l + 1, "stories": levels[*l].stories, "members": entries(p, mode, list, stories)}))
        .collect();
    let description = Msg::new("leaderboard-description").str("site", &p.site.config.title);
    let mut ctx = meta_only(
        p,
        &i18n.t("leaderboard-title"),
        &i18n.msg(&description),
        routes::LEADERBOARD,
    );
    ctx.insert("hosts", &hosts);
    ctx.insert("levels", &by_level);
    ctx.insert("top_year", &entries(p, mode, &lb.top_year, stories));
    ctx.insert("top_all", &entries(p, mode, &lb.top_all, stories));
    ctx.insert(
        "most_thanked",
        &entries(p, mode, &lb.most_thanked, |e| {
            i18n.msg(&Msg::new("why-thanked").num("n", e.count))
        }),
    );
    ctx.insert("newest", &entries(p, mode, &lb.newest, joined));
    ctx
}

pub fn stats(p: &Prepared) -> TeraContext {
    let i18n = &p.theme.i18n;
    let description = Msg::new("stats-description").str("site", &p.site.config.title);
    let mut ctx = meta_only(
        p,
        &i18n.t("stats-title"),
        &i18n.msg(&description),
        routes::STATS,
    );
    ctx.insert("charts", &crate::render::charts_for(p));
    ctx.insert("counts", &p.base.get("site").and_then(|s| s.get("counts")));
    ctx.insert("json_url", &p.urls.path(routes::STATS_JSON));
    ctx.insert("feedback", &feedback_stats(p));
    ctx
}

/// The stats page's feedback figures, with the statuses' names in the
/// site's language.
fn feedback_stats(p: &Prepared) -> Value {
    let mut v =
        serde_json::to_value(crate::recognition::feedback::feedback(p.site)).unwrap_or_default();
    if let Some(rows) = v.get_mut("by_status").and_then(Value::as_array_mut) {
        for row in rows {
            let name = row.get("status").and_then(Value::as_str).unwrap_or("");
            let label = match crate::model::Status::parse(&name.to_lowercase()) {
                Some(st) => super::context::status_label(&p.theme.i18n, st),
                None => name.to_string(),
            };
            row["status"] = json!(label);
        }
    }
    v
}
