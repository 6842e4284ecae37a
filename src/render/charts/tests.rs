//! Tests of the stats charts: their SVG, scales, labels and descriptions.

use super::*;
use crate::model::Kind;
use quick_xml::events::Event;
use quick_xml::Reader;

/// Parses the SVG as XML; returns (element names, ids, text of <text> elements).
fn parse(svg: &str) -> (Vec<String>, Vec<String>, Vec<String>) {
    let mut reader = Reader::from_str(svg);
    let (mut names, mut ids, mut texts) = (Vec::new(), Vec::new(), Vec::new());
    let mut in_text = false;
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) | Event::Empty(e) => {
                let name = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
                in_text = name == "text";
                for a in e.attributes() {
                    let a = a.unwrap();
                    if a.key.as_ref() == b"id" {
                        ids.push(a.unescape_value().unwrap().to_string());
                    }
                }
                names.push(name);
            }
            Event::Text(t) if in_text => texts.push(t.decode().unwrap().to_string()),
            Event::GeneralRef(r) if in_text => {
                let name = String::from_utf8(r.to_vec()).unwrap();
                texts.push(format!("&{name};"));
            }
            Event::End(_) => in_text = false,
            Event::Eof => break,
            _ => {}
        }
    }
    (names, ids, texts)
}

fn months(n: usize) -> Vec<(String, usize)> {
    (0..n)
        .map(|i| (format!("{}-{:02}", 2020 + i / 12, i % 12 + 1), (i * 7) % 11))
        .collect()
}

#[test]
fn bar_chart_is_accessible_and_responsive() {
    let svg = bar_chart(
        "Stories per month",
        &months(5),
        &ChartOptions::new("m", "Month", "Stories"),
    );
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 252\""));
    assert!(svg.contains("role=\"img\" aria-labelledby=\"m-title m-desc\""));
    assert!(svg.contains("style=\"width:100%;height:auto\""));
    assert!(svg.contains("<title id=\"m-title\">Stories per month</title>"));
    assert!(svg.contains(
        "<desc id=\"m-desc\">5 values from 2020-01 (0) to 2020-05 (6); highest 10 in 2020-04; sum 26.</desc>"
    ));
    assert!(svg.contains("style=\"color:var(--accent)\""));
    assert!(!svg.contains("script") && !svg.contains("width=\"640\""));
    let (names, ids, texts) = parse(&svg);
    assert_eq!(ids, vec!["m-title", "m-desc"]);
    // One bar per non-zero month (2020-01 has 0).
    assert_eq!(names.iter().filter(|n| *n == "rect").count(), 4);
    assert!(texts.contains(&"Month".to_string()) && texts.contains(&"Stories".to_string()));
    // Value axis 0..10 in steps of 2.
    for t in ["0", "2", "4", "6", "8", "10"] {
        assert!(texts.contains(&t.to_string()), "tick {t}");
    }
}

#[test]
fn many_months_label_every_nth() {
    let data = months(40);
    let svg = bar_chart("S", &data, &ChartOptions::new("s", "", ""));
    let (_, _, texts) = parse(&svg);
    let labels: Vec<&String> = texts.iter().filter(|t| t.len() == 7).collect();
    // 40 months, four fit at a legible size: every 12th month is labelled.
    assert_eq!(labels, vec!["2020-01", "2021-01", "2022-01", "2023-01"]);
    let svg12 = bar_chart("S", &months(12), &ChartOptions::new("s", "", ""));
    let (_, _, texts) = parse(&svg12);
    assert_eq!(texts.iter().filter(|t| t.len() == 7).count(), 4);
}

#[test]
fn label_steps_and_scales() {
    assert_eq!(label_step(9, 9), 1);
    assert_eq!(label_step(10, 9), 2);
    assert_eq!(label_step(30, 9), 4);
    assert_eq!(label_step(60, 9), 12);
    assert_eq!(label_step(400, 9), 48);
    assert_eq!(nice_scale(0), (1, 1));
    assert_eq!(nice_scale(5), (5, 1));
    assert_eq!(nice_scale(7), (8, 2));
    assert_eq!(nice_scale(12), (15, 5));
    assert_eq!(nice_scale(100), (100, 20));
    assert_eq!(nice_scale(1234), (1500, 500));
}

