//! Every kind of change a contributor or host makes to a site, as a random
//! edit of the files on disk: each returns the paths a file watcher reports
//! for it (relative to the site's root), for serve's rebuild.

use std::fs;
use std::path::{Path, PathBuf};

use super::text::{flow, Doc, Rng};

/// The site being edited and the random source.
pub struct Ctx<'a> {
    pub root: &'a Path,
    pub rng: Rng,
    /// Counts edits: new names and marker texts are unique.
    pub n: usize,
}

/// A story on disk: its slug and its Markdown file.
struct StoryFile {
    slug: String,
    md: String,
    bundle: bool,
}

const TAGS: &[&str] = &[
    "gear",
    "hiking",
    "repair",
    "resoling",
    "winter",
    "trail-running",
    "ultras",
    "sustainability",
    "events",
    "photography",
];
const KINDS: &[&str] = &["story", "review", "tip", "feedback", "event"];
const NAMES: &[&str] = &[
    "Ada Moss",
    "Bea Quist",
    "Cyrus Vane",
    "Dina Haas",
    "Emeka Obi",
    "Fatou Sy",
    "Gus Tamm",
    "Hana Ito",
];
const TEMPLATES: &[&str] = &[
    "story.html",
    "tag.html",
    "member.html",
    "index.html",
    "kind.html",
    "stories.html",
    "members.html",
    "tags.html",
    "page.html",
    "leaderboard.html",
    "stats.html",
];

/// A kind of edit: its name and what it does.
pub type Edit = (&'static str, fn(&mut Ctx) -> Vec<String>);

/// Every kind of edit the test draws from.
pub const EDITS: &[Edit] = &[
    ("story text", story_text),
    ("title", title),
    ("date", date),
    ("tags", tags),
    ("kind", kind),
    ("authors", authors),
    ("thanks", thanks),
    ("featured", featured),
    ("draft", draft),
    ("summary", summary),
    ("aliases", aliases),
    ("mentions", mentions),
    ("rename", rename),
    ("delete", delete),
    ("new story", new_story),
    ("new member", new_member),
    ("member name", member_name),
    ("interests", interests),
    ("awards", awards),
    ("role", role),
    ("avatar", avatar),
    ("site.yaml fields", site_fields),
    ("levels", levels),
    ("template override", template),
    ("static file", static_file),
];

impl Ctx<'_> {
    fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    fn stories(&self) -> Vec<StoryFile> {
        let dir = self.path("content/stories");
        let mut out: Vec<StoryFile> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap())
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                if e.file_type().unwrap().is_dir() {
                    Some(StoryFile {
                        md: format!("content/stories/{name}/index.md"),
                        slug: name,
                        bundle: true,
                    })
                } else {
                    name.strip_suffix(".md").map(|slug| StoryFile {
                        slug: slug.to_string(),
                        md: format!("content/stories/{name}"),
                        bundle: false,
                    })
                }
            })
            .collect();
        out.sort_by(|a, b| a.slug.cmp(&b.slug));
        out
    }

    fn members(&self) -> Vec<String> {
        let mut out: Vec<String> = fs::read_dir(self.path("content/members"))
            .unwrap()
            .filter_map(|e| {
                let name = e.unwrap().file_name().to_string_lossy().into_owned();
                name.strip_suffix(".md").map(String::from)
            })
            .collect();
        out.sort();
        out
    }

    fn member_md(&self, handle: &str) -> String {
        format!("content/members/{handle}.md")
    }

    /// A random story's Markdown file, edited by `f`.
    fn edit_story(&mut self, f: impl FnOnce(&mut Doc, &mut Rng, usize)) -> Vec<String> {
        let stories = self.stories();
        let md = self.rng.pick(&stories).md.clone();
        self.edit_doc(&md, f)
    }

    /// A random member's profile, edited by `f`.
    fn edit_member(&mut self, f: impl FnOnce(&mut Doc, &mut Rng, usize)) -> Vec<String> {
        let members = self.members();
        let i = self.rng.below(members.len());
        let md = self.member_md(&members[i]);
        self.edit_doc(&md, f)
    }

    fn edit_doc(&mut self, rel: &str, f: impl FnOnce(&mut Doc, &mut Rng, usize)) -> Vec<String> {
        let path = self.path(rel);
        let mut doc = Doc::read(&path);
        f(&mut doc, &mut self.rng, self.n);
        doc.write(&path);
        vec![rel.to_string()]
    }

    fn tags(&mut self, k: usize) -> String {
        let mut tags: Vec<String> = self
            .rng
            .some(&TAGS.iter().map(|t| t.to_string()).collect::<Vec<_>>(), k);
        // Now and then a topic no story had: a new topic page.
        if self.rng.one_in(5) {
            tags.push(format!("topic-{}", self.n));
        }
        flow(&tags)
    }
}

