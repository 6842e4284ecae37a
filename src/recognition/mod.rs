//! Recognition: levels, badges, co-authors, members to meet, leaderboard and stats,
//! computed once from the validated model.
//!
//! Everything here is a pure function of the `Site`: no clock, no hash-map
//! iteration order, so two builds of the same content give the same pages.

mod badges;
mod context;
pub mod feedback;
mod leaderboard;
mod meet;
mod stats;
#[cfg(test)]
pub(crate) mod testkit;

use chrono::NaiveDate;

use crate::i18n::{Arg, Msg};
use crate::model::config::Level;
use crate::model::{Kind, Site, Today};

use crate::util::words::{and_list, count as count_of};
use context::Ctx;

/// The built-in badges' ids, in the contract's (and the profile's) order.
pub const BADGE_IDS: [&str; 7] = [
    "first-story",
    "co-creator",
    "connector",
    "critic",
    "thanked",
    "early-member",
    "streak",
];

/// A built-in badge earned by a member.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Badge {
    /// `first-story`, `co-creator`, `connector`, `critic`, `thanked`, `early-member`, `streak`.
    pub id: &'static str,
    /// Display name ("First story").
    pub name: &'static str,
    /// One line saying why ("co-created 4 stories with 3 members"), in
    /// English: for the command line and the check summary.
    pub reason: String,
    /// The same, for the catalogue: pages say it in the site's language.
    pub why: Msg,
}

/// Another member suggested to meet, with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meet {
    /// Index into `Site::members`.
    pub member: usize,
    /// "both write about trail-running and repair".
    pub reason: String,
    /// The same, for the catalogue.
    pub why: Msg,
}

/// Everything computed about one member. Parallel to `Site::members`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MemberRecognition {
    /// Published stories authored or co-authored.
    pub story_count: usize,
    /// Index into `config.recognition.levels` of the highest level reached.
    pub level: Option<usize>,
    /// Index of the next level and how many more stories it needs.
    pub next_level: Option<(usize, usize)>,
    pub badges: Vec<Badge>,
    /// Co-authors (member indices): most shared stories first, then by handle.
    pub coauthors: Vec<usize>,
    /// Members who thanked this one (authors of stories whose `thanks` name it), by handle.
    pub thanked_by: Vec<usize>,
    /// Number of stories whose `thanks` name this member.
    pub thanked_count: usize,
    /// Up to 5 members to meet, best first.
    pub to_meet: Vec<Meet>,
    /// Index into `Site::stories` of the member's first story as lead author.
    pub first_story: Option<usize>,
    /// Stories (authored or co-authored) in the 12 months up to the newest story's date.
    pub recent_count: usize,
    /// The join date: `joined`, else the first story's date.
    pub joined: Option<NaiveDate>,
}

/// A leaderboard row: a member index and the figure it is ranked by.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Entry {
    pub member: usize,
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Hash)]
pub struct Leaderboard {
    /// Hosts, by handle: listed apart, never ranked.
    pub hosts: Vec<usize>,
    /// For each level, highest first: (level index, non-host members at that level).
    /// Every configured level is listed, so a page can say "nobody yet".
    pub levels: Vec<(usize, Vec<Entry>)>,
    /// Non-hosts by stories in the last 12 months (top 10).
    pub top_year: Vec<Entry>,
    /// Non-hosts by all stories (top 10).
    pub top_all: Vec<Entry>,
    /// Non-hosts by times thanked (top 10, only > 0). Hosts are the brand, not contestants.
    pub most_thanked: Vec<Entry>,
    /// Newest non-host members by join date (top 10); count is 0.
    pub newest: Vec<Entry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Stats {
    pub members: usize,
    pub stories: usize,
    pub topics: usize,
    /// Stories in the calendar month of the newest story.
    pub new_this_month: usize,
    /// ("YYYY-MM", stories) for every month from the first story to the newest, gaps as 0.
    pub per_month: Vec<(String, usize)>,
    /// ("YYYY-MM", members joined up to and including that month), same months.
    pub cumulative_members: Vec<(String, usize)>,
    /// Every kind with its count, in `Kind::ALL` order.
    pub by_kind: Vec<(Kind, usize)>,
    /// Top 10 tags by story count, ties by name.
    pub top_topics: Vec<(String, usize)>,
}

/// All recognition for a site.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Recognition {
    /// Parallel to `Site::members`.
    pub members: Vec<MemberRecognition>,
    /// Parallel to `Site::stories`: the story is its lead author's first
    /// (a mark that stays).
    pub welcome: Vec<bool>,
    /// Parallel to `Site::stories`: a first story still new enough to be
    /// greeted with a banner (`WELCOME_DAYS`).
    pub welcome_banner: Vec<bool>,
    pub leaderboard: Leaderboard,
    pub stats: Stats,
}

/// How many days after its date a first story is greeted with a banner.
pub const WELCOME_DAYS: i64 = 30;