#[test]
fn text_is_escaped_and_ids_are_made_safe() {
    let data = vec![("<b>&\"x\"".to_string(), 3)];
    let opts = ChartOptions::new("top topics!", "A&B", "<y>");
    for svg in [
        bar_chart("T<&>", &data, &opts),
        line_chart("T<&>", &data, &opts),
        hbar_chart("T<&>", &data, &opts),
    ] {
        assert!(svg.contains("T&lt;&amp;&gt;"));
        assert!(svg.contains("&lt;b&gt;&amp;&quot;x&quot;"));
        assert!(!svg.contains("<b>") && !svg.contains("<y>"));
        let (_, ids, _) = parse(&svg);
        assert_eq!(ids, vec!["top-topics--title", "top-topics--desc"]);
    }
}

#[test]
fn line_chart_draws_area_line_and_points() {
    let data = vec![("2024-01".to_string(), 2), ("2024-02".to_string(), 4)];
    let svg = line_chart(
        "Members",
        &data,
        &ChartOptions::new("c", "Month", "Members"),
    );
    let (names, _, _) = parse(&svg);
    assert_eq!(names.iter().filter(|n| *n == "path").count(), 2);
    assert_eq!(names.iter().filter(|n| *n == "circle").count(), 2);
    // Points at band centres: bands are 164 wide from x=60; 4 is the top (y=14).
    assert!(svg.contains("<path d=\"M142 200 L142 107 L306 14 L306 200 Z\""));
    assert!(svg.contains("<title>2024-02: 4</title>"));
}

#[test]
fn hbar_chart_shortens_long_labels_but_keeps_them_in_tooltips() {
    let long = "a-very-long-topic-name-that-goes-on-and-on-and-on".to_string();
    let data = vec![(long.clone(), 8), ("short".to_string(), 2)];
    let svg = hbar_chart(
        "Top topics",
        &data,
        &ChartOptions::new("t", "Stories", "Topic"),
    );
    let (_, _, texts) = parse(&svg);
    assert!(texts.contains(&"a-very-long-topic-name-that-goes-on-and…".to_string()));
    assert!(svg.contains(&format!("<title>{long}: 8</title>")));
    assert!(svg
        .contains("<desc id=\"t-desc\">a-very-long-topic-name-that-goes-on-and-on-and-on: 8, short: 2.</desc>"));
    assert!(texts.contains(&"Topic".to_string()) && texts.contains(&"Stories".to_string()));
}

#[test]
fn stats_charts_have_distinct_ids_and_are_deterministic() {
    let stats = Stats {
        per_month: months(30),
        cumulative_members: months(30),
        by_kind: Kind::ALL.iter().map(|&k| (k, 3)).collect(),
        top_topics: vec![("shoes".into(), 9), ("repair".into(), 4)],
        ..Stats::default()
    };
    let a = stats_charts(&stats, "stats", &crate::i18n::Catalogue::english());
    assert_eq!(
        a,
        stats_charts(&stats, "stats", &crate::i18n::Catalogue::english())
    );
    let mut ids = Vec::new();
    for svg in [
        &a.per_month,
        &a.cumulative_members,
        &a.by_kind,
        &a.top_topics,
    ] {
        ids.extend(parse(svg).1);
    }
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(ids.len(), 8);
    assert_eq!(unique.len(), 8);
    assert!(a.by_kind.contains(">Feedback</text>"));
    // The stats page wrote months as "2020-01"; the rest of the site in words.
    assert!(a.per_month.contains(">Jan 2020</text>"), "{}", a.per_month);
    assert!(a.cumulative_members.contains("<title>Jun 2022: "));
    assert!(!a.per_month.contains("2020-01"));
}

#[test]
fn empty_data_still_has_title_and_desc() {
    let svg = bar_chart("Stories per month", &[], &ChartOptions::new("e", "", ""));
    let (_, ids, texts) = parse(&svg);
    assert_eq!(ids, vec!["e-title", "e-desc"]);
    assert_eq!(texts, vec!["No data yet"]);
}