fn story_text(c: &mut Ctx) -> Vec<String> {
    c.edit_story(|d, rng, n| {
        if rng.one_in(2) || !d.body.contains("\n\n") {
            d.body
                .push_str(&format!("\nAnother paragraph, number {n}.\n"));
        } else {
            // A new first paragraph: the summary and the reading time move.
            d.body = d
                .body
                .replacen("\n\n", &format!("\n\nA new first paragraph ({n}).\n\n"), 1);
        }
    })
}

fn title(c: &mut Ctx) -> Vec<String> {
    c.edit_story(|d, _, n| d.set("title", &format!("\"A retitled story, take {n}\"")))
}

fn date(c: &mut Ctx) -> Vec<String> {
    c.edit_story(|d, rng, _| {
        // `updated` may not be before the date.
        d.remove("updated");
        d.set("date", &rng.date());
    })
}

fn tags(c: &mut Ctx) -> Vec<String> {
    let stories = c.stories();
    let md = c.rng.pick(&stories).md.clone();
    let mut doc = Doc::read(&c.path(&md));
    let mut now = doc.list("tags");
    match c.rng.below(3) {
        // The stale topic page of issue 22: a tag removed.
        0 if now.len() > 1 => {
            let i = c.rng.below(now.len());
            now.remove(i);
            doc.set("tags", &flow(&now));
        }
        1 => {
            // Not one it has: a repeated tag is a content error (`dedup`
            // only dropped a repeat next to its twin; seed 7 added one apart).
            let tag = c.rng.pick(TAGS).to_string();
            if !now.contains(&tag) {
                now.push(tag);
            }
            doc.set("tags", &flow(&now));
        }
        _ => {
            let k = 1 + c.rng.below(3);
            let tags = c.tags(k);
            doc.set("tags", &tags);
        }
    }
    doc.write(&c.path(&md));
    vec![md]
}

fn kind(c: &mut Ctx) -> Vec<String> {
    c.edit_story(|d, rng, _| d.set("kind", KINDS[rng.below(KINDS.len())]))
}

fn authors(c: &mut Ctx) -> Vec<String> {
    let members = c.members();
    let k = 1 + c.rng.below(2);
    let authors = c.rng.some(&members, k);
    c.edit_story(|d, _, _| {
        // Nobody thanks themselves.
        let thanks: Vec<String> = d
            .list("thanks")
            .into_iter()
            .filter(|t| !authors.contains(t))
            .collect();
        d.remove("thanks");
        if !thanks.is_empty() {
            d.set("thanks", &flow(&thanks));
        }
        d.set("authors", &flow(&authors));
    })
}

fn thanks(c: &mut Ctx) -> Vec<String> {
    let members = c.members();
    c.edit_story(|d, rng, _| {
        let authors = d.list("authors");
        let others: Vec<String> = members
            .iter()
            .filter(|m| !authors.contains(m))
            .cloned()
            .collect();
        let k = rng.below(3);
        let thanks = rng.some(&others, k);
        if thanks.is_empty() {
            d.remove("thanks");
        } else {
            d.set("thanks", &flow(&thanks));
        }
    })
}

