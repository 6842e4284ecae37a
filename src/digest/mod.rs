//! `potluck digest`: what a host should do this week, from the site and its
//! recognition: whom to welcome and introduce, which feedback still waits
//! for the brand's answer, whom to encourage, and how the period compares
//! with the one before. Rendered as Markdown (`markdown`) or JSON (serde).
//!
//! A pure function of the site, its recognition and the period: the same
//! files and dates give the same digest, so it can be tested and posted.

mod markdown;

use chrono::{Duration, NaiveDate};
use serde::Serialize;

use crate::i18n::{Catalogue, Msg};
use crate::model::{routes, Kind, Role, Site, Status, Today};
use crate::recognition::Recognition;
use crate::render::context::level_name;

pub use markdown::markdown;

/// How long without a story makes an active member "gone quiet".
pub const QUIET_DAYS: i64 = 90;
/// How many members a new member is introduced to.
pub const INTRODUCTIONS: usize = 2;
/// How many stories make a member "active" (they came back at least once).
pub const ACTIVE_STORIES: usize = 2;

/// The days a digest covers, both ends included, and the same number of
/// days just before, which its counts are compared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    pub since: NaiveDate,
    pub until: NaiveDate,
    pub previous_since: NaiveDate,
    pub previous_until: NaiveDate,
}

impl Period {
    /// From `since` to `today`; `None` when `since` is after today.
    pub fn since(since: NaiveDate, today: Today) -> Option<Period> {
        (since <= today.date()).then(|| Period::to_today(since, today))
    }

    /// Since `days` days ago: `--days 7` on a Monday runs from the Monday
    /// before to today (so a story of the morning's date is never missed
    /// by a weekly run).
    pub fn last_days(days: u32, today: Today) -> Period {
        Period::to_today(today.date() - Duration::days(i64::from(days)), today)
    }

    /// `since` must not be after today.
    fn to_today(since: NaiveDate, today: Today) -> Period {
        let until = today.date();
        let days = (until - since).num_days() + 1;
        let previous_until = since - Duration::days(1);
        Period {
            since,
            until,
            previous_since: previous_until - Duration::days(days - 1),
            previous_until,
        }
    }

    pub fn days(&self) -> i64 {
        (self.until - self.since).num_days() + 1
    }

    fn has(&self, day: NaiveDate) -> bool {
        self.since <= day && day <= self.until
    }

    fn had(&self, day: NaiveDate) -> bool {
        self.previous_since <= day && day <= self.previous_until
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MemberLink {
    pub handle: String,
    pub name: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoryLink {
    pub slug: String,
    pub title: String,
    pub url: String,
    pub date: NaiveDate,
}

/// Someone a new member should meet, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Introduction {
    pub member: MemberLink,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NewMember {
    pub member: MemberLink,
    pub joined: NaiveDate,
    pub first_story: Option<StoryLink>,
    pub welcome: String,
    pub meet: Vec<Introduction>,
}

/// A first story by a member who joined before the period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FirstStory {
    pub story: StoryLink,
    pub author: MemberLink,
    pub welcome: String,
}

/// Feedback no host has answered with a story yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WaitingFeedback {
    pub story: StoryLink,
    pub authors: Vec<MemberLink>,
    /// The feedback's `status` (`open` unless a host set one).
    pub status: &'static str,
    pub days_waiting: i64,
}

/// A member one story away from their next level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NearLevel {
    pub member: MemberLink,
    pub stories: usize,
    pub next_level: String,
}

/// An active member whose newest story is `QUIET_DAYS` or more old.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quiet {
    pub member: MemberLink,
    pub stories: usize,
    pub last_story: StoryLink,
    pub days_quiet: i64,
}

/// One figure of the period against the previous period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Count {
    pub what: &'static str,
    pub this_period: usize,
    pub previous_period: usize,
}

/// The whole digest, in the order the Markdown shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Digest {
    pub site: String,
    pub brand: String,
    pub period: Period,
    pub new_members: Vec<NewMember>,
    pub first_stories: Vec<FirstStory>,
    pub waiting_feedback: Vec<WaitingFeedback>,
    pub near_next_level: Vec<NearLevel>,
    pub gone_quiet: Vec<Quiet>,
    pub counts: Vec<Count>,
}

/// What the digest reads, shared by its parts.
struct Ctx<'a> {
    site: &'a Site,
    rec: &'a Recognition,
    words: &'a Catalogue,
    period: Period,
    today: Today,
}

