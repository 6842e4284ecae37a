//! From a read blog to the files of a potluck site, the same for every
//! format: authors to profiles (with their pictures), posts to stories (with
//! their images in a bundle), and a note for everything not converted fully.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use super::authors::{self, Author};
use super::links::OldSite;
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
    /// The blog's authors, then every other author a post names, then the
    /// author of posts that name none (`fallback`), handles made for all.
    fn of(blog: &Blog, fallback: Option<&Author>, existing: &[String]) -> People {
        let mut authors = blog.authors.clone();
        for name in blog.posts.iter().flat_map(|p| &p.authors) {
            if find(&authors, name).is_none() {
                authors.push(Author::named(name));
            }
        }
        if let Some(a) = fallback {
            if find(&authors, &a.key).is_none() {
                authors.push(a.clone());
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

/// Who is credited with posts that name no author when `--author` is not
/// given: the blog's own author (its config's `author`), else a profile of
/// the blog itself, named after it; `None` when every post names someone.
/// A story needs an author to build, and the blog is who published it.
fn fallback_author(blog: &Blog, opts: &ImportOptions) -> Option<Author> {
    let needed = blog.posts.iter().any(|p| p.authors.is_empty());
    if !needed || opts.author.is_some() {
        return None;
    }
    if let Some(name) = &blog.site_author {
        return Some(Author::named(name));
    }
    let folder = opts.source.canonicalize().ok();
    let folder = folder.as_deref().and_then(Path::file_name);
    let name = blog
        .site_title
        .clone()
        .or_else(|| folder.map(|f| f.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "Blog".into());
    Some(Author {
        bio: Some("The blog's own profile: posts imported without an author name it.".into()),
        house: true,
        ..Author::named(&name)
    })
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
    let fallback = fallback_author(blog, opts);
    let people = People::of(blog, fallback.as_ref(), &existing);
    let credited = fallback
        .as_ref()
        .and_then(|a| people.handle(&a.key))
        .map(|h| (h.to_string(), fallback.as_ref().is_some_and(|a| a.house)));
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
    let mut taken = HashSet::new();
    let slugs: Vec<String> = blog
        .posts
        .iter()
        .map(|p| unique_slug(p, &mut taken))
        .collect();
    let mut old_site = OldSite::new(blog.site_url.as_deref());
    for (p, slug) in blog.posts.iter().zip(&slugs) {
        for url in &p.old_urls {
            old_site.add(url, &routes::story(slug));
        }
    }
    let ctx = Context {
        opts,
        blog,
        people: &people,
        credited: credited.as_ref(),
        old_site: &old_site,
    };
    for (p, slug) in blog.posts.iter().zip(&slugs) {
        story(&mut out, &ctx, p, slug);
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
    for link in &a.dropped {
        out.report.notes.push(note(format!(
            "link `{link}` left out: potluck takes http(s) addresses (and account names for github, gitlab, mastodon, bluesky); add it to the profile's `links:` by hand"
        )));
    }
    let mut avatar = None;
    if let Some(image) = &a.image {
        let file = post::local_file(image, &opts.source, &blog.static_roots, &opts.source);
        match file {
            Some(file) if Kind::of(&file).is_some_and(Kind::is_image) => {
                let ext = file
                    .extension()
                    .and_then(|e| e.to_str())
                    .unwrap_or("")
                    .to_ascii_lowercase();
                let name = format!("{handle}.{ext}");
                out.files
                    .push(copy(format!("content/members/{name}"), file));
                out.report.media += 1;
                avatar = Some(name);
            }
            file => out
                .report
                .notes
                .push(note(avatar_note(image, file.is_some(), handle))),
        }
    }
    out.files.push(Out {
        path: format!("content/members/{handle}.md").into(),
        body: OutBody::Text(authors::profile(a, avatar.as_deref())),
        post: None,
    });
    out.report.members += 1;
}

/// Why a profile picture was not brought along, and what to do.
fn avatar_note(image: &str, found: bool, handle: &str) -> String {
    let remote = image.contains("://") || image.starts_with("//");
    let why = match (remote, found) {
        (true, _) => "is on another site (import reads no network)",
        (false, true) => "is not a .jpg, .png, .webp or .svg file",
        (false, false) => "was not found in the blog",
    };
    let path = image.split(['?', '#']).next().unwrap_or(image);
    let ext = path
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .filter(|e| ["jpg", "jpeg", "png", "webp", "svg"].contains(&e.as_str()) && !e.contains('/'))
        .unwrap_or_else(|| "jpg".into());
    format!(
        "picture `{image}` {why}: save it as content/members/{handle}.{ext} and add `avatar: {handle}.{ext}`"
    )
}

fn copy(path: String, from: PathBuf) -> Out {
    Out {
        path: path.into(),
        body: OutBody::Copy(from),
        post: None,
    }
}

/// What every story of one import shares.
struct Context<'a> {
    opts: &'a ImportOptions,
    blog: &'a Blog,
    people: &'a People,
    /// The handle posts without an author get, and whether it is the
    /// blog's own profile (made by the import).
    credited: Option<&'a (String, bool)>,
    old_site: &'a OldSite,
}

/// A story, as a bundle when it has media to bring along.
fn story(out: &mut Planned, ctx: &Context, p: &Post, slug: &str) {
    let (opts, blog) = (ctx.opts, ctx.blog);
    let mut notes = p.notes.clone();
    let slug = slug.to_string();
    let (body, media) = bundle(p, blog, &opts.source, &mut notes);
    let (body, videos) = super::videos::to_links(&body);
    if videos > 0 {
        notes.push(format!("video shortcodes made watch links: {videos}"));
    }
    let (body, moved) = ctx.old_site.rewrite(&body);
    out.report.links_to_stories += moved.to_stories;
    out.report.links_to_old_site += moved.to_old_site;
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
    let handles = story_authors(ctx, p, &mut notes);
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
        post: Some(p.source.clone()),
    });
    out.report.media += media.len();
    for (name, from) in media {
        let mut file = copy(format!("content/stories/{slug}/{name}"), from);
        file.post = Some(p.source.clone());
        out.files.push(file);
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

/// The handles of a post's authors; for a post that names none, `--author`,
/// the blog's own author, or the blog's own profile (reported).
fn story_authors(ctx: &Context, p: &Post, notes: &mut Vec<String>) -> Vec<String> {
    let mut handles: Vec<String> = p
        .authors
        .iter()
        .filter_map(|a| ctx.people.handle(a))
        .map(String::from)
        .collect();
    if handles.is_empty() {
        if let Some(h) = &ctx.opts.author {
            handles.push(h.clone());
        } else if let Some((h, house)) = ctx.credited {
            handles.push(h.clone());
            if *house {
                notes.push(format!(
                    "no author: credited to `{h}`, the blog's own profile; write the writer's handle in `authors:` if you know it"
                ));
            }
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
