//! From a read blog to the files of a potluck site, the same for every
//! format: authors to profiles (with their pictures), posts to stories (with
//! their images in a bundle), and a note for everything not converted fully.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use super::authors::{self, Author};
use super::post::{self, Post, StoryText};
use super::{Blog, ImportOptions, Note, Out, OutBody, Report};
use crate::load::aliases::normalize;
use crate::model::routes;
use crate::render::images::media::Kind;
use crate::scaffold::{member_handles, refuse, ScaffoldError};
use crate::util::slug::{slugify, story_slug};

/// The files to write and the report of what they hold.
#[derive(Default)]
pub struct Planned {
    pub files: Vec<Out>,
    pub report: Report,
}

/// Everyone who becomes a member, with their handles.
struct People {
    authors: Vec<Author>,
    handles: Vec<String>,
}

impl People {
    /// The blog's authors, then every other author a post names (or the
    /// blog's own author, for posts that name none), handles made for all.
    fn of(blog: &Blog, fallback: bool, existing: &[String]) -> People {
        let mut authors = blog.authors.clone();
        let site = blog.site_author.iter().filter(|_| fallback);
        let named = blog.posts.iter().flat_map(|p| &p.authors).chain(site);
        for name in named {
            if find(&authors, name).is_none() {
                authors.push(Author::named(name));
            }
        }
        let handles = authors::handles(&authors, existing);
        People { authors, handles }
    }

    fn handle(&self, name: &str) -> Option<&str> {
        find(&self.authors, name).map(|i| self.handles[i].as_str())
    }
}

/// The author a post's `name` refers to: by key, then by name, in any case.
fn find(authors: &[Author], name: &str) -> Option<usize> {
    let name = name.trim();
    let by = |f: fn(&Author) -> &str| authors.iter().position(|a| f(a).eq_ignore_ascii_case(name));
    by(|a| &a.key).or_else(|| by(|a| &a.name))
}

pub fn plan(blog: &Blog, opts: &ImportOptions, content: &Path) -> Result<Planned, ScaffoldError> {
    let existing = member_handles(content)?;
    if let Some(a) = &opts.author {
        if !existing.contains(a) {
            return Err(refuse(
                format!("--author {a}: no member `{a}` in this site"),
                format!("add the profile first (`potluck new member {a} --name \"...\"`) or name an existing member"),
            ));
        }
    }
    let people = People::of(blog, opts.author.is_none(), &existing);
    let mut out = Planned::default();
    for (a, handle) in people.authors.iter().zip(&people.handles) {
        if existing.contains(handle) {
            out.report.notes.push(Note {
                source: format!("author `{}`", a.key),
                what: format!(
                    "is the site's member `{handle}` (content/members/{handle}.md, left as it is)"
                ),
            });
            continue;
        }
        member(&mut out, opts, blog, a, handle);
    }
    let mut slugs = HashSet::new();
    for p in &blog.posts {
        story(&mut out, opts, blog, &people, p, &mut slugs);
    }
    for (source, why) in &blog.skipped {
        out.report.notes.push(Note {
            source: source.clone(),
            what: format!("left out: {why}"),
        });
    }
    out.report.notes.sort();
    Ok(out)
}

/// A profile, with the picture when it is a file of the blog.
fn member(out: &mut Planned, opts: &ImportOptions, blog: &Blog, a: &Author, handle: &str) {
    let note = |what: String| Note {
        source: format!("author `{}`", a.key),
        what,
    };
    let mut avatar = None;
    if let Some(image) = &a.image {
        let file = post::local_file(image, &opts.source, &blog.static_roots, &opts.source);
        match file.filter(|f| Kind::of(f).is_some_and(Kind::is_image)) {
            Some(file) => {
                let ext = file.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
                let name = format!("{handle}.{ext}");
                out.files.push(copy(format!("content/members/{name}"), file));
                out.report.media += 1;
                avatar = Some(name);
            }
            None => out.report.notes.push(note(format!(
                "picture `{image}` not brought along (import reads no network, and a profile picture is a .jpg, .png, .webp or .svg file of the blog): save it as content/members/{handle}.jpg and add `avatar: {handle}.jpg`"
            ))),
        }
    }
    out.files.push(Out {
        path: format!("content/members/{handle}.md").into(),
        body: OutBody::Text(authors::profile(a, avatar.as_deref())),
    });
    out.report.members += 1;
}