/// The digest of `period`, which ends on its `until` day (today).
/// The welcomes, reasons and level names are in `words`'s language: the
/// site's for the Markdown, English for the JSON.
pub fn digest(site: &Site, rec: &Recognition, period: Period, words: &Catalogue) -> Digest {
    let cx = Ctx {
        site,
        rec,
        words,
        period,
        today: Today(period.until),
    };
    let new_members = new_members(&cx);
    Digest {
        site: site.config.title.clone(),
        brand: site.config.brand.name.clone(),
        period,
        first_stories: first_stories(&cx, &new_members),
        new_members,
        waiting_feedback: waiting_feedback(&cx),
        near_next_level: near_next_level(&cx),
        gone_quiet: gone_quiet(&cx),
        counts: counts(&cx),
    }
}

impl Ctx<'_> {
    fn member(&self, m: usize) -> MemberLink {
        let member = &self.site.members[m];
        MemberLink {
            handle: member.handle.clone(),
            name: member.name.clone(),
            url: self.url(&routes::member(&member.handle)),
        }
    }

    fn story(&self, i: usize) -> StoryLink {
        let s = &self.site.stories[i];
        StoryLink {
            slug: s.slug.clone(),
            title: s.title.clone(),
            url: self.url(&routes::story(&s.slug)),
            date: s.day(),
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.site.config.base())
    }

    /// Members the brand greets and nudges: hosts are the brand.
    fn members(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.site.members.len()).filter(|&m| self.site.members[m].role != Role::Host)
    }

    /// The lead author of story `i` when it is their first story and they
    /// are not a host.
    fn first_by(&self, i: usize) -> Option<usize> {
        let handle = self.site.stories[i].authors.first()?;
        let lead = self.site.member_index(handle)?;
        let member = self.rec.welcome[i] && self.site.members[lead].role != Role::Host;
        member.then_some(lead)
    }

    fn joined_in(&self, m: usize, when: impl Fn(NaiveDate) -> bool) -> bool {
        self.site.members[m].role != Role::Host && self.rec.members[m].joined.is_some_and(when)
    }
}

/// Members who joined in the period, oldest first, with their first story,
/// a welcome and whom to introduce them to.
fn new_members(cx: &Ctx) -> Vec<NewMember> {
    let mut list: Vec<NewMember> = cx
        .members()
        .filter(|&m| cx.joined_in(m, |d| cx.period.has(d)))
        .map(|m| {
            let r = &cx.rec.members[m];
            let first_story = r.first_story.map(|s| cx.story(s));
            let member = cx.member(m);
            NewMember {
                welcome: welcome_member(cx, &member, &first_story),
                joined: r.joined.unwrap_or(cx.period.until),
                meet: r
                    .to_meet
                    .iter()
                    .take(INTRODUCTIONS)
                    .map(|t| Introduction {
                        member: cx.member(t.member),
                        reason: cx.words.msg(&t.why),
                    })
                    .collect(),
                first_story,
                member,
            }
        })
        .collect();
    list.sort_by(|a, b| (a.joined, &a.member.handle).cmp(&(b.joined, &b.member.handle)));
    list
}

fn welcome_member(cx: &Ctx, m: &MemberLink, first: &Option<StoryLink>) -> String {
    let msg = match first {
        Some(s) => Msg::new("digest-welcome-story").str("title", &s.title),
        None => Msg::new("digest-welcome-no-story"),
    };
    let brand = &cx.site.config.brand.name;
    cx.words.msg(&msg.str("brand", brand).str("name", &m.name))
}

/// First stories published in the period by members not listed as new
/// (they are greeted with their story there), oldest first.
fn first_stories(cx: &Ctx, new: &[NewMember]) -> Vec<FirstStory> {
    let mut list: Vec<FirstStory> = (0..cx.site.stories.len())
        .filter(|&i| cx.period.has(cx.site.stories[i].day()))
        .filter_map(|i| {
            let lead = cx.first_by(i)?;
            let author = cx.member(lead);
            if new.iter().any(|n| n.member.handle == author.handle) {
                return None;
            }
            let story = cx.story(i);
            let welcome = cx.words.msg(
                &Msg::new("digest-congratulations")
                    .str("name", &author.name)
                    .str("title", &story.title),
            );
            Some(FirstStory {
                story,
                author,
                welcome,
            })
        })
        .collect();
    list.sort_by(|a, b| (a.story.date, &a.story.slug).cmp(&(b.story.date, &b.story.slug)));
    list
}

