//! Per-member facts every part of recognition needs, gathered in one pass over the stories.

use std::collections::HashMap;

use chrono::{Months, NaiveDate};

use crate::model::Site;

/// Indices and counts derived once from the site, so later steps never rescan it.
pub(super) struct Ctx<'a> {
    pub site: &'a Site,
    /// Per story: its authors as member indices, lead first, duplicates and
    /// unknown handles dropped (validation rejects those; this keeps us total).
    pub authors: Vec<Vec<usize>>,
    /// Per member: stories authored or co-authored, oldest first (date, then slug).
    pub stories: Vec<Vec<usize>>,
    /// Per member: `joined`, else the day of the first story in any role.
    pub joined: Vec<Option<NaiveDate>>,
    /// Per member: (co-author, shared stories), most shared first, then by handle.
    pub coauthors: Vec<Vec<(usize, usize)>>,
    /// Per member: stories whose `thanks` name the member, who is not their author.
    pub thanked_in: Vec<Vec<usize>>,
    /// Day of the newest story, the build's notion of "now" (reproducible builds).
    pub newest: Option<NaiveDate>,
}

impl<'a> Ctx<'a> {
    pub fn new(site: &'a Site) -> Ctx<'a> {
        let n = site.members.len();
        // Only ever looked up, never iterated, so its order cannot leak.
        let index: HashMap<&str, usize> = site
            .members
            .iter()
            .enumerate()
            .map(|(i, m)| (m.handle.as_str(), i))
            .collect();
        let authors: Vec<Vec<usize>> = site
            .stories
            .iter()
            .map(|s| member_indices(&index, &s.authors))
            .collect();
        let mut stories = vec![Vec::new(); n];
        let mut thanked_in = vec![Vec::new(); n];
        for s in chronological(site) {
            for &a in &authors[s] {
                stories[a].push(s);
            }
            for t in member_indices(&index, &site.stories[s].thanks) {
                if !authors[s].contains(&t) {
                    thanked_in[t].push(s);
                }
            }
        }
        let joined = (0..n)
            .map(|m| {
                let first = stories[m].first().map(|&s| site.stories[s].day());
                site.members[m].joined.or(first)
            })
            .collect();
        let coauthors = (0..n)
            .map(|m| coauthor_counts(m, &stories[m], &authors))
            .collect();
        Ctx {
            site,
            authors,
            stories,
            joined,
            coauthors,
            thanked_in,
            newest: site.stories.iter().map(|s| s.day()).max(),
        }
    }

    /// Distinct authors of the stories that thank `m`, by handle.
    pub fn thanked_by(&self, m: usize) -> Vec<usize> {
        let mut by: Vec<usize> = self.thanked_in[m]
            .iter()
            .flat_map(|&s| self.authors[s].iter().copied())
            .filter(|&a| a != m)
            .collect();
        by.sort_unstable();
        by.dedup();
        by
    }

    /// The first day still inside "the last 12 months": the newest story's day
    /// minus 12 calendar months, same day of month (clamped, so Feb 29 -> Feb 28).
    /// Both ends are inclusive, which keeps a story from exactly a year ago.
    pub fn year_start(&self) -> Option<NaiveDate> {
        self.newest.map(|d| {
            d.checked_sub_months(Months::new(12))
                .unwrap_or(NaiveDate::MIN)
        })
    }

    pub fn recent_count(&self, m: usize) -> usize {
        let Some(start) = self.year_start() else {
            return 0;
        };
        self.stories[m]
            .iter()
            .filter(|&&s| self.site.stories[s].day() >= start)
            .count()
    }

    /// Day of the member's earliest story in any role.
    pub fn first_day(&self, m: usize) -> Option<NaiveDate> {
        self.stories[m].first().map(|&s| self.site.stories[s].day())
    }
}

/// Member indices for handles, in the given order, without duplicates.
fn member_indices(index: &HashMap<&str, usize>, handles: &[String]) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::with_capacity(handles.len());
    for &i in handles.iter().filter_map(|h| index.get(h.as_str())) {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

/// Story indices oldest first. "Earliest" is by the full timestamp, then slug,
/// so two stories on one day still have a fixed order.
fn chronological(site: &Site) -> Vec<usize> {
    let mut order: Vec<usize> = (0..site.stories.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&site.stories[a], &site.stories[b]);
        (a.date, &a.slug).cmp(&(b.date, &b.slug))
    });
    order
}

fn coauthor_counts(m: usize, stories: &[usize], authors: &[Vec<usize>]) -> Vec<(usize, usize)> {
    let mut all: Vec<usize> = stories
        .iter()
        .flat_map(|&s| authors[s].iter().copied())
        .filter(|&a| a != m)
        .collect();
    all.sort_unstable();
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for a in all {
        match counts.last_mut() {
            Some((last, c)) if *last == a => *c += 1,
            _ => counts.push((a, 1)),
        }
    }
    // Member indices follow handle order, so the index is the handle tie-break.
    counts.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    counts
}