fn copy(path: String, from: PathBuf) -> Out {
    Out {
        path: path.into(),
        body: OutBody::Copy(from),
    }
}

/// A story, as a bundle when it has media to bring along.
fn story(
    out: &mut Planned,
    opts: &ImportOptions,
    blog: &Blog,
    people: &People,
    p: &Post,
    slugs: &mut HashSet<String>,
) {
    let mut notes = Vec::new();
    let slug = unique_slug(p, slugs);
    let (body, media) = bundle(p, blog, &opts.source, &mut notes);
    let (body, videos) = super::videos::to_links(&body);
    if videos > 0 {
        notes.push(format!("video shortcodes made watch links: {videos}"));
    }
    let title = p.title.clone().unwrap_or_else(|| {
        notes.push("no title: the file name was used; write a better `title:`".to_string());
        slug.replace('-', " ")
    });
    // A draft without a date (Jekyll's `_drafts`) is dated today, as `new story` does.
    let date = p
        .date
        .or_else(|| p.draft.then(|| super::source::midnight(opts.today)));
    if date.is_none() {
        notes.push("no date: write `date:` (YYYY-MM-DD) in the story".to_string());
    }
    let handles = story_authors(people, opts, blog, p, &mut notes);
    let aliases = aliases(p, &slug, &mut notes);
    let tags = tags(&p.tags);
    for (name, n) in post::markers(&body, blog_syntax(opts)) {
        *out.report.left_as_text.entry(name.clone()).or_insert(0) += n;
        notes.push(format!("left as text: {name} ×{n}"));
    }
    let text = StoryText {
        title: &post::one_line(&title),
        authors: &handles,
        date: date.as_ref(),
        updated: p.updated.as_ref(),
        tags: &tags,
        summary: p.summary.as_deref().map(post::one_line).as_deref(),
        draft: p.draft,
        aliases: &aliases,
        body: &body,
    }
    .render();
    add_story(out, p, &slug, text, media, notes);
}

/// The story's file (in a bundle with `media`, when there is any), and its notes.
fn add_story(
    out: &mut Planned,
    p: &Post,
    slug: &str,
    text: String,
    media: BTreeMap<String, PathBuf>,
    notes: Vec<String>,
) {
    let path = match media.is_empty() {
        true => format!("content/stories/{slug}.md"),
        false => format!("content/stories/{slug}/index.md"),
    };
    out.files.push(Out {
        path: path.clone().into(),
        body: OutBody::Text(text),
    });
    out.report.media += media.len();
    for (name, from) in media {
        out.files
            .push(copy(format!("content/stories/{slug}/{name}"), from));
    }
    out.report.stories += 1;
    out.report.notes.extend(notes.into_iter().map(|what| Note {
        source: p.source.clone(),
        what: format!("{what} ({path})"),
    }));
}

fn blog_syntax(opts: &ImportOptions) -> post::Syntax {
    match opts.format {
        super::Format::Hugo => post::Syntax::Hugo,
        super::Format::Jekyll => post::Syntax::Liquid,
        super::Format::Zola => post::Syntax::Zola,
        super::Format::Docusaurus => post::Syntax::Mdx,
    }
}

/// A slug no other imported story has, from the post's name or title.
fn unique_slug(p: &Post, slugs: &mut HashSet<String>) -> String {
    let mut base = story_slug(&p.slug);
    if base.is_empty() {
        base = p.title.as_deref().map(story_slug).unwrap_or_default();
    }
    if base.is_empty() {
        base = "post".into();
    }
    let mut slug = base.clone();
    let mut n = 2;
    while !slugs.insert(slug.clone()) {
        slug = format!("{base}-{n}");
        n += 1;
    }
    slug
}

