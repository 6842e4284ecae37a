//! Recognition: levels, badges, co-authors, members to meet, leaderboard and stats,
//! computed once from the validated model.

use chrono::NaiveDate;

use crate::model::{Kind, Site};

/// A built-in badge earned by a member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Badge {
    /// `first-story`, `co-creator`, `connector`, `critic`, `thanked`, `early-member`, `streak`.
    pub id: &'static str,
    /// Display name ("First story").
    pub name: &'static str,
    /// One line saying why ("co-created 4 stories with 3 members").
    pub reason: String,
}

/// Another member suggested to meet, with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meet {
    /// Index into `Site::members`.
    pub member: usize,
    /// "both write about trail-running and repair".
    pub reason: String,
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub member: usize,
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Leaderboard {
    /// Hosts, by handle: listed apart, never ranked.
    pub hosts: Vec<usize>,
    /// For each level, highest first: (level index, non-host members at that level).
    pub levels: Vec<(usize, Vec<Entry>)>,
    /// Non-hosts by stories in the last 12 months (top 10).
    pub top_year: Vec<Entry>,
    /// Non-hosts by all stories (top 10).
    pub top_all: Vec<Entry>,
    /// Members (hosts included) by times thanked (top 10, only > 0).
    pub most_thanked: Vec<Entry>,
    /// Newest members by join date (top 10); count is 0.
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
    /// Parallel to `Site::stories`: the story is its lead author's first.
    pub welcome: Vec<bool>,
    pub leaderboard: Leaderboard,
    pub stats: Stats,
}

/// Computes all recognition. Pure: same site, same result.
pub fn compute(site: &Site) -> Recognition {
    let _ = site;
    todo!("implemented by the recognition work")
}
