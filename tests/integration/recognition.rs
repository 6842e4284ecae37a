//! Recognition as users see it, checked against an independent count made
//! here from the content files (a tiny front-matter reader, not potluck's).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::support::*;

/// The fields recognition depends on, read line by line.
#[derive(Debug, Default, Clone)]
struct Fm {
    slug: String,
    authors: Vec<String>,
    thanks: Vec<String>,
    tags: Vec<String>,
    kind: String,
    date: String,
    draft: bool,
}

fn list(v: &str) -> Vec<String> {
    v.trim()
        .trim_start_matches('[')
        .trim_end_matches(']')
        .split(',')
        .map(|s| s.trim().trim_matches('"').to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

fn front_matter(text: &str) -> Fm {
    let mut fm = Fm {
        kind: "story".into(),
        ..Fm::default()
    };
    for line in text.lines().skip(1).take_while(|l| *l != "---") {
        let Some((k, v)) = line.split_once(':') else {
            continue;
        };
        match k {
            "authors" => fm.authors = list(v),
            "thanks" => fm.thanks = list(v),
            "tags" => fm.tags = list(v),
            "kind" => fm.kind = v.trim().to_string(),
            "date" => fm.date = v.trim()[..10].to_string(),
            "draft" => fm.draft = v.trim() == "true",
            _ => {}
        }
    }
    fm
}

fn published(content: &Path) -> Vec<Fm> {
    walkdir::WalkDir::new(content.join("stories"))
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| {
            let mut fm = front_matter(&read(e.path()));
            let stem = e.path().file_stem().unwrap().to_string_lossy().into_owned();
            fm.slug = if stem == "index" {
                e.path()
                    .parent()
                    .unwrap()
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            } else {
                stem
            };
            fm
        })
        .filter(|f| !f.draft)
        .collect()
}

/// Badge holders as the contract defines them, for the badges that need no dates.
fn expected_badges(stories: &[Fm]) -> BTreeMap<&'static str, usize> {
    let mut coauthors: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let (mut first, mut critic, mut thanked) = (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
    for s in stories {
        for a in &s.authors {
            first.insert(a.as_str());
            let others = coauthors.entry(a).or_default();
            others.extend(s.authors.iter().filter(|b| *b != a).map(String::as_str));
            if s.kind == "feedback" {
                critic.insert(a.as_str());
            }
        }
        thanked.extend(
            s.thanks
                .iter()
                .filter(|t| !s.authors.contains(t))
                .map(String::as_str),
        );
    }
    BTreeMap::from([
        ("first-story", first.len()),
        (
            "co-creator",
            coauthors.values().filter(|c| !c.is_empty()).count(),
        ),
        (
            "connector",
            coauthors.values().filter(|c| c.len() >= 3).count(),
        ),
        ("critic", critic.len()),
        ("thanked", thanked.len()),
    ])
}

fn stats(public: &Path) -> serde_json::Value {
    serde_json::from_str(&read(&public.join("stats.json"))).unwrap()
}

#[test]
fn recognition_figures_agree_with_an_independent_count_on_a_generated_corpus() {
    let dir = tempfile::tempdir().unwrap();
    generate_corpus(dir.path(), 400, 80);
    let public = dir.path().join("public");
    build_ok(dir.path(), &public);
    let stories = published(&dir.path().join("content"));
    let stats = stats(&public);
    assert_eq!(stats["stories"], stories.len());
    let mut per_member: BTreeMap<&str, usize> = BTreeMap::new();
    for s in &stories {
        for a in &s.authors {
            *per_member.entry(a).or_default() += 1;
        }
    }
    // The corpus uses the contract's default levels: 1, 3, 10, 25 stories.
    let thresholds = [1, 3, 10, 25];
    for (i, level) in stats["levels"].as_array().unwrap().iter().enumerate() {
        let next = thresholds.get(i + 1).copied().unwrap_or(usize::MAX);
        let expected = per_member
            .values()
            .filter(|&&n| n >= thresholds[i] && n < next)
            .count();
        assert_eq!(level["members"], expected, "level {}", level["level"]);
    }
    let badges: BTreeMap<String, u64> = stats["badges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["badge"].as_str().unwrap().to_string(),
                b["members"].as_u64().unwrap(),
            )
        })
        .collect();
    for (id, n) in expected_badges(&stories) {
        assert_eq!(badges[id], n as u64, "badge {id}");
    }
    for k in stats["stories_by_kind"].as_array().unwrap() {
        let n = stories
            .iter()
            .filter(|s| s.kind == k["kind"].as_str().unwrap())
            .count();
        assert_eq!(k["stories"], n, "kind {}", k["kind"]);
    }
    let month_total: u64 = stats["stories_per_month"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["stories"].as_u64().unwrap())
        .sum();
    assert_eq!(month_total as usize, stories.len());
    let newest = stories.iter().map(|s| &s.date[..7]).max().unwrap();
    assert_eq!(
        stats["new_this_month"],
        stories
            .iter()
            .filter(|s| s.date.starts_with(newest))
            .count()
    );
}