fn featured(c: &mut Ctx) -> Vec<String> {
    c.edit_story(|d, _, _| match d.has("featured") {
        true => d.remove("featured"),
        false => d.set("featured", "true"),
    })
}

fn draft(c: &mut Ctx) -> Vec<String> {
    c.edit_story(|d, _, _| match d.has("draft") {
        true => d.remove("draft"),
        false => d.set("draft", "true"),
    })
}

fn summary(c: &mut Ctx) -> Vec<String> {
    c.edit_story(|d, rng, n| match d.has("summary") && rng.one_in(2) {
        true => d.remove("summary"),
        false => d.set("summary", &format!("\"A summary written by hand ({n}).\"")),
    })
}

/// Old addresses: new ones (a folder, an `.html` file) on a story or the
/// about page, all of a story's moved to another story (the redirect pages
/// now point elsewhere), or removed (the redirect pages go).
fn aliases(c: &mut Ctx) -> Vec<String> {
    let stories = c.stories();
    let with: Vec<&StoryFile> = stories
        .iter()
        .filter(|s| fs::read_to_string(c.path(&s.md)).is_ok_and(|t| t.contains("\naliases:")))
        .collect();
    let fresh = format!("[/old/{n}/, /2021/01/{n}/moved.html]", n = c.n);
    match c.rng.below(4) {
        0 if !with.is_empty() => {
            let from = c.rng.pick(&with).md.clone();
            let to = c.rng.pick(&stories).md.clone();
            let mut doc = Doc::read(&c.path(&from));
            let moved = flow(&doc.list("aliases"));
            doc.remove("aliases");
            doc.write(&c.path(&from));
            let mut doc = Doc::read(&c.path(&to));
            doc.set("aliases", &moved);
            doc.write(&c.path(&to));
            vec![from, to]
        }
        1 if !with.is_empty() => {
            let md = c.rng.pick(&with).md.clone();
            c.edit_doc(&md, |d, _, _| d.remove("aliases"))
        }
        2 if c.path("content/pages/about.md").is_file() => {
            c.edit_doc("content/pages/about.md", |d, _, _| d.set("aliases", &fresh))
        }
        _ => c.edit_story(|d, _, _| d.set("aliases", &fresh)),
    }
}

fn mentions(c: &mut Ctx) -> Vec<String> {
    let mut handles = c.members();
    // A handle nobody has stays text.
    handles.push("nobody-here".into());
    let who = c.rng.pick(&handles).clone();
    c.edit_story(|d, _, _| {
        d.body
            .push_str(&format!("\nSaid hello to @{who} on the way.\n"))
    })
}

fn rename(c: &mut Ctx) -> Vec<String> {
    let stories = c.stories();
    let s = c.rng.pick(&stories);
    let to = format!("renamed-{}", c.n);
    let (from, to) = match s.bundle {
        true => (
            format!("content/stories/{}", s.slug),
            format!("content/stories/{to}"),
        ),
        false => (s.md.clone(), format!("content/stories/{to}.md")),
    };
    fs::rename(c.path(&from), c.path(&to)).unwrap();
    vec![from, to]
}

fn delete(c: &mut Ctx) -> Vec<String> {
    let stories = c.stories();
    let s = c.rng.pick(&stories);
    if s.bundle {
        let dir = format!("content/stories/{}", s.slug);
        fs::remove_dir_all(c.path(&dir)).unwrap();
        vec![dir]
    } else {
        fs::remove_file(c.path(&s.md)).unwrap();
        vec![s.md.clone()]
    }
}