/// The handles of a post's authors; for a post that names none, `--author`
/// or the blog's own author.
fn story_authors(
    people: &People,
    opts: &ImportOptions,
    blog: &Blog,
    p: &Post,
    notes: &mut Vec<String>,
) -> Vec<String> {
    let mut handles: Vec<String> = p
        .authors
        .iter()
        .filter_map(|a| people.handle(a))
        .map(String::from)
        .collect();
    if handles.is_empty() {
        let site = blog.site_author.as_deref().and_then(|s| people.handle(s));
        let fallback = opts.author.clone().or_else(|| site.map(String::from));
        match fallback {
            Some(h) => handles.push(h),
            None => notes.push(
                "no author: write `authors: [handle]`, or import again with `--author HANDLE`"
                    .into(),
            ),
        }
    }
    let mut seen = HashSet::new();
    handles.retain(|h| seen.insert(h.clone()));
    handles
}

/// The old addresses, as potluck's aliases; those potluck cannot keep are noted.
fn aliases(p: &Post, slug: &str, notes: &mut Vec<String>) -> Vec<String> {
    let own = routes::story(slug);
    let mut out: Vec<String> = Vec::new();
    for url in &p.old_urls {
        match normalize(url) {
            Ok(path) if path == own || out.contains(&path) => {}
            Ok(path) => out.push(path),
            Err((why, _)) => notes.push(format!("old address not kept: {why}")),
        }
    }
    out
}

/// Tags and categories as tag slugs, each once.
fn tags(raw: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in raw {
        let slug = slugify(&deunicode::deunicode(t));
        if !slug.is_empty() && !out.contains(&slug) {
            out.push(slug);
        }
    }
    out
}

/// The body with its local images pointing into the bundle, and the bundle's
/// files (name, source): those images and a page bundle's media files.
fn bundle(
    p: &Post,
    blog: &Blog,
    root: &Path,
    notes: &mut Vec<String>,
) -> (String, BTreeMap<String, PathBuf>) {
    let mut media: BTreeMap<String, PathBuf> = BTreeMap::new();
    let mut body = p.body.clone();
    let mut edits = Vec::new();
    for (url, range) in post::image_refs(&p.body) {
        match post::local_file(&url, &p.dir, &blog.static_roots, root) {
            Some(file) if Kind::of(&file).is_some() => {
                edits.push((range, add_media(&mut media, file)))
            }
            Some(_) => notes.push(format!(
                "`{url}` not brought along: a bundle holds {}",
                crate::render::images::media::ALLOWED
            )),
            None if !url.contains("://") && !url.starts_with("data:") => {
                notes.push(format!("image `{url}` not found in the blog"))
            }
            None => {}
        }
    }
    for (range, name) in edits.into_iter().rev() {
        body.replace_range(range, &name);
    }
    if let Some(dir) = &p.bundle {
        for file in bundle_files(dir) {
            if !media.values().any(|f| *f == file) {
                add_media(&mut media, file);
            }
        }
    }
    (body, media)
}

/// Adds `file` under a plain name (a new one if another file has it); returns the name.
fn add_media(media: &mut BTreeMap<String, PathBuf>, file: PathBuf) -> String {
    if let Some((name, _)) = media.iter().find(|(_, f)| **f == file) {
        return name.clone();
    }
    let name = post::safe_name(&file.file_name().unwrap_or_default().to_string_lossy());
    let mut candidate = name.clone();
    let mut n = 2;
    while media.contains_key(&candidate) || candidate == "index.md" {
        candidate = format!("{n}-{name}");
        n += 1;
    }
    media.insert(candidate.clone(), file);
    candidate
}

/// The media files directly in a page bundle's folder, sorted.
fn bundle_files(dir: &Path) -> Vec<PathBuf> {
    // Canonical, as `post::local_file` makes the images the text names.
    let Ok(entries) = dir.canonicalize().and_then(std::fs::read_dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .map(|e| e.path())
        .filter(|p| Kind::of(p).is_some())
        .collect();
    files.sort();
    files
}
