//! Stories: front matter schema and validation into `model::Story`.

use std::collections::BTreeSet;
use std::path::Path;

use chrono::{DateTime, FixedOffset};
use serde::Deserialize;

use super::fields::Checker;
use super::{Doc, Input};
use crate::model::{Body, FeedbackStatus, Kind, RespondsTo, Source, Status, Story};
use crate::util::diag::did_you_mean;

/// Unknown keys are collected by `front_matter`, not denied here; required
/// fields are optional so a missing one does not hide the file's other problems.
#[derive(Debug, Deserialize)]
struct StoryFm {
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    authors: Option<Vec<String>>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    updated: Option<String>,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    summary: Option<String>,
    #[serde(default)]
    cover: Option<String>,
    #[serde(default)]
    featured: bool,
    #[serde(default)]
    thanks: Vec<String>,
    #[serde(default)]
    draft: bool,
    #[serde(default)]
    responds_to: Option<String>,
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    status_note: Option<String>,
    #[serde(default)]
    status_date: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    lang: Option<String>,
}

pub const FIELDS: &[&str] = &[
    "title",
    "authors",
    "date",
    "updated",
    "kind",
    "tags",
    "summary",
    "cover",
    "featured",
    "thanks",
    "draft",
    "responds_to",
    "status",
    "status_note",
    "status_date",
    "aliases",
    "lang",
];

/// Validates one story file. `handles` are the site's members; `bundle` is the
/// bundle folder for `stories/<slug>/index.md`. A story with errors is still
/// returned when its front matter could be read, for `check`.
pub fn parse(
    input: &Input,
    slug: &str,
    bundle: Option<&Path>,
    handles: &BTreeSet<String>,
) -> Doc<Story> {
    let (fm, split, mut ck): (StoryFm, _, _) = match super::front_matter(input, FIELDS) {
        Ok(parts) => parts,
        Err(d) => return (None, d),
    };
    match &fm.title {
        Some(t) => ck.text("title", t),
        None => ck.missing("title"),
    }
    let authors = authors(&mut ck, fm.authors);
    check_members(&mut ck, "authors", &authors, handles);
    check_members(&mut ck, "thanks", &fm.thanks, handles);
    let (date, updated) = dates(&mut ck, fm.date.as_deref(), fm.updated.as_deref());
    let kind = kind(&mut ck, fm.kind.as_deref());
    ck.tags("tags", &fm.tags);
    if let Some(s) = &fm.summary {
        ck.text("summary", s);
    }
    check_cover(&mut ck, fm.cover.as_deref(), bundle, input.root);
    let responds_to = responds_to(&mut ck, fm.responds_to.as_deref(), slug);
    let given = [&fm.status, &fm.status_note, &fm.status_date].map(Option::as_deref);
    let status = status(&mut ck, given, kind);
    let aliases = super::aliases::parse(&mut ck, &fm.aliases);
    let lang = lang(&mut ck, fm.lang);
    let summary = fm
        .summary
        .clone()
        .unwrap_or_else(|| crate::render::markdown::summary_of(split.body));
    let story = Story {
        slug: slug.to_string(),
        title: fm.title.unwrap_or_default(),
        authors,
        // Without a valid date there is an error, so this story is only ever
        // checked, never built; the placeholder keeps it in the partial site.
        date: date.unwrap_or(DateTime::UNIX_EPOCH.fixed_offset()),
        updated,
        kind,
        tags: fm.tags,
        summary,
        cover: fm.cover,
        featured: fm.featured,
        thanks: fm.thanks,
        draft: fm.draft,
        responds_to,
        status,
        aliases,
        lang,
        body: Body::new(split.body),
        bundle: bundle.map(Path::to_path_buf),
        source: Source {
            path: input.path.to_string(),
            body_line: split.body_line,
        },
        md_key: Default::default(),
    };
    (Some(story), ck.diags)
}

/// `lang`: the language the story is written in when it is not the site's,
/// a BCP 47 tag ("es", "pt-BR").
fn lang(ck: &mut Checker, value: Option<String>) -> Option<String> {
    let value = value?;
    if crate::i18n::locale::valid_tag(&value) {
        return Some(value);
    }
    ck.at_value_of(
        "lang",
        "bad-lang",
        format!("`lang` is not a language tag: `{value}`"),
        "write the language's code, like `lang: es` or `lang: pt-BR`".into(),
    );
    None
}

/// `authors` must be there and name someone.
fn authors(ck: &mut Checker, authors: Option<Vec<String>>) -> Vec<String> {
    let Some(authors) = authors else {
        ck.missing("authors");
        return Vec::new();
    };
    if authors.is_empty() {
        ck.at_key(
            "authors",
            "no-authors",
            "`authors` is empty".into(),
            "name at least one member: `authors: [your-handle]`".into(),
        );
    }
    authors
}

/// `responds_to`: a story slug, not the story's own. Whether that story
/// exists, and that answers do not go round in a circle, only the whole
/// site can tell (`load::threads`).
fn responds_to(ck: &mut Checker, value: Option<&str>, slug: &str) -> Option<RespondsTo> {
    let value = value?.trim();
    let (line, col) = ck.position_of("responds_to", value);
    if !crate::util::slug::is_slug(value) {
        ck.at_key(
            "responds_to",
            "bad-responds-to",
            format!("`responds_to` is not a story slug: `{value}`"),
            "write the answered story's slug, the name of its file without `.md` (e.g. `responds_to: my-first-loaf`)".into(),
        );
        return None;
    }
    if value == slug {
        ck.at_key(
            "responds_to",
            "responds-to-itself",
            format!("the story `{slug}` answers itself"),
            "name the story this one answers, or remove `responds_to`".into(),
        );
        return None;
    }
    Some(RespondsTo {
        slug: value.to_string(),
        line,
        col,
    })
}

