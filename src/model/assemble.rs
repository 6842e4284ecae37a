//! Assembles validated files into the `Site` model: sorting, indexes, defaults.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use chrono::NaiveDate;

use crate::model::config::Config;
use crate::model::{Asset, Member, Page, Site, Story, Tag};

/// Builds the site from validated parts. Drafts are dropped unless `drafts`.
pub fn assemble(
    config: Config,
    mut members: Vec<Member>,
    stories: Vec<Arc<Story>>,
    mut pages: Vec<Page>,
    mut assets: Vec<Asset>,
    drafts: bool,
) -> Site {
    let (mut stories, dropped): (Vec<_>, Vec<_>) =
        stories.into_iter().partition(|s| drafts || !s.draft);
    // A left-out draft's images must not be published either. (A set: a
    // big site has hundreds of drafts and thousands of assets.)
    let hidden: HashSet<&str> = dropped.iter().map(|s| s.slug.as_str()).collect();
    assets.retain(|a| {
        let slug =
            a.to.strip_prefix("stories/")
                .and_then(|p| p.split_once('/'));
        !slug.is_some_and(|(slug, _)| hidden.contains(slug))
    });
    stories.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.slug.cmp(&b.slug)));
    members.sort_by(|a, b| a.handle.cmp(&b.handle));
    pages.sort_by(|a, b| a.slug.cmp(&b.slug));
    // Each author's first story in one pass (stories are newest first, so
    // the last one seen is the first), not a scan of every story per member.
    let mut first: HashMap<&str, NaiveDate> = HashMap::new();
    for s in &stories {
        for a in &s.authors {
            first.insert(a, s.day());
        }
    }
    for m in &mut members {
        if m.joined.is_none() {
            m.joined = first.get(m.handle.as_str()).copied();
        }
        // Avatars are not copied as they are: `images` resizes them at build time.
    }
    assets.sort_by(|a, b| a.to.cmp(&b.to));
    let tags = tag_index(&stories, &members);
    Site::new(config, members, stories, pages, tags, assets)
}

/// Every tag used by a story, plus members' interests (so an interest always
/// links to a topic page, even before anyone writes about it).
fn tag_index(stories: &[Arc<Story>], members: &[Member]) -> Vec<Tag> {
    let mut map: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for t in members.iter().flat_map(|m| &m.interests) {
        map.entry(t).or_default();
    }
    for (i, s) in stories.iter().enumerate() {
        for t in &s.tags {
            map.entry(t).or_default().push(i);
        }
    }
    map.into_iter()
        .map(|(name, stories)| Tag {
            name: name.to_string(),
            stories,
        })
        .collect()
}
