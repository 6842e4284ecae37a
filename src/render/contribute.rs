//! The ways in from the site itself, when site.yaml has `repository:`: the
//! /write/ and /join/ pages, the data their forms check against
//! (/contribute.json) and the edit link of every story, profile and page.
//! Without `repository:` none of it is made (`render::jobs`, `edit_url`).

use serde_json::{json, Value};
use tera::Context as TeraContext;

use super::meta::meta_only;
use super::Prepared;
use crate::i18n::Msg;
use crate::model::config::Repository;
use crate::model::{routes, Kind};
use crate::util::lookalike::{handle_char_key, handle_skeleton, LOOK_ALIKE_PAIRS};
use crate::util::starter;

/// Where stories and profiles are created, from the repository's root.
pub const STORIES_FOLDER: &str = "content/stories";
pub const MEMBERS_FOLDER: &str = "content/members";

/// The forge's editor for the file at `source` (`content/stories/a.md`,
/// from the site's root, which is the repository's); empty without
/// `repository:`, so templates show no link.
pub fn edit_url(p: &Prepared, source: &str) -> String {
    p.site
        .config
        .repository
        .as_ref()
        .map(|r| r.edit_url(source))
        .unwrap_or_default()
}

fn repository<'a>(p: &Prepared<'a>) -> Option<&'a Repository> {
    p.site.config.repository.as_ref()
}

/// What both pages show of the forge, and where the form's data and the
/// contributing page are.
fn shared(p: &Prepared, ctx: &mut TeraContext, repo: &Repository) {
    let forge = repo.forge();
    ctx.insert(
        "forge",
        &json!({
            "id": forge.as_str(), "name": forge.label(), "url": repo.web(),
            "branch": repo.branch,
        }),
    );
    ctx.insert("data_url", &p.urls.path(routes::CONTRIBUTE_JSON));
    ctx.insert("contributing_url", &contributing_url(p));
}

/// The site's contributing page, or "" when it has none.
pub fn contributing_url(p: &Prepared) -> String {
    if p.site.pages.iter().any(|pg| pg.slug == "contributing") {
        p.urls.path(&routes::page("contributing"))
    } else {
        String::new()
    }
}

/// /write/: the story form, and without JavaScript the template link.
pub fn write_page(p: &Prepared) -> TeraContext {
    let site = &p.site.config.title;
    let title = p
        .theme
        .i18n
        .msg(&Msg::new("write-page-title").str("site", site));
    let mut ctx = meta_only(p, &title, "", routes::WRITE);
    if let Some(repo) = repository(p) {
        shared(p, &mut ctx, repo);
        let template = starter::story_template(starter::EXAMPLE_TITLE, "your-handle", "YYYY-MM-DD");
        ctx.insert(
            "template_url",
            &repo.new_file_url(STORIES_FOLDER, "your-story.md", &template),
        );
        ctx.insert("folder", STORIES_FOLDER);
    }
    let kinds: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
    ctx.insert("kinds", &kinds);
    ctx
}

/// /join/: the profile form, the avatar's upload page and the template link.
pub fn join_page(p: &Prepared) -> TeraContext {
    let site = &p.site.config.title;
    let title = p
        .theme
        .i18n
        .msg(&Msg::new("join-page-title").str("site", site));
    let mut ctx = meta_only(p, &title, "", routes::JOIN);
    if let Some(repo) = repository(p) {
        shared(p, &mut ctx, repo);
        let template = starter::member_template("Your Name", "your-handle");
        ctx.insert(
            "template_url",
            &repo.new_file_url(MEMBERS_FOLDER, "your-handle.md", &template),
        );
        ctx.insert("upload_url", &repo.upload_url(MEMBERS_FOLDER));
        ctx.insert("folder", MEMBERS_FOLDER);
    }
    ctx
}

/// /contribute.json: what the forms check before leaving the page, as
/// `check` would: existing handles with their look-alike keys and names
/// (authors, co-authors, thanks, a new handle), topics and story slugs. The
/// key of a handle is made per character (`chars`, where it differs from
/// the character) and then `pairs` replaced in order: contribute.js does
/// the same to a typed handle.
pub fn data_json(p: &Prepared) -> String {
    let site = p.site;
    let members: Vec<Value> = site
        .members
        .iter()
        .map(|m| json!({"handle": m.handle, "name": m.name, "key": handle_skeleton(&m.handle)}))
        .collect();
    let chars: serde_json::Map<String, Value> = ('a'..='z')
        .chain('0'..='9')
        .chain(['-'])
        .filter_map(|c| {
            let key = handle_char_key(c);
            (key != c.to_string()).then(|| (c.to_string(), json!(key)))
        })
        .collect();
    let tags: Vec<&str> = site.tags.iter().map(|t| t.name.as_str()).collect();
    let slugs: Vec<&str> = site.stories.iter().map(|s| s.slug.as_str()).collect();
    json!({
        "members": members,
        "chars": chars,
        "pairs": LOOK_ALIKE_PAIRS,
        "tags": tags,
        "slugs": slugs,
    })
    .to_string()
}

#[cfg(test)]
mod tests {
    use crate::util::lookalike::{handle_char_key, handle_skeleton, LOOK_ALIKE_PAIRS};

    /// What contribute.js does to a typed handle, from the published table.
    fn key_like_the_page(handle: &str) -> String {
        let key: String = handle.chars().map(handle_char_key).collect();
        LOOK_ALIKE_PAIRS
            .iter()
            .fold(key, |key, (pair, one)| key.replace(pair, one))
    }

    #[test]
    fn the_join_pages_look_alike_key_of_a_handle_is_checks() {
        let handles = [
            "aiko-tanaka",
            "rnaren",
            "c1ara",
            "w0lf-vvalker",
            "vw",
            "rnm",
            "mn",
            "ben-c",
            "l1l1",
            "modern-cl0ck",
            "a",
            "wvvw",
            "c-l",
            "r-n",
            "0o0",
        ];
        for h in handles {
            assert_eq!(key_like_the_page(h), handle_skeleton(h), "{h}");
        }
    }
}