fn new_story(c: &mut Ctx) -> Vec<String> {
    let members = c.members();
    let k = 1 + c.rng.below(2);
    let authors = flow(&c.rng.some(&members, k));
    let k = 1 + c.rng.below(3);
    let tags = c.tags(k);
    let (kind, date, n) = (c.rng.pick(KINDS).to_string(), c.rng.date(), c.n);
    let bundle = c.rng.one_in(3);
    let cover = if bundle { "cover: cover.svg\n" } else { "" };
    let text = format!(
        "---\ntitle: \"New story {n}\"\nauthors: {authors}\ndate: {date}\nkind: {kind}\ntags: {tags}\n{cover}---\nA new story, the {n}th edit.\n\nIts second paragraph.\n"
    );
    if bundle {
        let dir = format!("content/stories/new-story-{n}");
        fs::create_dir_all(c.path(&dir)).unwrap();
        fs::write(c.path(&format!("{dir}/index.md")), text).unwrap();
        fs::write(c.path(&format!("{dir}/cover.svg")), svg(n)).unwrap();
        vec![dir]
    } else {
        let md = format!("content/stories/new-story-{n}.md");
        fs::write(c.path(&md), text).unwrap();
        vec![md]
    }
}

fn new_member(c: &mut Ctx) -> Vec<String> {
    let handle = format!("guest-{}", c.n);
    let k = c.rng.below(3);
    let interests = c.tags(k);
    let name = c.rng.pick(NAMES);
    let md = c.member_md(&handle);
    let text = format!("---\nname: {name}\ninterests: {interests}\n---\nNew here.\n");
    fs::write(c.path(&md), text).unwrap();
    let mut reported = vec![md];
    // Now and then with a first story.
    if c.rng.one_in(2) {
        let story = format!("content/stories/first-of-{handle}.md");
        let date = c.rng.date();
        let text = format!(
            "---\ntitle: Hello from {name}\nauthors: [{handle}]\ndate: {date}\ntags: [gear]\n---\nHello.\n"
        );
        fs::write(c.path(&story), text).unwrap();
        reported.push(story);
    }
    reported
}

fn member_name(c: &mut Ctx) -> Vec<String> {
    c.edit_member(|d, rng, _| d.set("name", NAMES[rng.below(NAMES.len())]))
}

fn interests(c: &mut Ctx) -> Vec<String> {
    let k = c.rng.below(4);
    let tags = c.tags(k);
    c.edit_member(|d, _, _| match tags.as_str() {
        "[]" => d.remove("interests"),
        _ => d.set("interests", &tags),
    })
}

fn awards(c: &mut Ctx) -> Vec<String> {
    c.edit_member(|d, rng, n| match d.has("awards") && rng.one_in(2) {
        true => d.remove("awards"),
        false => d.set(
            "awards",
            &format!(
                "\n  - name: Award {n}\n    date: {}\n    reason: For edit {n}.",
                rng.date()
            ),
        ),
    })
}

fn role(c: &mut Ctx) -> Vec<String> {
    c.edit_member(|d, rng, _| match rng.below(3) {
        0 => d.remove("role"),
        1 => d.set("role", "host"),
        _ => d.set("role", "champion"),
    })
}

fn avatar(c: &mut Ctx) -> Vec<String> {
    let members = c.members();
    let handle = c.rng.pick(&members).clone();
    let md = c.member_md(&handle);
    let mut doc = Doc::read(&c.path(&md));
    let pngs = pngs(c.root);
    match c.rng.below(3) {
        // Another picture under the same name, or a new SVG.
        0 => {
            let file = format!("content/members/{handle}.png");
            let from = c.rng.pick(&pngs).clone();
            if from != c.path(&file) {
                fs::copy(&from, c.path(&file)).unwrap();
            }
            doc.set("avatar", &format!("{handle}.png"));
            doc.write(&c.path(&md));
            vec![file, md]
        }
        1 => {
            doc.remove("avatar");
            doc.write(&c.path(&md));
            vec![md]
        }
        _ => {
            let file = format!("content/members/{handle}.svg");
            fs::write(c.path(&file), svg(c.n)).unwrap();
            doc.set("avatar", &format!("{handle}.svg"));
            doc.write(&c.path(&md));
            vec![file, md]
        }
    }
}

