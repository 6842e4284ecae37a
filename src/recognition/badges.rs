//! The built-in badges, each with the one-line reason shown on the profile.

use chrono::{Datelike, NaiveDate};

use super::context::Ctx;
use super::{count_of, Arg, Badge, Msg};
use crate::model::Kind;
use crate::util::words::{human_date, human_month};

/// How many members count as early.
const EARLY: usize = 10;
/// Consecutive months with stories that earn a streak.
const STREAK: usize = 3;

/// A member's badges, in the fixed order of the contract.
pub(super) fn badges(ctx: &Ctx, m: usize, early: Option<usize>) -> Vec<Badge> {
    [
        first_story(ctx, m),
        co_creator(ctx, m),
        connector(ctx, m),
        critic(ctx, m),
        thanked(ctx, m),
        early.and_then(|pos| early_member(ctx, m, pos)),
        streak(ctx, m),
    ]
    .into_iter()
    .flatten()
    .collect()
}

fn badge(id: &'static str, name: &'static str, reason: String, why: Msg) -> Option<Badge> {
    Some(Badge {
        id,
        name,
        reason,
        why,
    })
}

fn first_story(ctx: &Ctx, m: usize) -> Option<Badge> {
    let story = &ctx.site.stories[*ctx.stories[m].first()?];
    let reason = format!("published “{}” on {}", story.title, human_date(story.day()));
    let why = Msg::new("why-first-story")
        .str("title", &story.title)
        .arg("date", Arg::Date(story.day()));
    badge("first-story", "First story", reason, why)
}

fn co_creator(ctx: &Ctx, m: usize) -> Option<Badge> {
    let shared = ctx.stories[m]
        .iter()
        .filter(|&&s| ctx.authors[s].len() > 1)
        .count();
    if shared == 0 {
        return None;
    }
    let reason = format!(
        "co-created {} with {}",
        count_of(shared, "story", "stories"),
        count_of(ctx.coauthors[m].len(), "member", "members")
    );
    let why = Msg::new("why-co-creator")
        .num("stories", shared)
        .num("members", ctx.coauthors[m].len());
    badge("co-creator", "Co-creator", reason, why)
}

fn connector(ctx: &Ctx, m: usize) -> Option<Badge> {
    let distinct = ctx.coauthors[m].len();
    if distinct < 3 {
        return None;
    }
    let reason = format!("co-authored with {distinct} different members");
    let why = Msg::new("why-connector").num("n", distinct);
    badge("connector", "Connector", reason, why)
}

/// The reason names the feedback (the latest, when there are several), so
/// the badge points at what the member said.
fn critic(ctx: &Ctx, m: usize) -> Option<Badge> {
    let feedback: Vec<usize> = ctx.stories[m]
        .iter()
        .copied()
        .filter(|&s| ctx.site.stories[s].kind == Kind::Feedback)
        .collect();
    let latest = &ctx.site.stories[*feedback.last()?].title;
    let reason = match feedback.len() {
        1 => format!("wrote the feedback “{latest}”"),
        n => format!(
            "wrote {}, the latest “{latest}”",
            count_of(n, "feedback story", "feedback stories")
        ),
    };
    let why = match feedback.len() {
        1 => Msg::new("why-critic-one").str("title", latest),
        n => Msg::new("why-critic").num("n", n).str("title", latest),
    };
    badge("critic", "Critic", reason, why)
}

fn thanked(ctx: &Ctx, m: usize) -> Option<Badge> {
    let n = ctx.thanked_in[m].len();
    if n == 0 {
        return None;
    }
    let reason = format!("thanked in {}", count_of(n, "story", "stories"));
    badge(
        "thanked",
        "Thanked",
        reason,
        Msg::new("why-thanked").num("n", n),
    )
}

