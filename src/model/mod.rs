//! The site model: validated members, stories and pages, computed once after loading.
//!
//! Every value here has already passed validation in `load`; later stages
//! (recognition, render, write) only read it.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::incremental::fingerprint::{Fp, FpHasher, KeyedMemo};
use crate::model::config::Config;

/// A member's role, given by the brand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    #[default]
    Member,
    Champion,
    Host,
}

impl Role {
    /// The roles a host grants, which pages show as a title.
    pub const GRANTED: [Role; 2] = [Role::Host, Role::Champion];

    /// The title shown beside the member's name ("" for a member). The
    /// `champion` role reads "Ambassador": "Champion" is also the top level
    /// members earn, and José showed "Champion" twice.
    pub fn title(self) -> &'static str {
        match self {
            Role::Host => "Host",
            Role::Champion => "Ambassador",
            Role::Member => "",
        }
    }
}

/// What kind of contribution a story is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    #[default]
    Story,
    Review,
    Tip,
    Feedback,
    Event,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Story,
        Kind::Review,
        Kind::Tip,
        Kind::Feedback,
        Kind::Event,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Story => "story",
            Kind::Review => "review",
            Kind::Tip => "tip",
            Kind::Feedback => "feedback",
            Kind::Event => "event",
        }
    }

    /// The plural heading used on listings ("Reviews").
    pub fn plural(self) -> &'static str {
        match self {
            Kind::Story => "Stories",
            Kind::Review => "Reviews",
            Kind::Tip => "Tips",
            Kind::Feedback => "Feedback",
            Kind::Event => "Events",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A link on a member's profile, already checked to be safe to render.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Link {
    /// The key from front matter (`website`, `github`, ...).
    pub label: String,
    /// An absolute http(s) URL.
    pub url: String,
    /// What the link shows ("alicen", "@alice@hachyderm.io", "alice.example").
    pub text: String,
}

/// What became of a feedback story, as the brand decided (`status:`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Open,
    Heard,
    Planned,
    Done,
    Declined,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Open,
        Status::Heard,
        Status::Planned,
        Status::Done,
        Status::Declined,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Heard => "heard",
            Status::Planned => "planned",
            Status::Done => "done",
            Status::Declined => "declined",
        }
    }

    /// The heading of the status's group on the feedback board.
    pub fn label(self) -> &'static str {
        match self {
            Status::Open => "Open",
            Status::Heard => "Heard",
            Status::Planned => "Planned",
            Status::Done => "Done",
            Status::Declined => "Declined",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// The brand's word on a feedback story: `status`, `status_note`, `status_date`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FeedbackStatus {
    pub status: Status,
    /// One line, or empty.
    pub note: String,
    pub date: Option<NaiveDate>,
}

/// The story a story answers (`responds_to:`), with where the slug was
/// written, for the problems only the whole site can show (see `load::threads`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RespondsTo {
    pub slug: String,
    /// 1-based line and column of the slug in the file.
    pub line: usize,
    pub col: usize,
}

/// An old address of a story or page (`aliases:`), answered by a redirect
/// page: a site path (`/2022/02/22/old-post.html`, `/blog/old/`), already
/// checked to stay inside the site, with where it was written.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Alias {
    pub path: String,
    /// 1-based line and column of the alias in the file.
    pub line: usize,
    pub col: usize,
}

/// An award the brand gave by hand.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Award {
    pub name: String,
    pub date: NaiveDate,
    pub reason: String,
}

/// Where a piece of content came from, for error messages.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Source {
    /// Path relative to the site root, with `/` separators (`content/stories/a.md`).
    pub path: String,
    /// 1-based line of the first body line, so Markdown positions map to the file.
    pub body_line: usize,
}

#[derive(Debug, Clone, Hash, Serialize, Deserialize)]
pub struct Member {
    pub handle: String,
    pub name: String,
    /// Avatar file beside the profile, relative to the site root.
    pub avatar: Option<PathBuf>,
    pub location: Option<String>,
    pub links: Vec<Link>,
    pub interests: Vec<String>,
    /// The `joined` field, or the date of the member's first published story.
    pub joined: Option<NaiveDate>,
    pub role: Role,
    pub awards: Vec<Award>,
    /// Markdown source of the bio.
    pub bio: String,
    pub source: Source,
}

#[derive(Debug, Clone, Hash, Serialize, Deserialize)]
pub struct Story {
    pub slug: String,
    pub title: String,
    /// Member handles; the first is the lead author.
    pub authors: Vec<String>,
    pub date: DateTime<FixedOffset>,
    pub updated: Option<DateTime<FixedOffset>>,
    pub kind: Kind,
    pub tags: Vec<String>,
    /// The front-matter summary, or plain text of the first paragraph.
    pub summary: String,
    /// Cover image file name inside the bundle.
    pub cover: Option<String>,
    pub featured: bool,
    pub thanks: Vec<String>,
    pub draft: bool,
    /// The story this one answers.
    pub responds_to: Option<RespondsTo>,
    /// The brand's word on it (feedback stories only; `Open` otherwise).
    pub status: FeedbackStatus,
    /// Old addresses that redirect here.
    pub aliases: Vec<Alias>,
    /// The story's language (`lang:`) when it is not the site's.
    pub lang: Option<String>,
    /// Markdown source of the body.
    pub body: Body,
    /// The bundle folder (relative to the site root) for bundles.
    pub bundle: Option<PathBuf>,
    pub source: Source,
    /// The key of the story's HTML, by `render`'s Markdown environment.
    #[serde(skip)]
    pub md_key: KeyedMemo,
}