/// The PNG avatars of the site, or else the example site's.
fn pngs(root: &Path) -> Vec<PathBuf> {
    let of = |dir: PathBuf| {
        let mut out: Vec<PathBuf> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "png"))
            .collect();
        out.sort();
        out
    };
    let own = of(root.join("content/members"));
    match own.is_empty() {
        true => of(crate::support::repo().join("content/members")),
        false => own,
    }
}

fn svg(n: usize) -> String {
    let (w, h) = (200 + n % 7 * 10, 120 + n % 5 * 10);
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}"><rect width="{w}" height="{h}" fill="#{:06x}"/></svg>"##,
        n * 0x1f3d5b % 0xffffff
    )
}

fn site_fields(c: &mut Ctx) -> Vec<String> {
    let site = "content/site.yaml";
    let path = c.path(site);
    let text = fs::read_to_string(&path).unwrap();
    // site.yaml is front matter without a body.
    let mut doc = Doc::read_yaml(&text);
    let n = c.n;
    match c.rng.below(4) {
        0 => doc.set("title", &format!("\"Community {n}\"")),
        1 => doc.set("description", &format!("\"Described anew ({n}).\"")),
        2 => doc.set("stories_per_page", &(3 + c.rng.below(10)).to_string()),
        _ => {
            let color = format!("  color: \"#{:06x}\"", c.rng.next() % 0xffffff);
            doc.replace_line("  color:", &color);
        }
    }
    fs::write(&path, doc.yaml()).unwrap();
    vec![site.into()]
}

fn levels(c: &mut Ctx) -> Vec<String> {
    let site = "content/site.yaml";
    let path = c.path(site);
    let mut doc = Doc::read_yaml(&fs::read_to_string(&path).unwrap());
    let (a, b) = (2 + c.rng.below(3), 5 + c.rng.below(5));
    let levels = format!(
        "\n  levels:\n    - {{ name: Newcomer, stories: 1 }}\n    - {{ name: Regular, stories: {a} }}\n    - {{ name: Pillar {}, stories: {b} }}",
        c.n
    );
    doc.set("recognition", &levels);
    fs::write(&path, doc.yaml()).unwrap();
    vec![site.into()]
}

fn template(c: &mut Ctx) -> Vec<String> {
    let name = c.rng.pick(TEMPLATES);
    let rel = format!("templates/{name}");
    let path = c.path(&rel);
    let mut reported = Vec::new();
    if path.exists() && c.rng.one_in(2) {
        fs::remove_file(&path).unwrap();
    } else {
        if !c.path("templates").exists() {
            fs::create_dir_all(c.path("templates")).unwrap();
            reported.push("templates".into());
        }
        let theme = crate::support::repo()
            .join("themes/default/templates")
            .join(name);
        let text = fs::read_to_string(theme).unwrap();
        let marker = format!(
            "{{% block content %}}<p class=override>Override {}</p>",
            c.n
        );
        fs::write(&path, text.replacen("{% block content %}", &marker, 1)).unwrap();
    }
    reported.push(rel);
    reported
}

fn static_file(c: &mut Ctx) -> Vec<String> {
    let dir = "content/static";
    let mut reported = Vec::new();
    if !c.path(dir).exists() {
        fs::create_dir_all(c.path(dir)).unwrap();
        reported.push(dir.to_string());
    }
    let mut present: Vec<String> = fs::read_dir(c.path(dir))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("extra-"))
        .collect();
    present.sort();
    let rel = match c.rng.below(3) {
        0 if !present.is_empty() => {
            let rel = format!("{dir}/{}", c.rng.pick(&present));
            fs::remove_file(c.path(&rel)).unwrap();
            rel
        }
        1 if !present.is_empty() => {
            let rel = format!("{dir}/{}", c.rng.pick(&present));
            fs::write(c.path(&rel), format!("changed at edit {}\n", c.n)).unwrap();
            rel
        }
        _ => {
            let rel = format!("{dir}/extra-{}.txt", c.n);
            fs::write(c.path(&rel), format!("added at edit {}\n", c.n)).unwrap();
            rel
        }
    };
    reported.push(rel);
    reported
}
