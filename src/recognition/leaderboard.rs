//! The leaderboard: levels, top contributors, most thanked and newest members.
//!
//! Hosts are the brand, not contestants: they are listed apart and left out of
//! every ranked list.

use std::cmp::Reverse;

use super::context::Ctx;
use super::{Entry, Leaderboard, MemberRecognition};
use crate::model::Role;

/// Rows per ranked list.
const TOP: usize = 10;

pub(super) fn build(ctx: &Ctx, recs: &[MemberRecognition]) -> Leaderboard {
    let members = &ctx.site.members;
    let hosts: Vec<usize> = (0..members.len())
        .filter(|&m| members[m].role == Role::Host)
        .collect();
    let ranked: Vec<usize> = (0..members.len())
        .filter(|&m| members[m].role != Role::Host)
        .collect();
    Leaderboard {
        hosts,
        levels: levels(ctx, recs, &ranked),
        top_year: top_by(ctx, &ranked, |m| recs[m].recent_count),
        top_all: top_by(ctx, &ranked, |m| recs[m].story_count),
        most_thanked: most_thanked(recs, &ranked),
        newest: newest(ctx, recs, &ranked),
    }
}

/// Every level, highest first, with its members: most stories first, then
/// the earliest first story, then handle.
fn levels(ctx: &Ctx, recs: &[MemberRecognition], ranked: &[usize]) -> Vec<(usize, Vec<Entry>)> {
    let count = ctx.site.config.recognition.levels.len();
    (0..count)
        .rev()
        .map(|level| {
            let mut at: Vec<usize> = ranked
                .iter()
                .copied()
                .filter(|&m| recs[m].level == Some(level))
                .collect();
            at.sort_by_key(|&m| (Reverse(recs[m].story_count), ctx.first_day(m), m));
            let entries = at
                .into_iter()
                .map(|m| entry(m, recs[m].story_count))
                .collect();
            (level, entries)
        })
        .collect()
}

/// The top members by `count` (only > 0). Ties go to whoever started first
/// (day of the first story in any role, as the issue asks), then handle.
fn top_by(ctx: &Ctx, ranked: &[usize], count: impl Fn(usize) -> usize) -> Vec<Entry> {
    let mut rows: Vec<usize> = ranked.iter().copied().filter(|&m| count(m) > 0).collect();
    rows.sort_by_key(|&m| (Reverse(count(m)), ctx.first_day(m), m));
    rows.into_iter()
        .take(TOP)
        .map(|m| entry(m, count(m)))
        .collect()
}

fn most_thanked(recs: &[MemberRecognition], ranked: &[usize]) -> Vec<Entry> {
    let mut rows: Vec<usize> = ranked
        .iter()
        .copied()
        .filter(|&m| recs[m].thanked_count > 0)
        .collect();
    rows.sort_by_key(|&m| (Reverse(recs[m].thanked_count), m));
    rows.into_iter()
        .take(TOP)
        .map(|m| entry(m, recs[m].thanked_count))
        .collect()
}

/// Newest first, then handle. Members without a join date (no `joined`, no
/// story) cannot be placed in time, so they are left out.
fn newest(ctx: &Ctx, recs: &[MemberRecognition], ranked: &[usize]) -> Vec<Entry> {
    let mut rows: Vec<usize> = ranked
        .iter()
        .copied()
        .filter(|&m| ctx.joined[m].is_some())
        .collect();
    rows.sort_by_key(|&m| (Reverse(ctx.joined[m]), m));
    rows.into_iter()
        .take(TOP)
        .map(|m| entry(m, recs[m].story_count))
        .collect()
}

