//! Conversations: `responds_to` threads on pages, feeds and search, and the
//! errors of a thread that names no story or goes round in a circle.

use std::path::Path;

use crate::support::*;

fn built() -> (tempfile::TempDir, std::path::PathBuf) {
    let site = fixture("conversation");
    let out = site.path().join("public");
    build_ok(site.path(), &out);
    (site, out)
}

fn text_of(doc: &scraper::Html, css: &str) -> Vec<String> {
    select(doc, css)
        .iter()
        .map(|e| {
            e.text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

fn page(out: &Path, path: &str) -> scraper::Html {
    html(&out.join(path).join("index.html"))
}

#[test]
fn an_answer_links_the_story_it_answers_with_author_kind_and_date() {
    let (_site, out) = built();
    let doc = page(&out, "stories/about-sizes");
    assert_eq!(
        text_of(&doc, ".thread-to"),
        ["Fixture's answer In answer to Sizes run small — Feedback by Fern Feedback, 1 March 2024"]
    );
    let doc = page(&out, "stories/me-too-glue");
    // A member's answer is not the brand's.
    assert_eq!(
        text_of(&doc, ".thread-to"),
        ["In answer to The glue fails in the cold — Feedback by Fern Feedback, 1 April 2024"]
    );
}

#[test]
fn the_answered_story_lists_every_answer_oldest_first_marking_the_brands() {
    let (_site, out) = built();
    let doc = page(&out, "stories/glue-fails");
    assert_eq!(text_of(&doc, "#answers-title"), ["Answers: 2"]);
    assert_eq!(
        text_of(&doc, ".answer-list li"),
        [
            "Me too, the glue — Story by Milo Member, 5 April 2024",
            "Fixture's answer Winter glue, an answer — Story by Hana Host, 21 April 2024",
        ]
    );
    let doc = page(&out, "stories/too-much-box");
    assert!(
        select(&doc, ".answers").is_empty(),
        "an unanswered story lists answers"
    );
}

#[test]
fn feeds_and_the_search_index_carry_what_a_story_answers() {
    let (_site, out) = built();
    let feed = read(&out.join("atom.xml"));
    parse_xml(&out.join("atom.xml"));
    assert!(feed.contains("<thr:in-reply-to xmlns:thr=\"http://purl.org/syndication/thread/1.0\" ref=\"https://conversation.example/stories/glue-fails/\""));
    let index: serde_json::Value =
        serde_json::from_str(&read(&out.join("search-index.json"))).unwrap();
    let entry = |title: &str| {
        index
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["t"] == title)
            .unwrap()
            .clone()
    };
    assert_eq!(entry("Winter glue, an answer")["r"], "/stories/glue-fails/");
    assert!(entry("My first walk").get("r").is_none());
}

fn check_with(story: &str, text: &str) -> String {
    let site = fixture("conversation");
    let path = site
        .path()
        .join("content/stories")
        .join(format!("{story}.md"));
    std::fs::write(path, text).unwrap();
    let o = potluck_in(site.path(), &["check"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    stdout(&o) + &stderr(&o)
}

#[test]
fn responds_to_an_unknown_story_names_file_line_column_and_a_fix() {
    let out = check_with(
        "about-sizes",
        "---\ntitle: About sizes\nauthors: [hana]\ndate: 2024-03-11\nresponds_to: sizes-run-smal\n---\nx\n",
    );
    assert!(
        out.contains("error: `responds_to` names no story: `sizes-run-smal`\n --> content/stories/about-sizes.md:5:14"),
        "{out}"
    );
    assert!(out.contains("did you mean `sizes-run-small`?"), "{out}");
}

#[test]
fn responds_to_cycles_and_itself_are_errors() {
    let out = check_with(
        "sizes-run-small",
        "---\ntitle: Sizes\nauthors: [fern]\ndate: 2024-03-01\nkind: feedback\nresponds_to: about-sizes\n---\nx\n",
    );
    assert!(
        out.contains("error: answers go round in a circle: about-sizes → sizes-run-small → about-sizes\n --> content/stories/sizes-run-small.md:6:14"),
        "{out}"
    );
    assert!(
        out.contains(" --> content/stories/about-sizes.md:5:14"),
        "{out}"
    );
    let out = check_with(
        "first-walk",
        "---\ntitle: Walk\nauthors: [milo]\ndate: 2024-05-20\nresponds_to: first-walk\n---\nx\n",
    );
    assert!(
        out.contains(
            "error: the story `first-walk` answers itself\n --> content/stories/first-walk.md:5:1"
        ),
        "{out}"
    );
}

#[test]
fn status_is_for_feedback_only_and_must_be_a_known_one() {
    let out = check_with(
        "glue-fails",
        "---\ntitle: Glue\nauthors: [fern]\ndate: 2024-04-01\nkind: feedback\nstatus: planed\n---\nx\n",
    );
    assert!(
        out.contains("error: unknown status `planed`\n --> content/stories/glue-fails.md:6:1"),
        "{out}"
    );
    assert!(out.contains("did you mean `planned`?"), "{out}");
    let out = check_with(
        "first-walk",
        "---\ntitle: Walk\nauthors: [milo]\ndate: 2024-05-20\nstatus: done\n---\nx\n",
    );
    assert!(
        out.contains(
            "error: `status` is only for feedback stories\n --> content/stories/first-walk.md:5:1"
        ),
        "{out}"
    );
}

#[test]
fn a_feedback_page_shows_its_status_note_and_date() {
    let (_site, out) = built();
    let doc = page(&out, "stories/glue-fails");
    assert_eq!(
        text_of(&doc, ".feedback-status"),
        ["Status: Planned — A winter glue is in testing."]
    );
    let doc = page(&out, "stories/too-much-box");
    assert_eq!(text_of(&doc, ".feedback-status"), ["Status: Open"]);
    let doc = page(&out, "stories/first-walk");
    assert!(select(&doc, ".feedback-status").is_empty());
}

#[test]
fn the_feedback_board_groups_every_feedback_story_by_status_with_the_brands_answer() {
    let (_site, out) = built();
    let doc = page(&out, "kinds/feedback");
    assert_eq!(
        text_of(&doc, ".board-group h3"),
        ["Open 1", "Heard 0", "Planned 1", "Done 1", "Declined 1"]
    );
    assert_eq!(
        text_of(&doc, ".status--planned li"),
        ["The glue fails in the cold — by Fern Feedback, 1 April 2024 A winter glue is in testing. Fixture's answer Winter glue, an answer — Story by Hana Host, 21 April 2024"]
    );
    assert_eq!(
        text_of(&doc, ".status--open li"),
        ["Too much box — by Milo Member, 1 May 2024"]
    );
    let doc = page(&out, "kinds/tip");
    assert!(select(&doc, ".board").is_empty());
}

#[test]
fn stats_count_feedback_by_status_and_the_median_days_to_a_host_answer() {
    let (_site, out) = built();
    let stats: serde_json::Value = serde_json::from_str(&read(&out.join("stats.json"))).unwrap();
    let by: Vec<(String, u64)> = stats["feedback"]["by_status"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["status"].as_str().unwrap().to_string(),
                c["stories"].as_u64().unwrap(),
            )
        })
        .collect();
    let want = [
        ("open", 1),
        ("heard", 0),
        ("planned", 1),
        ("done", 1),
        ("declined", 1),
    ];
    assert_eq!(by, want.map(|(s, n)| (s.to_string(), n)));
    // Sizes: 10 days to Hana's answer; glue: 20 (Milo's answer after 4 is
    // not the brand's).
    assert_eq!(stats["feedback"]["median_days_to_answer"], 15.0);
    let doc = page(&out, "stats");
    assert_eq!(
        text_of(&doc, ".feedback-median"),
        ["Median time to the brand's first answer: 15 days."]
    );
}

#[test]
fn a_hosts_answers_are_on_their_profile_and_the_critic_badge_names_the_feedback() {
    let (_site, out) = built();
    let hana = page(&out, "members/hana");
    assert_eq!(text_of(&hana, "#host-answers-title"), ["Answers"]);
    assert_eq!(
        text_of(&hana, ".host-answers li"),
        [
            "Winter glue, an answer 21 April 2024 In answer to The glue fails in the cold — Feedback by Fern Feedback, 1 April 2024",
            "About sizes, and what we changed 11 March 2024 In answer to Sizes run small — Feedback by Fern Feedback, 1 March 2024",
        ]
    );
    // A member's answer is a story like any other: no Answers section.
    let milo = page(&out, "members/milo");
    assert!(select(&milo, ".host-answers").is_empty());
    assert_eq!(
        text_of(&milo, ".badge--critic .badge-reason"),
        ["wrote the feedback “Too much box”"]
    );
    let fern = page(&out, "members/fern");
    assert_eq!(
        text_of(&fern, ".badge--critic .badge-reason"),
        ["wrote 3 feedback stories, the latest “Laces fray”"]
    );
}

/// Milo's first story, "Me too, the glue", is from 2024-04-05.
fn first_story_flags(out: &Path) -> (Vec<String>, Vec<String>) {
    let doc = page(out, "stories/me-too-glue");
    (
        text_of(&doc, ".welcome-banner"),
        text_of(&doc, ".story-flags .chip--welcome"),
    )
}

#[test]
fn the_welcome_banner_shows_for_30_days_and_the_first_story_mark_stays() {
    let site = fixture("conversation");
    let out = site.path().join("public");
    let o = build_with(site.path(), &out, &["--today", "2024-05-05"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        first_story_flags(&out),
        (
            vec!["First story from @milo — welcome!".to_string()],
            vec!["First story".to_string()]
        )
    );
    // A later story by the same member is no first story.
    let later = page(&out, "stories/first-walk");
    assert!(select(&later, ".chip--welcome, .welcome-banner").is_empty());
    let o = build_with(site.path(), &out, &["--today", "2024-05-06"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        first_story_flags(&out),
        (vec![], vec!["First story".to_string()])
    );
}

#[test]
fn a_cached_build_on_a_later_day_drops_the_banner_as_a_cold_build_does() {
    let site = fixture("conversation");
    let (warm, cold) = (site.path().join("warm"), site.path().join("cold"));
    let o = build_with(site.path(), &warm, &["--today", "2024-05-05"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // Nothing changed but the day: the cache must not keep the banner.
    let o = build_with(site.path(), &warm, &["--today", "2024-05-06"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = build_with(site.path(), &cold, &["--no-cache", "--today", "2024-05-06"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(first_story_flags(&warm).0.is_empty());
    assert!(
        files(&warm) == files(&cold),
        "the warm build differs from a cold one"
    );
}