#[test]
fn example_site_shows_every_level_badge_and_welcome() {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    // The example site's newest first story is from 2025-09-15: within the
    // banner's 30 days of this day; every other first story is older.
    let today = chrono::NaiveDate::from_ymd_opt(2025, 9, 30).unwrap();
    let o = build_with(&repo(), &public, &["--today", "2025-09-30"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let stats = stats(&public);
    for level in stats["levels"].as_array().unwrap() {
        assert!(
            level["members"].as_u64().unwrap() > 0,
            "nobody at level {}",
            level["level"]
        );
    }
    for badge in stats["badges"].as_array().unwrap() {
        assert!(
            badge["members"].as_u64().unwrap() > 0,
            "nobody holds {}",
            badge["badge"]
        );
    }
    // A story that is its lead author's first welcomes them with a banner
    // for 30 days and keeps a "First story" mark; a later one has neither.
    let stories = published(&repo().join("content"));
    let mut by_author: BTreeMap<&str, Vec<&Fm>> = BTreeMap::new();
    for s in &stories {
        for a in &s.authors {
            by_author.entry(a).or_default().push(s);
        }
    }
    let (mut welcomed, mut marked) = (0, 0);
    for s in &stories {
        let lead = &s.authors[0];
        let first = by_author[lead.as_str()]
            .iter()
            .min_by(|a, b| (&a.date, &a.slug).cmp(&(&b.date, &b.slug)))
            .unwrap();
        let page = html(&public.join(format!("stories/{}/index.html", s.slug)));
        let banner = select(&page, ".welcome-banner").iter().any(|b| {
            b.text().collect::<String>() == format!("First story from @{lead} — welcome!")
                && !select(
                    &page,
                    &format!(".welcome-banner a[href='/members/{lead}/']"),
                )
                .is_empty()
        });
        let is_first = first.slug == s.slug;
        let day: chrono::NaiveDate = s.date[..10].parse().unwrap();
        let recent = (today - day).num_days() <= 30;
        assert_eq!(banner, is_first && recent, "{}", s.slug);
        let mark = select(&page, ".story-flags .chip--welcome")
            .iter()
            .any(|c| c.text().collect::<String>() == "First story");
        assert_eq!(mark, is_first, "{}", s.slug);
        welcomed += usize::from(banner);
        marked += usize::from(mark && !banner);
    }
    assert!(
        welcomed >= 1 && marked >= 5,
        "{welcomed} banners, {marked} marks alone"
    );
    // Feedback is in the main navigation and its listing holds every feedback story.
    let home = html(&public.join("index.html"));
    assert!(!select(&home, "a[href='/kinds/feedback/']").is_empty());
    let feedback = read(&public.join("kinds/feedback/index.html"));
    for s in stories.iter().filter(|s| s.kind == "feedback") {
        assert!(
            feedback.contains(&format!("/stories/{}/", s.slug)),
            "{} missing from /kinds/feedback/",
            s.slug
        );
    }
}

#[test]
fn profile_offers_an_embeddable_badge_and_share_links() {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    build_ok(&repo(), &public);
    let badge = read(&public.join("members/jose-nunez/badge.svg"));
    assert!(
        // José's granted title ("Ambassador", the champion role) wins over
        // his earned level on the badge.
        badge.contains("Trailhead community") && badge.contains("Ambassador"),
        "{badge}"
    );
    parse_xml(&public.join("members/jose-nunez/badge.svg"));
    let doc = html(&public.join("members/jose-nunez/index.html"));
    let snippets: Vec<String> = select(&doc, "textarea")
        .iter()
        .map(|t| t.text().collect())
        .collect();
    assert!(snippets.iter().any(|s| s.contains("https://community.trailhead.example/members/jose-nunez/badge.svg")), "{snippets:?}");
    let og: Vec<&str> = select(&doc, "meta[property='og:url']")
        .iter()
        .filter_map(|m| m.value().attr("content"))
        .collect();
    assert_eq!(
        og,
        ["https://community.trailhead.example/members/jose-nunez/"]
    );
    let shares: Vec<&str> = select(
        &doc,
        "a[href*='bsky.app'], a[href*='linkedin.com'], a[href^='mailto:']",
    )
    .iter()
    .filter_map(|a| a.value().attr("href"))
    .collect();
    assert!(shares.len() >= 3, "{shares:?}");
}

/// The name and `data-level-rank` of every level chip matching `css`.
fn level_chips(doc: &scraper::Html, css: &str) -> Vec<(String, String)> {
    select(doc, css)
        .iter()
        .map(|c| {
            let rank = c.value().attr("data-level-rank").unwrap_or("").to_string();
            (c.text().collect::<String>(), rank)
        })
        .collect()
}

/// The leaderboard's level headings.
const LEVELS: &str = ".level .panel-title .chip--level";

#[test]
fn level_chips_carry_their_levels_rank_on_every_page() {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    build_ok(&repo(), &public);
    // The example's levels, lowest first: rank 1 to 4, each its own colour.
    let rank_of = |name: &str| {
        ["Newcomer", "Contributor", "Regular", "Champion"]
            .iter()
            .position(|l| *l == name)
            .map(|i| (i + 1).to_string())
    };
    let board = level_chips(&html(&public.join("leaderboard/index.html")), LEVELS);
    let ranks: Vec<&str> = board.iter().map(|(_, r)| r.as_str()).collect();
    // The leaderboard lists the levels highest first.
    assert_eq!(ranks, ["4", "3", "2", "1"], "{board:?}");
    let mut seen = BTreeSet::new();
    for page in ["members/index.html", "leaderboard/index.html"]
        .into_iter()
        .map(String::from)
        .chain(profiles(&public))
    {
        for (name, rank) in level_chips(&html(&public.join(&page)), ".chip--level") {
            assert_eq!(Some(&rank), rank_of(&name).as_ref(), "{page}: {name}");
            seen.insert(rank);
        }
    }
    assert_eq!(seen.len(), 4, "{seen:?}");
}

#[test]
fn a_sites_own_levels_are_ranked_lowest_first() {
    let site = fixture("small");
    let names = [
        "Seed", "Sprout", "Sapling", "Tree", "Grove", "Forest", "Biome",
    ];
    let levels: String = names
        .iter()
        .enumerate()
        .map(|(i, n)| format!("    - {{ name: {n}, stories: {} }}\n", i + 1))
        .collect();
    let yaml_path = site.path().join("content/site.yaml");
    let yaml = read(&yaml_path);
    let head = &yaml[..yaml.find("  levels:").unwrap()];
    std::fs::write(&yaml_path, format!("{head}  levels:\n{levels}")).unwrap();
    let public = site.path().join("public");
    build_ok(site.path(), &public);
    let board = level_chips(&html(&public.join("leaderboard/index.html")), LEVELS);
    let want: Vec<(String, String)> = names
        .iter()
        .enumerate()
        .rev()
        .map(|(i, n)| (n.to_string(), (i + 1).to_string()))
        .collect();
    assert_eq!(board, want);
}

/// Every profile page, relative to `public`.
fn profiles(public: &Path) -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(public.join("members"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("index.html").is_file())
        .map(|p| {
            let handle = p.file_name().unwrap().to_string_lossy().into_owned();
            format!("members/{handle}/index.html")
        })
        .collect();
    out.sort();
    out
}

/// The text a reader sees: no scripts, styles, form fields or code.
fn visible_text(doc: &scraper::Html) -> String {
    const HIDDEN: [&str; 6] = ["script", "style", "textarea", "pre", "code", "template"];
    doc.root_element()
        .descendants()
        .filter_map(|n| n.value().as_text().map(|t| (n, t)))
        .filter(|(n, _)| {
            n.ancestors().all(|a| {
                a.value()
                    .as_element()
                    .is_none_or(|e| !HIDDEN.contains(&e.name()))
            })
        })
        .map(|(_, t)| format!("{} ", &**t))
        .collect()
}

/// "2024-05-01" and the like, where the text writes a day as digits.
fn iso_dates(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    (0..b.len())
        .filter(|&i| {
            b[i..].starts_with(b"20")
                && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
                && [2, 3, 5, 6, 8, 9].iter().all(|&k| digit(i + k))
                && b.get(i + 4) == Some(&b'-')
                && b.get(i + 7) == Some(&b'-')
                && !digit(i + 10)
        })
        .map(|i| text[i.saturating_sub(40)..i + 10].to_string())
        .collect()
}

#[test]
fn profiles_write_dates_in_words() {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    build_ok(&repo(), &public);
    let pages = profiles(&public);
    assert!(pages.len() >= 10, "{pages:?}");
    for page in &pages {
        let doc = html(&public.join(page));
        assert_eq!(
            iso_dates(&visible_text(&doc)),
            Vec::<String>::new(),
            "{page}"
        );
    }
    // The badges that name a day name it as the rest of the site does.
    let text = visible_text(&html(&public.join("members/jose-nunez/index.html")));
    assert!(text.contains("joined on 21 March 2023"), "{text}");
    assert!(iso_dates("on 2023-03-21, ") == ["on 2023-03-21"]);
}
