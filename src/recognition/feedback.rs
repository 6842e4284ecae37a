//! What became of feedback: stories per status, and how long the brand
//! took to answer (for /stats/ and stats.json).

use serde::Serialize;

use crate::model::{Kind, Site, Status};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FeedbackStats {
    /// Feedback stories per status, in `Status::ALL` order (zeros included).
    pub by_status: Vec<StatusCount>,
    /// The median of the days from a feedback story to its first answer by
    /// a host, over the answered ones; `None` when none is answered.
    pub median_days_to_answer: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatusCount {
    pub status: &'static str,
    pub stories: usize,
}

pub fn feedback(site: &Site) -> FeedbackStats {
    let items = site.stories_of_kind(Kind::Feedback);
    let by_status = Status::ALL
        .iter()
        .map(|&st| StatusCount {
            status: st.as_str(),
            stories: items
                .iter()
                .filter(|&&i| site.stories[i].status.status == st)
                .count(),
        })
        .collect();
    let mut days: Vec<i64> = items
        .iter()
        .filter_map(|&i| {
            // Answers are oldest first: the first host's is the brand's first.
            let a = site.answers(i).iter().find(|&&a| site.by_host(a))?;
            Some((site.stories[*a].date - site.stories[i].date).num_days())
        })
        .collect();
    days.sort_unstable();
    FeedbackStats {
        by_status,
        median_days_to_answer: median(&days),
    }
}

fn median(sorted: &[i64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2] as f64),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) as f64 / 2.0),
    }
}

#[cfg(test)]
mod tests {
    use super::median;

    #[test]
    fn median_of_odd_even_and_none() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[3, 9, 40]), Some(9.0));
        assert_eq!(median(&[10, 20]), Some(15.0));
    }
}
