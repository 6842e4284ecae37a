//! Community statistics for the stats page and the home page counts.

use std::cmp::Reverse;

use super::badges::month_number;
use super::context::Ctx;
use super::Stats;
use crate::model::Kind;

/// Topics on the stats page.
const TOP_TOPICS: usize = 10;

pub(super) fn build(ctx: &Ctx) -> Stats {
    let site = ctx.site;
    let months: Vec<i32> = site.stories.iter().map(|s| month_number(s.day())).collect();
    let span = months.iter().min().zip(months.iter().max());
    let newest_month = span.map(|(_, &last)| last);
    Stats {
        members: site.members.len(),
        stories: site.stories.len(),
        topics: site.tags.len(),
        new_this_month: months.iter().filter(|&&m| Some(m) == newest_month).count(),
        per_month: span.map_or_else(Vec::new, |(&a, &b)| per_month(&months, a, b)),
        cumulative_members: span.map_or_else(Vec::new, |(&a, &b)| cumulative(ctx, a, b)),
        by_kind: Kind::ALL
            .iter()
            .map(|&k| (k, site.stories.iter().filter(|s| s.kind == k).count()))
            .collect(),
        top_topics: top_topics(ctx),
    }
}

/// Stories in every month from `first` to `last`, empty months as 0 so a
/// chart's time axis is even.
fn per_month(months: &[i32], first: i32, last: i32) -> Vec<(String, usize)> {
    let mut counts = vec![0; (last - first + 1) as usize];
    for &m in months {
        counts[(m - first) as usize] += 1;
    }
    counts
        .into_iter()
        .enumerate()
        .map(|(i, c)| (label(first + i as i32), c))
        .collect()
}

/// Members joined by the end of each month. Members who joined before the
/// first story count from the first month; members without a join date are
/// not counted (they cannot be placed in time).
fn cumulative(ctx: &Ctx, first: i32, last: i32) -> Vec<(String, usize)> {
    let mut joined: Vec<i32> = ctx
        .joined
        .iter()
        .flatten()
        .map(|&d| month_number(d))
        .collect();
    joined.sort_unstable();
    (first..=last)
        .map(|month| (label(month), joined.partition_point(|&j| j <= month)))
        .collect()
}

fn top_topics(ctx: &Ctx) -> Vec<(String, usize)> {
    let mut tags: Vec<(String, usize)> = ctx
        .site
        .tags
        .iter()
        .map(|t| (t.name.clone(), t.stories.len()))
        .collect();
    tags.sort_by(|a, b| (Reverse(a.1), &a.0).cmp(&(Reverse(b.1), &b.0)));
    tags.truncate(TOP_TOPICS);
    tags
}

/// "2024-05".
fn label(month: i32) -> String {
    format!(
        "{:04}-{:02}",
        month.div_euclid(12),
        month.rem_euclid(12) + 1
    )
}

#[cfg(test)]
mod tests {
    use super::super::compute;
    use super::super::testkit::*;
    use crate::model::Kind;

    fn months(list: &[(&str, usize)]) -> Vec<(String, usize)> {
        list.iter().map(|&(m, c)| (m.to_string(), c)).collect()
    }

    #[test]
    fn per_month_fills_gaps_and_counts_the_newest_month() {
        let site = SiteBuilder::new()
            .member_with("ann", |m| m.joined = Some(day("2020-03-01")))
            .member("bob")
            .member_with("cat", |m| m.joined = Some(day("2025-01-20")))
            .member("dan")
            .story("a", "2024-11-30", &["ann"])
            .story("b", "2025-02-01", &["bob"])
            .story("c", "2025-02-28", &["ann", "bob"])
            .build();
        let st = compute(&site).stats;
        assert_eq!(
            st.per_month,
            months(&[
                ("2024-11", 1),
                ("2024-12", 0),
                ("2025-01", 0),
                ("2025-02", 2)
            ])
        );
        assert_eq!(st.new_this_month, 2);
        // ann joined before the first month; dan has no date and is not counted.
        assert_eq!(
            st.cumulative_members,
            months(&[
                ("2024-11", 1),
                ("2024-12", 1),
                ("2025-01", 2),
                ("2025-02", 3)
            ])
        );
        assert_eq!((st.members, st.stories, st.topics), (4, 3, 0));
    }

    #[test]
    fn kinds_and_top_topics() {
        let mut b = SiteBuilder::new().member("ann");
        for i in 0..12 {
            let t = vec![format!("t{i:02}"), "zz".to_string()];
            let extra = if i % 2 == 0 {
                vec!["aa".to_string()]
            } else {
                vec![]
            };
            b = b.story_with(&format!("s{i}"), "2024-01-01", &["ann"], move |s| {
                s.tags = [t, extra].concat();
                s.kind = if i < 3 { Kind::Review } else { Kind::Story };
            });
        }
        let st = compute(&b.build()).stats;
        assert_eq!(
            st.by_kind,
            vec![
                (Kind::Story, 9),
                (Kind::Review, 3),
                (Kind::Tip, 0),
                (Kind::Feedback, 0),
                (Kind::Event, 0)
            ]
        );
        let names: Vec<&str> = st.top_topics.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            vec!["zz", "aa", "t00", "t01", "t02", "t03", "t04", "t05", "t06", "t07"]
        );
        assert_eq!(st.top_topics[0].1, 12);
        assert_eq!(st.top_topics[1].1, 6);
        assert_eq!(st.topics, 14);
        assert_eq!(st.new_this_month, 12);
    }

    #[test]
    fn empty_site_has_empty_series() {
        let st = compute(&SiteBuilder::new().member("ann").build()).stats;
        assert!(st.per_month.is_empty() && st.cumulative_members.is_empty());
        assert_eq!(st.new_this_month, 0);
        assert_eq!(st.by_kind.len(), 5);
    }
}
