//! The community itself, before any file is written: members (a few hosts
//! and champions) and stories whose authorship follows a power law (a few
//! evangelists write most of them), with co-authors, thanks, tags, kinds,
//! bundles and drafts. Every flavour writes this same community.

use chrono::{Days, NaiveDate};

use crate::rng::{Rng, Weighted};
use crate::text::{body, capitalize, paragraph, sentence, words};

pub const TAGS: &[&str] = &[
    "trail-running",
    "hiking",
    "design",
    "sustainability",
    "repair",
    "coffee",
    "meetups",
    "gear",
    "photography",
    "travel",
    "community",
    "feedback",
    "beginners",
    "ultras",
    "climbing",
    "camping",
    "nutrition",
    "recovery",
    "events",
    "workshops",
    "kids",
    "urban",
    "winter",
    "desert",
];
const KINDS: &[(&str, usize)] = &[
    ("story", 12),
    ("review", 3),
    ("tip", 3),
    ("feedback", 2),
    ("event", 1),
];
const FIRST: &[&str] = &[
    "Alice", "Bob", "Carol", "Dan", "Erin", "Farah", "Gus", "Hana", "Ivan", "Jun", "Kemi", "Liam",
    "Mia", "Noor", "Oscar", "Priya", "Quinn", "Ravi", "Sofia", "Tariq", "Uma", "Vera", "Wen",
    "Xavi", "Yuki", "Zane",
];
const LAST: &[&str] = &[
    "Nguyen",
    "Okafor",
    "Smith",
    "Garcia",
    "Kim",
    "Rossi",
    "Novak",
    "Haddad",
    "Silva",
    "Tanaka",
    "Müller",
    "Dubois",
    "Kowalski",
    "Ahmed",
    "Johansson",
    "Costa",
    "Ivanova",
    "Park",
    "Singh",
    "Moreau",
];
const CITIES: &[&str] = &[
    "Sydney, Australia",
    "Lagos, Nigeria",
    "Lyon, France",
    "Osaka, Japan",
    "Denver, USA",
    "São Paulo, Brazil",
    "Kraków, Poland",
    "Nairobi, Kenya",
    "Vancouver, Canada",
    "Pune, India",
];

pub struct Member {
    pub handle: String,
    pub name: String,
    pub location: &'static str,
    pub interests: Vec<&'static str>,
    pub role: &'static str,
    pub bio: String,
}

pub struct Story {
    pub slug: String,
    pub title: String,
    /// The lead author first.
    pub authors: Vec<String>,
    pub date: NaiveDate,
    pub tags: Vec<&'static str>,
    pub kind: &'static str,
    pub summary: Option<String>,
    pub featured: bool,
    pub draft: bool,
    pub thanks: Vec<String>,
    /// Written as a bundle (`<slug>/index.md`) with a cover image beside it.
    pub bundle: bool,
    pub body: String,
}

/// `k` distinct tags, sorted.
fn tags(r: &mut Rng, lo: usize, hi: usize) -> Vec<&'static str> {
    let k = r.int(lo, hi);
    let mut t = r.sample(TAGS, k);
    t.sort_unstable();
    t
}

/// A handle from a name: lowercase ASCII letters and hyphens, `-<i>` when taken.
fn handle(name: &str, i: usize, taken: &mut std::collections::HashSet<String>) -> String {
    let mut h: String = name
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            'ü' => Some('u'),
            c if c.is_ascii_lowercase() => Some(c),
            _ => None,
        })
        .collect();
    if taken.contains(&h) {
        h = format!("{h}-{i}");
    }
    taken.insert(h.clone());
    h
}

pub fn members(r: &mut Rng, count: usize) -> Vec<Member> {
    let mut taken = std::collections::HashSet::new();
    let hosts = (count / 100).max(1);
    (0..count)
        .map(|i| {
            let name = format!("{} {}", r.pick(FIRST), r.pick(LAST));
            let handle = handle(&name, i, &mut taken);
            let location = *r.pick(CITIES);
            let interests = tags(r, 1, 4);
            let role = if i < hosts {
                "host"
            } else if r.chance(0.03) {
                "champion"
            } else {
                "member"
            };
            let bio = paragraph(r, std::slice::from_ref(&handle), &[]) + "\n";
            Member {
                handle,
                name,
                location,
                interests,
                role,
                bio,
            }
        })
        .collect()
}

fn kind(r: &mut Rng) -> &'static str {
    let total: usize = KINDS.iter().map(|k| k.1).sum();
    let mut x = r.int(0, total - 1);
    for &(k, w) in KINDS {
        if x < w {
            return k;
        }
        x -= w;
    }
    "story"
}

/// The lead author (power law) and, for about one story in five, co-authors.
fn authors(r: &mut Rng, handles: &[String], by_output: &Weighted, order: &[usize]) -> Vec<String> {
    let mut authors = vec![handles[order[by_output.draw(r)]].clone()];
    if r.chance(0.18) {
        let k = r.int(1, 3);
        for h in r.sample(handles, k) {
            if !authors.contains(&h) {
                authors.push(h);
            }
        }
    }
    authors
}

pub fn stories(r: &mut Rng, count: usize, handles: &[String]) -> Vec<Story> {
    let start = NaiveDate::from_ymd_opt(2019, 1, 1).expect("a valid date");
    let end = NaiveDate::from_ymd_opt(2026, 10, 31).expect("a valid date");
    let span = (end - start).num_days() as usize;
    let by_output = Weighted::new((0..handles.len()).map(|k| 1.0 / ((k + 1) as f64).powf(0.9)));
    let mut order: Vec<usize> = (0..handles.len()).collect();
    r.shuffle(&mut order);
    let mut slugs: Vec<String> = Vec::with_capacity(count);
    (0..count)
        .map(|i| {
            let authors = authors(r, handles, &by_output, &order);
            let n = r.int(3, 8);
            let title = capitalize(&words(r, n));
            let stem: Vec<&str> = title.split(' ').take(5).collect();
            let slug = format!("{}-{i}", stem.join("-").to_lowercase());
            let date = start + Days::new(r.int(0, span - 1) as u64);
            let story = Story {
                title,
                authors,
                date,
                tags: tags(r, 0, 4),
                kind: kind(r),
                summary: r.chance(0.6).then(|| sentence(r)),
                featured: r.chance(0.01),
                draft: r.chance(0.01),
                thanks: if r.chance(0.1) {
                    vec![r.pick(handles).clone()]
                } else {
                    vec![]
                },
                bundle: r.chance(0.1),
                body: body(r, handles, &slugs[slugs.len().saturating_sub(200)..]),
                slug: slug.clone(),
            };
            // Stories link only to earlier published ones: no link is broken.
            if !story.draft {
                slugs.push(slug);
            }
            story
        })
        .collect()
}