/// `status`, `status_note` and `status_date` (in `given`, in that order):
/// the brand's word on feedback.
fn status(ck: &mut Checker, given: [Option<&str>; 3], kind: Kind) -> FeedbackStatus {
    let mut out = FeedbackStatus::default();
    let [status, note, date] = given;
    if kind != Kind::Feedback {
        let keys = ["status", "status_note", "status_date"];
        for (key, value) in keys.into_iter().zip(given) {
            if value.is_some() {
                ck.at_key(
                    key,
                    "status-not-feedback",
                    format!("`{key}` is only for feedback stories"),
                    "remove it, or set `kind: feedback` if this story is feedback".into(),
                );
            }
        }
        return out;
    }
    if let Some(s) = status {
        out.status = Status::parse(s).unwrap_or_else(|| {
            let names = Status::ALL.map(Status::as_str);
            let help = match did_you_mean(s, names) {
                Some(n) => format!("did you mean `{n}`?"),
                None => format!("use one of: {}", names.join(", ")),
            };
            ck.at_key(
                "status",
                "bad-status",
                format!("unknown status `{s}`"),
                help,
            );
            Status::Open
        });
    }
    if let Some(n) = note {
        if n.trim().contains('\n') {
            ck.at_key(
                "status_note",
                "long-status-note",
                "`status_note` is more than one line".into(),
                "say it in one line; a longer answer is a story with `responds_to`".into(),
            );
        } else {
            ck.text("status_note", n);
        }
        out.note = n.trim().to_string();
    }
    out.date = date
        .and_then(|d| ck.date("status_date", d))
        .map(|d| d.date_naive());
    out
}

type Date = DateTime<FixedOffset>;

/// `date` (required) and `updated`, which must not come before it.
fn dates(
    ck: &mut Checker,
    date: Option<&str>,
    updated: Option<&str>,
) -> (Option<Date>, Option<Date>) {
    let parsed = match date {
        None | Some("") => {
            ck.missing("date");
            None
        }
        Some(d) => ck.date("date", d),
    };
    let updated_at = updated.and_then(|u| ck.date("updated", u));
    if let (Some(d), Some(u)) = (parsed, updated_at) {
        if u < d {
            ck.at_value_of(
                "updated",
                "bad-date",
                format!(
                    "`updated` ({}) is before `date` ({})",
                    updated.unwrap_or(""),
                    date.unwrap_or("")
                ),
                "`updated` is when the story was last changed; remove it or fix the date".into(),
            );
        }
    }
    (parsed, updated_at)
}

fn kind(ck: &mut Checker, kind: Option<&str>) -> Kind {
    let Some(k) = kind else {
        return Kind::Story;
    };
    Kind::parse(k).unwrap_or_else(|| {
        let names = Kind::ALL.map(Kind::as_str);
        let help = match did_you_mean(k, names) {
            Some(s) => format!("did you mean `{s}`?"),
            None => format!("use one of: {}", names.join(", ")),
        };
        ck.at_value_of("kind", "bad-kind", format!("unknown kind `{k}`"), help);
        Kind::Story
    })
}

/// Each handle must name an existing member, once.
fn check_members(ck: &mut Checker, key: &str, list: &[String], handles: &BTreeSet<String>) {
    for (i, h) in list.iter().enumerate() {
        if list[..i].contains(h) {
            ck.at_value(
                key,
                h,
                "duplicate-member",
                format!("`{h}` appears twice in `{key}`"),
                "remove one".into(),
            );
        } else if !handles.contains(h) {
            let help = match did_you_mean(h, handles.iter().map(String::as_str)) {
                Some(s) => format!("did you mean `{s}`?"),
                None if crate::util::slug::is_handle(h) => format!(
                    "add a profile with `potluck new member {h} --name \"Your Name\"` (content/members/{h}.md)"
                ),
                None => "a handle is lowercase letters, digits and single hyphens".to_string(),
            };
            ck.at_value(key, h, "unknown-member", format!("no member `{h}`"), help);
        }
    }
}

/// A cover is a file inside the story's own bundle; nothing else can be read.
/// Image types a cover may be: those a bundle may hold (`render::images::media`).
const COVER_EXTS: &[&str] = &["jpg", "jpeg", "png", "webp", "svg"];

fn check_cover(ck: &mut Checker, cover: Option<&str>, bundle: Option<&Path>, root: &Path) {
    let Some(cover) = cover else { return };
    let Some(bundle) = bundle else {
        ck.at_value_of(
            "cover",
            "cover-needs-bundle",
            "`cover` needs a story bundle".into(),
            "move the story to stories/<slug>/index.md and put the image beside it".into(),
        );
        return;
    };
    let ext = cover.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    if !super::is_safe_relative(cover) {
        ck.at_value_of(
            "cover",
            "bad-cover",
            format!("`cover` must be a file inside the story's folder, found `{cover}`"),
            "write just the file name, e.g. `cover: cover.jpg`".into(),
        );
    } else if !COVER_EXTS.contains(&ext.as_str()) {
        ck.at_value_of(
            "cover",
            "bad-cover",
            format!("`cover` must be an image, found `{cover}`"),
            "use a .jpg, .jpeg, .png, .webp or .svg file".into(),
        );
    } else if !root.join(bundle).join(cover).is_file() {
        ck.at_value_of(
            "cover",
            "missing-cover",
            format!("cover image `{cover}` not found in {}", bundle.display()),
            "add the image beside index.md or fix the file name".into(),
        );
    }
}