/// Feedback up to today that no host answered with a story and that is not
/// closed (`done` or `declined`: the brand's status note says why), oldest first.
fn waiting_feedback(cx: &Ctx) -> Vec<WaitingFeedback> {
    let site = cx.site;
    let mut list: Vec<WaitingFeedback> = site
        .stories_of_kind(Kind::Feedback)
        .iter()
        .copied()
        .filter(|&i| site.stories[i].day() <= cx.period.until)
        .filter(|&i| {
            !matches!(
                site.stories[i].status.status,
                Status::Done | Status::Declined
            )
        })
        .filter(|&i| !site.answers(i).iter().any(|&a| site.by_host(a)))
        .map(|i| {
            let s = &site.stories[i];
            WaitingFeedback {
                story: cx.story(i),
                authors: s
                    .authors
                    .iter()
                    .filter_map(|a| site.member_index(a))
                    .map(|m| cx.member(m))
                    .collect(),
                status: s.status.status.as_str(),
                days_waiting: cx.today.days_since(s.day()),
            }
        })
        .collect();
    list.sort_by(|a, b| (a.story.date, &a.story.slug).cmp(&(b.story.date, &b.story.slug)));
    list
}

/// Members one story from their next level, by handle.
fn near_next_level(cx: &Ctx) -> Vec<NearLevel> {
    cx.members()
        .filter_map(|m| {
            let r = &cx.rec.members[m];
            match r.next_level {
                Some((level, 1)) => Some(NearLevel {
                    member: cx.member(m),
                    stories: r.story_count,
                    next_level: level_name(cx.site, cx.words, level),
                }),
                _ => None,
            }
        })
        .collect()
}

/// Active members whose newest story is `QUIET_DAYS` or more old, the most
/// recently active first (the easiest to bring back).
fn gone_quiet(cx: &Ctx) -> Vec<Quiet> {
    let mut list: Vec<Quiet> = cx
        .members()
        .filter(|&m| cx.rec.members[m].story_count >= ACTIVE_STORIES)
        .filter_map(|m| {
            // Newest first: the first is the member's latest story.
            let last = *cx.site.stories_by(m).first()?;
            let days_quiet = cx.today.days_since(cx.site.stories[last].day());
            (days_quiet >= QUIET_DAYS).then(|| Quiet {
                member: cx.member(m),
                stories: cx.rec.members[m].story_count,
                last_story: cx.story(last),
                days_quiet,
            })
        })
        .collect();
    list.sort_by(|a, b| (a.days_quiet, &a.member.handle).cmp(&(b.days_quiet, &b.member.handle)));
    list
}

/// The period's figures against the previous period's.
fn counts(cx: &Ctx) -> Vec<Count> {
    let site = cx.site;
    let stories = |keep: &dyn Fn(usize) -> bool| {
        let now = (0..site.stories.len())
            .filter(|&i| keep(i) && cx.period.has(site.stories[i].day()))
            .count();
        let before = (0..site.stories.len())
            .filter(|&i| keep(i) && cx.period.had(site.stories[i].day()))
            .count();
        (now, before)
    };
    let members = (
        cx.members()
            .filter(|&m| cx.joined_in(m, |d| cx.period.has(d)))
            .count(),
        cx.members()
            .filter(|&m| cx.joined_in(m, |d| cx.period.had(d)))
            .count(),
    );
    let rows = [
        ("stories", stories(&|_| true)),
        ("new members", members),
        ("first stories", stories(&|i| cx.first_by(i).is_some())),
        (
            "feedback",
            stories(&|i| site.stories[i].kind == Kind::Feedback),
        ),
        (
            "answers by hosts",
            stories(&|i| site.answers_to(i).is_some() && site.by_host(i)),
        ),
    ];
    rows.into_iter()
        .map(|(what, (this_period, previous_period))| Count {
            what,
            this_period,
            previous_period,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_period_and_the_one_before_have_the_same_days() {
        let p = Period::last_days(7, Today(day("2026-11-20")));
        assert_eq!((p.since, p.until), (day("2026-11-13"), day("2026-11-20")));
        assert_eq!(
            (p.previous_since, p.previous_until),
            (day("2026-11-05"), day("2026-11-12"))
        );
        assert_eq!(p.days(), 8);
        let one = Period::since(day("2026-11-20"), Today(day("2026-11-20"))).unwrap();
        assert_eq!((one.previous_since, one.days()), (day("2026-11-19"), 1));
        assert_eq!(Period::last_days(0, Today(day("2026-11-20"))), one);
        assert_eq!(
            Period::since(day("2026-11-21"), Today(day("2026-11-20"))),
            None
        );
    }
}