fn early_member(ctx: &Ctx, m: usize, pos: usize) -> Option<Badge> {
    let day = ctx.joined[m]?;
    let shown = human_date(day);
    let (reason, why) = if pos <= EARLY {
        (
            format!("joined on {shown}, member #{pos} of the first {EARLY}"),
            Msg::new("why-early").num("pos", pos).num("n", EARLY),
        )
    } else {
        (
            format!("joined on {shown}, the same day as member #{EARLY}"),
            Msg::new("why-early-tie").num("n", EARLY),
        )
    };
    let why = why.arg("date", Arg::Date(day));
    badge("early-member", "Early member", reason, why)
}

/// Per member: `Some(position)` (1-based, by join date then handle) for the
/// early members, `None` for everyone else.
///
/// Ties at 10th place: every member who joined on the same day as the 10th
/// is early too. Cutting a same-day tie by handle would make the badge depend
/// on the alphabet, and a member who joined alongside #10 was just as early.
/// Members with no join date (no `joined`, no story) are not eligible.
pub(super) fn early_members(ctx: &Ctx) -> Vec<Option<usize>> {
    let mut dated: Vec<(NaiveDate, usize)> = ctx
        .joined
        .iter()
        .enumerate()
        .filter_map(|(m, d)| d.map(|d| (d, m)))
        .collect();
    dated.sort_unstable();
    let cutoff = dated.get(EARLY - 1).map(|&(d, _)| d);
    let mut out = vec![None; ctx.joined.len()];
    for (pos, &(day, m)) in dated.iter().enumerate() {
        if cutoff.is_some_and(|c| day > c) {
            break;
        }
        out[m] = Some(pos + 1);
    }
    out
}

fn streak(ctx: &Ctx, m: usize) -> Option<Badge> {
    let mut months: Vec<i32> = ctx.stories[m]
        .iter()
        .map(|&s| month_number(ctx.site.stories[s].day()))
        .collect();
    months.sort_unstable();
    months.dedup();
    let (start, len) = longest_run(&months)?;
    if len < STREAK {
        return None;
    }
    let reason = format!(
        "stories {len} months in a row, {} – {}",
        month_name(start),
        month_name(start + len as i32 - 1)
    );
    let month = |n: i32| Arg::Month(n.div_euclid(12), n.rem_euclid(12) as u32);
    let why = Msg::new("why-streak")
        .num("n", len)
        .arg("from", month(start))
        .arg("to", month(start + len as i32 - 1));
    badge("streak", "Streak", reason, why)
}

/// Months counted from year 0, so December and the next January are neighbours.
pub(super) fn month_number(d: NaiveDate) -> i32 {
    d.year() * 12 + d.month0() as i32
}

/// "November 2024".
fn month_name(n: i32) -> String {
    human_month(n.div_euclid(12), n.rem_euclid(12) as usize)
}

/// (first month, length) of the longest run of consecutive months in a sorted,
/// deduplicated list. Equal runs: the most recent wins, as it is the one a
/// reader is likeliest to remember.
fn longest_run(months: &[i32]) -> Option<(i32, usize)> {
    let mut best: Option<(i32, usize)> = None;
    let mut i = 0;
    while i < months.len() {
        let mut j = i + 1;
        while j < months.len() && months[j] == months[j - 1] + 1 {
            j += 1;
        }
        // `>=` so a later run of the same length replaces an earlier one.
        if best.is_none_or(|(_, len)| j - i >= len) {
            best = Some((months[i], j - i));
        }
        i = j;
    }
    best
}

#[cfg(test)]
mod tests {
    use super::super::testkit::*;
    use super::super::{compute, Badge};
    use crate::model::{Kind, Site};

    fn badges_of(site: &Site, handle: &str) -> Vec<Badge> {
        let m = site.member_index(handle).unwrap();
        compute(site).members[m].badges.clone()
    }