fn entry(member: usize, count: usize) -> Entry {
    Entry { member, count }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::*;
    use super::super::{compute, Entry};
    use crate::model::{Role, Site};

    fn rows(site: &Site, entries: &[Entry]) -> Vec<(String, usize)> {
        entries
            .iter()
            .map(|e| (site.members[e.member].handle.clone(), e.count))
            .collect()
    }

    fn row(h: &str, c: usize) -> (String, usize) {
        (h.to_string(), c)
    }

    /// host leads 3 stories; zed and amy tie on 2 but zed started earlier;
    /// bob and cal tie on 1 and started the same day, so handle decides.
    fn site() -> Site {
        SiteBuilder::new()
            .levels(&[1, 2, 5])
            .member_with("host", |m| m.role = Role::Host)
            .member_with("brand", |m| m.role = Role::Host)
            .member("zed")
            .member("amy")
            .member("cal")
            .member("bob")
            .member_with("quiet", |m| m.joined = Some(day("2025-01-01")))
            .member("ghost")
            .story("h1", "2022-01-01", &["host"])
            .story("h2", "2022-01-02", &["host"])
            .story_with("h3", "2023-01-03", &["host"], |s| {
                s.thanks = vec!["amy".into(), "brand".into()]
            })
            .story("z1", "2022-02-01", &["zed"])
            .story_with("z2", "2024-01-01", &["zed"], |s| {
                s.thanks = vec!["amy".into()]
            })
            .story("a1", "2023-05-01", &["amy"])
            .story_with("a2", "2024-02-01", &["amy"], |s| {
                s.thanks = vec!["bob".into()]
            })
            .story("c1", "2023-06-01", &["cal"])
            .story("b1", "2023-06-01", &["bob"])
            .build()
    }

    #[test]
    fn hosts_are_listed_apart_and_never_ranked() {
        let s = site();
        let lb = compute(&s).leaderboard;
        let hosts: Vec<&str> = lb
            .hosts
            .iter()
            .map(|&m| s.members[m].handle.as_str())
            .collect();
        assert_eq!(hosts, vec!["brand", "host"]);
        assert_eq!(
            rows(&s, &lb.top_all),
            vec![row("zed", 2), row("amy", 2), row("bob", 1), row("cal", 1)]
        );
        assert_eq!(
            rows(&s, &lb.most_thanked),
            vec![row("amy", 2), row("bob", 1)]
        );
    }

    #[test]
    fn top_year_counts_the_last_twelve_months_only() {
        let s = site();
        let lb = compute(&s).leaderboard;
        // The newest story is 2024-02-01, so the year starts 2023-02-01.
        assert_eq!(
            rows(&s, &lb.top_year),
            vec![row("amy", 2), row("zed", 1), row("bob", 1), row("cal", 1)]
        );
    }

    #[test]
    fn levels_highest_first_with_every_level_listed() {
        let s = site();
        let lb = compute(&s).leaderboard;
        let levels: Vec<(usize, Vec<(String, usize)>)> =
            lb.levels.iter().map(|(l, e)| (*l, rows(&s, e))).collect();
        assert_eq!(
            levels,
            vec![
                (2, vec![]),
                (1, vec![row("zed", 2), row("amy", 2)]),
                (0, vec![row("bob", 1), row("cal", 1)]),
            ]
        );
    }

    /// The newest members' rows showed "0 stories" for everyone (the
    /// count was never filled in).
    #[test]
    fn newest_members_show_their_real_story_counts() {
        let s = site();
        let lb = compute(&s).leaderboard;
        assert_eq!(
            rows(&s, &lb.newest),
            vec![
                row("quiet", 0),
                row("bob", 1),
                row("cal", 1),
                row("amy", 2),
                row("zed", 2)
            ]
        );
    }

    #[test]
    fn ranked_lists_stop_at_ten() {
        let mut b = SiteBuilder::new();
        for i in 0..12 {
            let h = format!("m{i:02}");
            b = b
                .member(&h)
                .story(&format!("s{i}"), "2024-01-01", &[h.as_str()]);
        }
        let lb = compute(&b.build()).leaderboard;
        assert_eq!(lb.top_all.len(), 10);
        assert_eq!(lb.newest.len(), 10);
        assert_eq!(lb.top_all[9].member, 9);
    }
}
