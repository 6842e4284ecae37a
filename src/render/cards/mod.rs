//! Social cards: the 1200x630 PNG a story, a profile or the home page shows
//! when its link is shared (`og:image`). One more output kind of the
//! pipeline: a card is a job (`Job::StoryCard`, ...), its URL comes from the
//! route table, and its key is the hash of the `SocialCard` it is drawn
//! from (`Source::Card`), so a warm build redraws only the cards whose
//! inputs changed. Drawn in parallel with every other job.

mod canvas;
mod design;
pub mod draw;
mod encode;
pub mod font;
mod glyphs;
mod layer;
mod palette;

use std::sync::Arc;

use serde::Serialize;

use super::context::names;
use super::Prepared;
use crate::incremental::fingerprint::Fp;
use crate::model::routes;
use crate::render::images::AvatarFiles;
pub use draw::{Painter, HEIGHT, WIDTH};

/// Which of the three designs a card uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Layout {
    Story,
    Profile,
    Home,
}

/// Everything a card is drawn from, and nothing else: its key is this
/// value serialized (pictures as the fingerprints of their bytes).
#[derive(Debug, Clone, Serialize)]
pub struct SocialCard {
    pub layout: Layout,
    /// The story's title, the member's name, the site's title.
    pub heading: String,
    /// The pill at the top right: the story's kind, the member's role.
    pub label: String,
    /// A profile's level, the home page's tagline.
    pub eyebrow: String,
    /// The authors' names, a profile's or the site's counts.
    pub detail: String,
    /// The authors, or the member.
    pub people: Vec<Face>,
    pub brand: Arc<Brand>,
}

/// A member as a card shows them: their picture, else initials on their colour.
#[derive(Debug, Clone, Serialize)]
pub struct Face {
    pub initials: String,
    pub hue: u32,
    pub picture: Option<Picture>,
}

/// An image drawn into a card, keyed by its bytes' fingerprint.
#[derive(Debug, Clone, Serialize)]
pub struct Picture {
    pub mime: &'static str,
    pub key: String,
    #[serde(skip)]
    pub bytes: Bytes,
}

/// A picture's bytes, shared, never copied per card: a warm build gathers
/// every card's inputs again to key it.
#[derive(Debug, Clone)]
pub enum Bytes {
    Shared(Arc<[u8]>),
    /// The `large` file of a member's avatar.
    Avatar(Arc<AvatarFiles>),
}

impl Bytes {
    pub fn get(&self) -> &[u8] {
        match self {
            Bytes::Shared(b) => b,
            Bytes::Avatar(a) => a
                .files
                .iter()
                .find(|(path, _)| *path == a.large)
                .map_or(&[][..], |(_, b)| b.as_slice()),
        }
    }
}

impl Picture {
    /// The image at output path `path` with `bytes` (whose fingerprint is
    /// `key`), if usvg can draw its format.
    pub fn new(path: &str, bytes: Bytes, key: Fp) -> Option<Picture> {
        let ext = path.rsplit('.').next()?.to_ascii_lowercase();
        let mime = match ext.as_str() {
            "png" => "image/png",
            "jpg" | "jpeg" => "image/jpeg",
            "webp" => "image/webp",
            "gif" => "image/gif",
            "svg" => "image/svg+xml",
            _ => return None,
        };
        let key = key.hex();
        Some(Picture { mime, key, bytes })
    }
}

/// The brand as every card shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Brand {
    pub name: String,
    pub color: String,
    pub logo: Option<Picture>,
}

impl Brand {
    pub fn new(p: &crate::model::Site, logo: Option<Arc<[u8]>>) -> Brand {
        let c = &p.config;
        let logo = c.brand.logo.as_deref().zip(logo).and_then(|(path, bytes)| {
            let key = crate::incremental::fingerprint::of(&*bytes);
            Picture::new(path, Bytes::Shared(bytes), key)
        });
        Brand {
            name: c.brand.name.clone(),
            color: c.brand.color.clone(),
            logo,
        }
    }
}

/// Member `m` as a card draws them; initials the font lacks become the
/// handle's first letter (handles are ASCII), never an empty box.
fn face(p: &Prepared, m: usize) -> Face {
    let r = &p.refs[m];
    let initials = if p.painter.bold.covers(&r.avatar.initials) {
        r.avatar.initials.clone()
    } else {
        r.handle.chars().take(1).collect::<String>().to_uppercase()
    };
    // The avatar's files are fingerprinted once, when they are made: a
    // warm build keys every card again and must not hash them again.
    let avatar = p.images.avatars.get(m).and_then(Option::as_ref);
    let picture = avatar.and_then(|a| Picture::new(&a.large, Bytes::Avatar(Arc::clone(a)), a.key));
    Face {
        initials,
        hue: r.avatar.hue,
        picture,
    }
}

/// Story `i`'s card.
pub fn story(p: &Prepared, i: usize) -> SocialCard {
    let s = &p.site.stories[i];
    let authors: Vec<usize> = s
        .authors
        .iter()
        .filter_map(|h| p.site.member_index(h))
        .collect();
    // Names the font cannot draw are left out (their initials still show).
    let list: Vec<&str> = authors
        .iter()
        .map(|&m| p.refs[m].name.as_str())
        .filter(|name| p.painter.regular.covers(name))
        .collect();
    SocialCard {
        layout: Layout::Story,
        heading: s.title.clone(),
        label: p.cards[i].kind_label.to_string(),
        eyebrow: String::new(),
        detail: names(&p.theme.i18n, &list),
        people: authors.iter().map(|&m| face(p, m)).collect(),
        brand: p.brand.clone(),
    }
}

/// Member `m`'s card. Its words are the site language's (the level and
/// role already are, in `refs`); a level the font cannot draw is left to
/// the picture, as names are.
pub fn member(p: &Prepared, m: usize) -> SocialCard {
    let r = &p.refs[m];
    let rec = &p.rec.members[m];
    let i18n = &p.theme.i18n;
    let level = match (r.level.as_str(), r.title.as_str()) {
        ("", "") => i18n.t("badge-member"),
        ("", title) => title.to_string(),
        (level, _) => level.to_string(),
    };
    SocialCard {
        layout: Layout::Profile,
        heading: r.name.clone(),
        label: r.title.clone(),
        eyebrow: level,
        detail: i18n.count("count-stories", rec.story_count),
        people: vec![face(p, m)],
        brand: p.brand.clone(),
    }
}

/// The home page's card.
pub fn home(p: &Prepared) -> SocialCard {
    let c = &p.site.config;
    let s = &p.rec.stats;
    let i18n = &p.theme.i18n;
    SocialCard {
        layout: Layout::Home,
        heading: c.title.clone(),
        label: i18n.t("card-community"),
        eyebrow: c.description.clone(),
        detail: format!(
            "{} · {} · {}",
            i18n.count("count-stories", s.stories),
            i18n.count("count-members", s.members),
            i18n.count("count-topics", s.topics)
        ),
        people: Vec::new(),
        brand: p.brand.clone(),
    }
}

/// The site path of story `i`'s card.
pub fn story_url(p: &Prepared, i: usize) -> String {
    routes::story_card(&p.site.stories[i].slug)
}

#[cfg(test)]
mod tests;