    fn ids(badges: &[Badge]) -> Vec<&'static str> {
        badges.iter().map(|b| b.id).collect()
    }

    fn reason<'a>(badges: &'a [Badge], id: &str) -> Option<&'a str> {
        badges
            .iter()
            .find(|b| b.id == id)
            .map(|b| b.reason.as_str())
    }

    #[test]
    fn first_story_names_the_earliest_story_in_any_role() {
        let site = SiteBuilder::new()
            .member("ann")
            .member("bob")
            .story("later", "2024-06-01", &["ann"])
            .story_with("early", "2024-05-01", &["bob", "ann"], |s| {
                s.title = "Ridge 2".into()
            })
            .build();
        let b = badges_of(&site, "ann");
        assert_eq!(
            reason(&b, "first-story"),
            Some("published “Ridge 2” on 1 May 2024")
        );
        assert_eq!(b[0].name, "First story");
    }

    #[test]
    fn same_co_author_three_times_is_co_creator_but_not_connector() {
        let site = SiteBuilder::new()
            .member("ann")
            .member("bob")
            .story("s1", "2024-01-01", &["ann", "bob"])
            .story("s2", "2024-01-02", &["bob", "ann"])
            .story("s3", "2024-01-03", &["ann", "bob"])
            .story("solo", "2024-01-04", &["ann"])
            .build();
        let b = badges_of(&site, "ann");
        assert_eq!(ids(&b), vec!["first-story", "co-creator", "early-member"]);
        assert_eq!(
            reason(&b, "co-creator"),
            Some("co-created 3 stories with 1 member")
        );
    }

    #[test]
    fn connector_needs_three_distinct_co_authors() {
        let site = SiteBuilder::new()
            .member("ann")
            .member("bob")
            .member("cat")
            .member("dan")
            .story("s1", "2024-01-01", &["ann", "bob", "cat"])
            .story("s2", "2024-03-01", &["dan", "ann"])
            .build();
        let ann = badges_of(&site, "ann");
        assert_eq!(
            reason(&ann, "co-creator"),
            Some("co-created 2 stories with 3 members")
        );
        assert_eq!(
            reason(&ann, "connector"),
            Some("co-authored with 3 different members")
        );
        assert_eq!(
            ids(&badges_of(&site, "bob")),
            vec!["first-story", "co-creator", "early-member"]
        );
    }

    #[test]
    fn critic_reason_names_the_feedback_written_in_any_role() {
        let feedback = |s: &mut crate::model::Story| s.kind = Kind::Feedback;
        let site = SiteBuilder::new()
            .member("ann")
            .member("bob")
            .story_with("f1", "2024-01-01", &["ann"], feedback)
            .story_with("f2", "2024-05-01", &["bob", "ann"], feedback)
            .story_with("tip", "2024-07-01", &["bob"], |s| s.kind = Kind::Tip)
            .build();
        assert_eq!(
            reason(&badges_of(&site, "ann"), "critic"),
            Some("wrote 2 feedback stories, the latest “Title of f2”")
        );
        assert_eq!(
            reason(&badges_of(&site, "bob"), "critic"),
            Some("wrote the feedback “Title of f2”")
        );
    }

    #[test]
    fn thanked_ignores_thanks_to_an_author_of_the_same_story() {
        let site = SiteBuilder::new()
            .member("ann")
            .member("bob")
            .story_with("s1", "2024-01-01", &["ann", "bob"], |s| {
                s.thanks = vec!["ann".into(), "bob".into()]
            })
            .story_with("s2", "2024-02-01", &["bob"], |s| {
                s.thanks = vec!["ann".into()]
            })
            .build();
        assert_eq!(
            reason(&badges_of(&site, "ann"), "thanked"),
            Some("thanked in 1 story")
        );
        assert_eq!(reason(&badges_of(&site, "bob"), "thanked"), None);
    }

    #[test]
    fn early_member_includes_everyone_tied_with_the_tenth() {
        let mut b = SiteBuilder::new();
        for i in 1..=9 {
            let d = day(&format!("2023-01-{i:02}"));
            b = b.member_with(&format!("m{i}"), move |m| m.joined = Some(d));
        }
        for h in ["tie-c", "tie-a", "tie-b"] {
            b = b.member_with(h, |m| m.joined = Some(day("2023-02-01")));
        }
        b = b.member_with("late", |m| m.joined = Some(day("2023-02-02")));
        let site = b.member("undated").build();
        let early: Vec<&str> = site
            .members
            .iter()
            .filter(|m| reason(&badges_of(&site, &m.handle), "early-member").is_some())
            .map(|m| m.handle.as_str())
            .collect();
        assert_eq!(early.len(), 12);
        assert!(!early.contains(&"late") && !early.contains(&"undated"));
        let b = badges_of(&site, "tie-a");
        assert_eq!(
            reason(&b, "early-member"),
            Some("joined on 1 February 2023, member #10 of the first 10")
        );
        assert_eq!(
            reason(&badges_of(&site, "tie-c"), "early-member"),
            Some("joined on 1 February 2023, the same day as member #10")
        );
        assert_eq!(
            reason(&badges_of(&site, "m1"), "early-member"),
            Some("joined on 1 January 2023, member #1 of the first 10")
        );
    }

    #[test]
    fn streak_crosses_the_year_boundary() {
        let site = SiteBuilder::new()
            .member("ann")
            .member("bob")
            .story("nov", "2024-11-30", &["ann"])
            .story("dec", "2024-12-01", &["ann"])
            .story("jan", "2025-01-15", &["ann", "bob"])
            .story("feb", "2025-02-15", &["bob"])
            .build();
        assert_eq!(
            reason(&badges_of(&site, "ann"), "streak"),
            Some("stories 3 months in a row, November 2024 – January 2025")
        );
        // Two months in a row is not a streak.
        assert_eq!(reason(&badges_of(&site, "bob"), "streak"), None);
    }

    #[test]
    fn streak_names_the_longest_run_and_the_latest_of_equal_runs() {
        let dates = [
            "2023-01-05",
            "2023-02-05",
            "2023-03-05",
            "2023-06-01",
            "2023-07-01",
        ];
        let mut b = SiteBuilder::new().member("ann").member("bob");
        for (i, d) in dates.iter().enumerate() {
            b = b.story(&format!("a{i}"), d, &["ann"]);
        }
        for (i, d) in ["2023-08-01", "2023-09-01", "2023-10-01", "2023-11-01"]
            .iter()
            .enumerate()
        {
            b = b.story(&format!("b{i}"), d, &["ann"]);
        }
        for (i, d) in [
            "2022-01-01",
            "2022-02-01",
            "2022-03-01",
            "2022-05-01",
            "2022-06-01",
            "2022-07-01",
        ]
        .iter()
        .enumerate()
        {
            b = b.story(&format!("c{i}"), d, &["bob"]);
        }
        let site = b.build();
        // Jun..Nov 2023 is one run of 6 (Jun, Jul then Aug..Nov).
        assert_eq!(
            reason(&badges_of(&site, "ann"), "streak"),
            Some("stories 6 months in a row, June 2023 – November 2023")
        );
        assert_eq!(
            reason(&badges_of(&site, "bob"), "streak"),
            Some("stories 3 months in a row, May 2022 – July 2022")
        );
    }

    #[test]
    fn badges_come_in_the_fixed_order() {
        let site = SiteBuilder::new()
            .member("ann")
            .member("bob")
            .member("cat")
            .member("dan")
            .story_with("s1", "2024-11-01", &["ann", "bob"], |s| {
                s.kind = Kind::Feedback
            })
            .story("s2", "2024-12-01", &["cat", "ann"])
            .story("s3", "2025-01-01", &["ann", "dan"])
            .story_with("s4", "2025-01-02", &["bob"], |s| {
                s.thanks = vec!["ann".into()]
            })
            .build();
        let all = crate::recognition::BADGE_IDS;
        assert_eq!(ids(&badges_of(&site, "ann")), all.to_vec());
        let names: Vec<&str> = badges_of(&site, "ann").iter().map(|b| b.name).collect();
        assert_eq!(
            names,
            [
                "First story",
                "Co-creator",
                "Connector",
                "Critic",
                "Thanked",
                "Early member",
                "Streak"
            ]
        );
    }
}