/// Computes all recognition as of the newest story's day (what `check`
/// needs: no clock). Pure: same site, same result.
pub fn compute(site: &Site) -> Recognition {
    let newest = site.stories.iter().map(|s| s.day()).max();
    compute_at(site, Today(newest.unwrap_or(NaiveDate::MIN)))
}

/// Computes all recognition as of `today` (the build's date). Pure: same
/// site and day, same result.
pub fn compute_at(site: &Site, today: Today) -> Recognition {
    let ctx = Ctx::new(site);
    let early = badges::early_members(&ctx);
    let mut meets = meet::to_meet(&ctx);
    let members: Vec<MemberRecognition> = (0..site.members.len())
        .map(|m| member_recognition(&ctx, m, early[m], std::mem::take(&mut meets[m])))
        .collect();
    let welcome = welcome(&ctx);
    let welcome_banner = welcome_banner(site, &welcome, today);
    let leaderboard = leaderboard::build(&ctx, &members);
    let stats = stats::build(&ctx);
    Recognition {
        members,
        welcome,
        welcome_banner,
        leaderboard,
        stats,
    }
}

fn member_recognition(
    ctx: &Ctx,
    m: usize,
    early: Option<usize>,
    to_meet: Vec<Meet>,
) -> MemberRecognition {
    let story_count = ctx.stories[m].len();
    let (level, next_level) = level_of(&ctx.site.config.recognition.levels, story_count);
    MemberRecognition {
        story_count,
        level,
        next_level,
        badges: badges::badges(ctx, m, early),
        coauthors: ctx.coauthors[m].iter().map(|&(c, _)| c).collect(),
        thanked_by: ctx.thanked_by(m),
        thanked_count: ctx.thanked_in[m].len(),
        to_meet,
        first_story: ctx.stories[m]
            .iter()
            .copied()
            .find(|&s| ctx.authors[s].first() == Some(&m)),
        recent_count: ctx.recent_count(m),
        joined: ctx.joined[m],
    }
}

/// The highest level reached and (next level, stories still needed).
///
/// Levels are validated to rise strictly, so the reached ones are a prefix.
pub fn level_of(levels: &[Level], stories: usize) -> (Option<usize>, Option<(usize, usize)>) {
    let reached = levels.iter().take_while(|l| stories >= l.stories).count();
    let level = reached.checked_sub(1);
    let next = levels.get(reached).map(|l| (reached, l.stories - stories));
    (level, next)
}

/// `welcome[i]`: story i is the earliest story (date, then slug) its lead
/// author wrote in any role, so the story page can greet a newcomer.
fn welcome(ctx: &Ctx) -> Vec<bool> {
    (0..ctx.site.stories.len())
        .map(|s| match ctx.authors[s].first() {
            Some(&lead) => ctx.stories[lead].first() == Some(&s),
            None => false,
        })
        .collect()
}

