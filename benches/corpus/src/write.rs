//! The community as files: potluck's `content/`, or a Hugo or Zola site's.

use std::fs;
use std::io;
use std::path::Path;

use crate::model::{Member, Story};
use crate::Flavor;

const SITE_YAML: &str = "title: Trailhead Community
base_url: https://community.example.com
description: Stories from people who hike in our shoes.
language: en
theme: default
brand:
  name: Trailhead
  color: \"#0b6e4f\"
stories_per_page: 20
";
const COVER_SVG: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"60\">\
<rect width=\"120\" height=\"60\" fill=\"#0b6e4f\"/></svg>\n";
const ABOUT: &str = "---\ntitle: About\n---\nWe are a community.\n";
/// Zola lists a section only when it has an `_index.md`: stories by date, 20 a page.
const ZOLA_STORIES: &str = "+++\ntitle = \"Stories\"\nsort_by = \"date\"\npaginate_by = 20\n+++\n";

fn put(path: &Path, text: &str) -> io::Result<()> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    fs::write(path, text)
}

/// A YAML double-quoted string.
fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// A YAML flow list of plain words.
fn list<S: AsRef<str>>(xs: &[S]) -> String {
    let xs: Vec<&str> = xs.iter().map(AsRef::as_ref).collect();
    format!("[{}]", xs.join(", "))
}

/// A story as `<slug>.md`, or as a bundle `<slug>/index.md` with its cover beside it.
fn put_story(stories: &Path, s: &Story, front: &[String]) -> io::Result<()> {
    let text = format!("---\n{}\n---\n{}", front.join("\n"), s.body);
    if s.bundle {
        put(&stories.join(&s.slug).join("cover.svg"), COVER_SVG)?;
        put(&stories.join(&s.slug).join("index.md"), &text)
    } else {
        put(&stories.join(format!("{}.md", s.slug)), &text)
    }
}

fn member_front(m: &Member) -> Vec<String> {
    vec![
        format!("name: {}", quote(&m.name)),
        format!("location: {}", quote(m.location)),
        format!("links:\n  website: https://{}.example", m.handle),
        format!("interests: {}", list(&m.interests)),
        format!("role: {}", m.role),
    ]
}

fn story_front(s: &Story) -> Vec<String> {
    let mut fm = vec![
        format!("title: {}", quote(&s.title)),
        format!("authors: {}", list(&s.authors)),
        format!("date: {}", s.date),
        format!("kind: {}", s.kind),
    ];
    if !s.tags.is_empty() {
        fm.push(format!("tags: {}", list(&s.tags)));
    }
    if let Some(summary) = &s.summary {
        fm.push(format!("summary: {}", quote(summary)));
    }
    if s.featured {
        fm.push("featured: true".into());
    }
    if s.draft {
        fm.push("draft: true".into());
    }
    if !s.thanks.is_empty() {
        fm.push(format!("thanks: {}", list(&s.thanks)));
    }
    if s.bundle {
        fm.push("cover: cover.svg".into());
    }
    fm
}

/// potluck's `content/`: site.yaml, one profile per member, the stories, an about page.
pub fn potluck(content: &Path, members: &[Member], stories: &[Story]) -> io::Result<()> {
    put(&content.join("site.yaml"), SITE_YAML)?;
    for m in members {
        let text = format!("---\n{}\n---\n{}", member_front(m).join("\n"), m.bio);
        put(
            &content.join("members").join(format!("{}.md", m.handle)),
            &text,
        )?;
    }
    for s in stories {
        put_story(&content.join("stories"), s, &story_front(s))?;
    }
    put(&content.join("pages/about.md"), ABOUT)
}

/// The front matter Hugo and Zola read: the same fields, authors and tags as
/// taxonomies (top-level keys for Hugo, under `taxonomies:` for Zola).
fn peer_front(s: &Story, flavor: Flavor) -> Vec<String> {
    let mut fm = vec![
        format!("title: {}", quote(&s.title)),
        format!("date: {}", s.date),
    ];
    let mut tax = vec![format!("authors: {}", list(&s.authors))];
    if !s.tags.is_empty() {
        tax.push(format!("tags: {}", list(&s.tags)));
    }
    if flavor == Flavor::Zola {
        let nested: Vec<String> = tax.iter().map(|t| format!("  {t}")).collect();
        fm.push(format!("taxonomies:\n{}", nested.join("\n")));
    } else {
        fm.extend(tax);
    }
    if let Some(summary) = &s.summary {
        fm.push(format!("description: {}", quote(summary)));
    }
    if s.draft {
        fm.push("draft: true".into());
    }
    fm
}

/// A Hugo or Zola site's `content/`: the same stories (members are the
/// `authors` taxonomy's pages there).
pub fn peer(content: &Path, stories: &[Story], flavor: Flavor) -> io::Result<()> {
    if flavor == Flavor::Zola {
        put(&content.join("stories/_index.md"), ZOLA_STORIES)?;
    }
    for s in stories {
        put_story(&content.join("stories"), s, &peer_front(s, flavor))?;
    }
    Ok(())
}