impl Story {
    pub fn day(&self) -> NaiveDate {
        self.date.date_naive()
    }

    /// A fingerprint of what places the story in the site: what orders the
    /// stories (date, slug), indexes them (authors, kind, tags) or leaves
    /// them out (draft), and where its file is. A story whose other front
    /// matter changed (title, summary, cover, ...) keeps its place.
    pub fn place_fp(&self) -> Fp {
        // Every field is named, so a new one cannot be left out unseen:
        // `_` marks what does not place a story.
        let Story {
            slug,
            title: _,
            authors,
            date,
            updated: _,
            kind,
            tags,
            summary: _,
            cover: _,
            featured: _,
            thanks: _,
            draft,
            responds_to,
            status: _,
            aliases: _,
            lang: _,
            body: _,
            bundle,
            source,
            md_key: _,
        } = self;
        let mut h = FpHasher::new();
        h.add(slug).add(date).add(authors);
        h.add(kind).add(tags).add(draft);
        h.add(bundle).add(&source.path);
        // Threads are indexes too: who answers whom is read site-wide.
        h.add(&responds_to.as_ref().map(|r| &r.slug));
        h.fp()
    }

    /// A fingerprint of what recognition reads of the story: its place,
    /// title (the first-story badge names it), thanks and feedback status
    /// (the statistics count it); not its summary,
    /// cover, `featured` or `updated`, so editing those keeps recognition.
    pub fn recognition_fp(&self) -> Fp {
        // Named field by field like `place_fp`: `_` is what `place_fp`
        // already covers, or what src/recognition never reads.
        let Story {
            slug: _,
            title,
            authors: _,
            date: _,
            updated: _,
            kind: _,
            tags: _,
            summary: _,
            cover: _,
            featured: _,
            thanks,
            draft: _,
            responds_to: _,
            status,
            aliases: _,
            lang: _,
            body: _,
            bundle: _,
            source: _,
            md_key: _,
        } = self;
        let mut h = FpHasher::new();
        h.add(&self.place_fp()).add(title).add(thanks).add(status);
        h.fp()
    }

    /// Drops the keys kept of the text (a story about to get other text;
    /// a clone starts without them anyway).
    pub fn forget_text_keys(&mut self) {
        self.md_key = KeyedMemo::default();
    }
}

#[derive(Debug, Clone, Hash, Serialize, Deserialize)]
pub struct Page {
    pub slug: String,
    pub title: String,
    pub summary: Option<String>,
    /// Old addresses that redirect here.
    pub aliases: Vec<Alias>,
    pub body: String,
    pub source: Source,
}

/// A file copied to the output as is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asset {
    /// Absolute or root-relative path to read from.
    pub from: PathBuf,
    /// Output path relative to the output root, `/` separated.
    pub to: String,
}

/// A topic: a tag and the stories that carry it (indices into `Site::stories`).
#[derive(Debug, Clone)]
pub struct Tag {
    pub name: String,
    pub stories: Vec<usize>,
}

/// The whole validated site.
#[derive(Debug, Clone)]
pub struct Site {
    pub config: Config,
    /// Sorted by handle.
    pub members: Vec<Member>,
    /// Published stories (drafts only with `--drafts`), newest first, ties by
    /// slug; shared with the parse cache, so a rebuild copies no story.
    pub stories: Vec<Arc<Story>>,
    /// Sorted by slug.
    pub pages: Vec<Page>,
    /// Sorted by name.
    pub tags: Vec<Tag>,
    /// Static files and bundle assets, sorted by output path (avatars: see `images`).
    pub assets: Vec<Asset>,
    /// What later stages would otherwise find with a pass over every story
    /// (on a big site each pass costs milliseconds, most of them waiting
    /// for memory), made once per site; see `Derived`.
    derived: Derived,
}

/// Indexes and fingerprints of a site, made with it. A `serve` rebuild that
/// only swaps stories of the same front matter keeps them as they are.
#[derive(Debug, Clone)]
struct Derived {
    /// Member index by handle.
    member_ix: HashMap<String, usize>,
    /// The stories each member wrote or co-wrote, newest first.
    by_member: Vec<Vec<usize>>,
    /// The stories of each kind, in `Kind::ALL` order, newest first.
    by_kind: Vec<Vec<usize>>,
    /// Each story's `Story::recognition_fp`, parallel to `stories`.
    recs: Vec<Fp>,
    /// The story each story answers, when it is published.
    answers_to: Vec<Option<usize>>,
    /// The answers to each story, oldest first.
    answers: Vec<Vec<usize>>,
    /// What recognition is computed from: `base` and `recs`.
    recognition_key: Fp,
    /// The configuration, members and pages.
    base: Fp,
}