/// `welcome[i]` and story i is at most `WELCOME_DAYS` old on `today` (a
/// story dated later than today is new too).
fn welcome_banner(site: &Site, welcome: &[bool], today: Today) -> Vec<bool> {
    site.stories
        .iter()
        .zip(welcome)
        .map(|(s, &w)| w && today.days_since(s.day()) <= WELCOME_DAYS)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::testkit::*;
    use super::*;

    fn levels_1_3() -> Vec<Level> {
        vec![
            Level {
                name: "Newcomer".into(),
                stories: 1,
            },
            Level {
                name: "Contributor".into(),
                stories: 3,
            },
        ]
    }

    #[test]
    fn level_thresholds_at_the_boundaries() {
        let l = levels_1_3();
        assert_eq!(level_of(&l, 0), (None, Some((0, 1))));
        assert_eq!(level_of(&l, 1), (Some(0), Some((1, 2))));
        assert_eq!(level_of(&l, 2), (Some(0), Some((1, 1))));
        assert_eq!(level_of(&l, 3), (Some(1), None));
        assert_eq!(level_of(&l, 40), (Some(1), None));
        assert_eq!(level_of(&[], 5), (None, None));
    }

    #[test]
    fn levels_count_co_authored_stories() {
        let mut b = SiteBuilder::new().levels(&[1, 3]);
        b = b.member("ann").member("bob").member("cat");
        b = b.story("s1", "2024-01-01", &["ann", "bob"]);
        b = b.story("s2", "2024-02-01", &["bob"]);
        b = b.story("s3", "2024-03-01", &["cat", "bob"]);
        let r = compute(&b.build());
        let counts: Vec<_> = r.members.iter().map(|m| (m.story_count, m.level)).collect();
        assert_eq!(counts, vec![(1, Some(0)), (3, Some(1)), (1, Some(0))]);
        assert_eq!(r.members[1].next_level, None);
        assert_eq!(r.members[0].next_level, Some((1, 2)));
    }

    #[test]
    fn member_without_stories_has_no_level() {
        let site = SiteBuilder::new().member("ann").build();
        let r = compute(&site);
        assert_eq!(r.members[0].level, None);
        assert_eq!(r.members[0].next_level, Some((0, 1)));
        assert!(r.members[0].badges.is_empty());
        assert_eq!(r.members[0].joined, None);
    }

    #[test]
    fn welcome_marks_the_lead_authors_first_story_in_any_role() {
        let site = SiteBuilder::new()
            .member("ann")
            .member("bob")
            .story("a-first", "2024-01-01", &["ann"])
            .story("b-with-ann", "2024-02-01", &["ann", "bob"])
            .story("c-bob-leads", "2024-03-01", &["bob"])
            .story("d-same-day", "2024-01-01", &["ann"])
            .build();
        let r = compute(&site);
        // Stories are newest first: c, b, then a and d on the same day (by slug).
        let by_slug = |slug: &str| site.stories.iter().position(|s| s.slug == slug).unwrap();
        assert!(r.welcome[by_slug("a-first")]);
        assert!(!r.welcome[by_slug("d-same-day")]);
        assert!(!r.welcome[by_slug("b-with-ann")]);
        // Bob co-wrote b before leading c, so c is not his first.
        assert!(!r.welcome[by_slug("c-bob-leads")]);
        assert_eq!(r.members[1].first_story, Some(by_slug("c-bob-leads")));
        assert_eq!(r.members[0].first_story, Some(by_slug("a-first")));
    }

    #[test]
    fn welcome_banner_shows_for_thirty_days_and_the_mark_stays() {
        let site = SiteBuilder::new()
            .member("ann")
            .story("a-first", "2024-01-01", &["ann"])
            .story("a-second", "2024-01-20", &["ann"])
            .build();
        let by_slug = |slug: &str| site.stories.iter().position(|s| s.slug == slug).unwrap();
        let (first, second) = (by_slug("a-first"), by_slug("a-second"));
        let at = |d: &str| compute_at(&site, Today(day(d)));
        assert!(at("2023-12-25").welcome_banner[first]);
        assert!(at("2024-01-31").welcome_banner[first]);
        let later = at("2024-02-01");
        assert!(!later.welcome_banner[first]);
        assert!(later.welcome[first]);
        assert!(!at("2024-01-20").welcome_banner[second]);
        // Without a date, as of the newest story: 19 days after the first.
        assert!(compute(&site).welcome_banner[first]);
    }

    #[test]
    fn coauthors_by_shared_stories_then_handle() {
        let site = SiteBuilder::new()
            .member("ann")
            .member("bob")
            .member("cat")
            .member("dan")
            .story("s1", "2024-01-01", &["ann", "dan"])
            .story("s2", "2024-01-02", &["ann", "dan", "cat"])
            .story("s3", "2024-01-03", &["ann", "bob"])
            .build();
        let r = compute(&site);
        assert_eq!(r.members[0].coauthors, vec![3, 1, 2]);
        assert_eq!(r.members[1].coauthors, vec![0]);
    }

    #[test]
    fn thanks_of_self_are_ignored() {
        let site = SiteBuilder::new()
            .member("ann")
            .member("bob")
            .member("cat")
            .story_with("s1", "2024-01-01", &["ann"], |s| {
                s.thanks = vec!["ann".into()]
            })
            .story_with("s2", "2024-01-02", &["bob", "cat"], |s| {
                s.thanks = vec!["ann".into(), "cat".into()]
            })
            .story_with("s3", "2024-01-03", &["cat"], |s| {
                s.thanks = vec!["ann".into()]
            })
            .build();
        let r = compute(&site);
        assert_eq!(r.members[0].thanked_count, 2);
        assert_eq!(r.members[0].thanked_by, vec![1, 2]);
        assert_eq!(r.members[2].thanked_count, 0);
        assert!(r.members[2].thanked_by.is_empty());
    }

    #[test]
    fn recent_count_covers_twelve_months_back_to_the_same_day() {
        let site = SiteBuilder::new()
            .member("ann")
            .story("old", "2023-06-14", &["ann"])
            .story("edge", "2023-06-15", &["ann"])
            .story("new", "2024-06-15", &["ann"])
            .build();
        assert_eq!(compute(&site).members[0].recent_count, 2);
    }

    #[test]
    fn joined_falls_back_to_the_first_story_in_any_role() {
        let site = SiteBuilder::new()
            .member_with("ann", |m| m.joined = Some(day("2020-01-01")))
            .member("bob")
            .story("s1", "2024-03-01", &["bob"])
            .story("s0", "2024-02-01", &["ann", "bob"])
            .build();
        let r = compute(&site);
        assert_eq!(r.members[0].joined, Some(day("2020-01-01")));
        assert_eq!(r.members[1].joined, Some(day("2024-02-01")));
    }

    #[test]
    fn text_helpers() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(and_list(&s(&["a"])), "a");
        assert_eq!(and_list(&s(&["a", "b"])), "a and b");
        assert_eq!(and_list(&s(&["a", "b", "c"])), "a, b and c");
        assert_eq!(count_of(1, "story", "stories"), "1 story");
        assert_eq!(count_of(0, "story", "stories"), "0 stories");
    }
}