impl Derived {
    fn of(config: &Config, members: &[Member], stories: &[Arc<Story>], pages: &[Page]) -> Self {
        use rayon::prelude::*;
        let member_ix: HashMap<String, usize> = members
            .iter()
            .enumerate()
            .map(|(i, m)| (m.handle.clone(), i))
            .collect();
        let mut by_member = vec![Vec::new(); members.len()];
        let mut by_kind = vec![Vec::new(); Kind::ALL.len()];
        for (i, s) in stories.iter().enumerate() {
            for m in s.authors.iter().filter_map(|a| member_ix.get(a)) {
                if by_member[*m].last() != Some(&i) {
                    by_member[*m].push(i);
                }
            }
            by_kind[s.kind as usize].push(i);
        }
        let base = FpHasher::new()
            .add(&format!("{config:?}"))
            .add(members)
            .add(pages)
            .fp();
        let recs: Vec<Fp> = stories.par_iter().map(|s| s.recognition_fp()).collect();
        let (answers_to, answers) = threads(stories);
        Derived {
            answers_to,
            answers,
            member_ix,
            recognition_key: FpHasher::new().add(&base).add(&recs).fp(),
            recs,
            by_member,
            by_kind,
            base,
        }
    }
}

/// Who answers whom, by index: a story's answers oldest first. An answer to
/// a story that is not published (a draft left out) answers nothing here.
fn threads(stories: &[Arc<Story>]) -> (Vec<Option<usize>>, Vec<Vec<usize>>) {
    let by_slug: HashMap<&str, usize> = stories
        .iter()
        .enumerate()
        .map(|(i, s)| (s.slug.as_str(), i))
        .collect();
    let answers_to: Vec<Option<usize>> = stories
        .iter()
        .map(|s| {
            let r = s.responds_to.as_ref()?;
            by_slug.get(r.slug.as_str()).copied()
        })
        .collect();
    let mut answers = vec![Vec::new(); stories.len()];
    // Stories are newest first: walking back lists answers oldest first.
    for (i, to) in answers_to.iter().enumerate().rev() {
        if let Some(t) = to {
            answers[*t].push(i);
        }
    }
    (answers_to, answers)
}

impl Site {
    /// The site from its parts, `members` sorted by handle and `stories`
    /// newest first.
    pub fn new(
        config: Config,
        members: Vec<Member>,
        stories: Vec<Arc<Story>>,
        pages: Vec<Page>,
        tags: Vec<Tag>,
        assets: Vec<Asset>,
    ) -> Site {
        let derived = Derived::of(&config, &members, &stories, &pages);
        Site {
            config,
            members,
            stories,
            pages,
            tags,
            assets,
            derived,
        }
    }

    /// Puts `story` in place of the story at `pos`, which has the same
    /// place in the site (`Story::place_fp`: no order or index changes);
    /// false, and nothing done, if not.
    pub fn swap_story(&mut self, pos: usize, story: Arc<Story>) -> bool {
        let Some(old) = self.stories.get(pos) else {
            return false;
        };
        if old.place_fp() != story.place_fp() {
            return false;
        }
        let d = &mut self.derived;
        let rec = story.recognition_fp();
        if d.recs[pos] != rec {
            d.recs[pos] = rec;
            d.recognition_key = FpHasher::new().add(&d.base).add(&d.recs).fp();
        }
        self.stories[pos] = story;
        true
    }

    /// Index of a member by handle.
    pub fn member_index(&self, handle: &str) -> Option<usize> {
        self.derived.member_ix.get(handle).copied()
    }

    /// Indices of the stories member `m` wrote or co-wrote, newest first.
    pub fn stories_by(&self, m: usize) -> &[usize] {
        &self.derived.by_member[m]
    }

    /// Indices of the stories of kind `k`, newest first.
    pub fn stories_of_kind(&self, k: Kind) -> &[usize] {
        &self.derived.by_kind[k as usize]
    }

    /// The story that story `i` answers, when it is published.
    pub fn answers_to(&self, i: usize) -> Option<usize> {
        self.derived.answers_to[i]
    }

    /// The answers to story `i`, oldest first.
    pub fn answers(&self, i: usize) -> &[usize] {
        &self.derived.answers[i]
    }

    /// Whether story `i` was written by a host: the brand's answer.
    pub fn by_host(&self, i: usize) -> bool {
        self.stories[i]
            .authors
            .iter()
            .any(|a| self.member(a).is_some_and(|m| m.role == Role::Host))
    }

    /// A fingerprint of what recognition is computed from: site.yaml, the
    /// members, the pages and each story's `Story::recognition_fp`.
    pub fn recognition_key(&self) -> Fp {
        self.derived.recognition_key
    }

    pub fn member(&self, handle: &str) -> Option<&Member> {
        self.member_index(handle).map(|i| &self.members[i])
    }
}

mod assemble;
mod body;
pub mod config;
pub mod forge;
pub mod routes;
mod today;
pub use assemble::assemble;
pub use body::Body;
pub use today::Today;
