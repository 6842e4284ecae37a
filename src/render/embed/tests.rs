//! Unit tests for embeds: which players are recognised, and the HTML written.

use super::*;

fn cfg() -> EmbedsConfig {
    EmbedsConfig {
        peertube: vec!["tube.example.org".into()],
        allow: vec!["slides.example.com".into()],
    }
}

#[test]
fn youtube_vimeo_and_peertube_links_and_players_are_recognised() {
    let link = |u: &str| from_link(u, &cfg()).map(|p| p.player);
    let yt = Some("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1".to_string());
    for u in [
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://youtu.be/dQw4w9WgXcQ",
        "http://m.youtube.com/watch?feature=x&v=dQw4w9WgXcQ",
        "https://youtube.com/shorts/dQw4w9WgXcQ",
    ] {
        assert_eq!(link(u), yt, "{u}");
    }
    assert_eq!(
        link("https://youtu.be/dQw4w9WgXcQ?t=42").unwrap(),
        "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=42"
    );
    assert_eq!(
        link("https://vimeo.com/76979871").unwrap(),
        "https://player.vimeo.com/video/76979871?autoplay=1"
    );
    assert_eq!(
        link("https://tube.example.org/w/9c9de5e8-0a1e").unwrap(),
        "https://tube.example.org/videos/embed/9c9de5e8-0a1e?autoplay=1"
    );
    let frame = |u: &str| from_iframe(u, &cfg()).map(|p| (p.provider, p.link));
    assert_eq!(
        frame("//www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0"),
        Some((
            "YouTube".into(),
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ".into()
        ))
    );
    assert_eq!(
        frame("https://player.vimeo.com/video/76979871?h=abc123"),
        Some(("Vimeo".into(), "https://vimeo.com/76979871/abc123".into()))
    );
    assert_eq!(
        frame("https://slides.example.com/deck/7").unwrap().0,
        "slides.example.com"
    );
}

#[test]
fn unlisted_hosts_other_schemes_and_odd_ids_are_not_players() {
    for u in [
        "https://evil.example/embed/dQw4w9WgXcQ",
        "javascript:alert(1)//youtube.com/embed/x",
        "https://www.youtube.com/embed/a%22onload",
        "https://user:pw@www.youtube.com/embed/dQw4w9WgXcQ",
        "https://tube.example.org/videos/embed/a/b",
        "https://vimeo.com/not-a-number",
        "https://slides.example.com.evil.example/x",
        "data:text/html,<script>",
    ] {
        assert_eq!(from_iframe(u, &cfg()), None, "{u}");
        assert_eq!(from_link(u, &cfg()), None, "{u}");
    }
    // A brand's allowlist is for players (iframes); its links stay links.
    assert_eq!(from_link("https://slides.example.com/deck/7", &cfg()), None);
}

#[test]
fn the_facade_is_a_link_with_the_player_kept_for_the_click() {
    let p = from_link("https://youtu.be/dQw4w9WgXcQ", &cfg()).unwrap();
    let html = facade(&p, Some("Brendan \"races\" <Kubernetes>"));
    assert!(html.starts_with("<div class=\"embed\" data-player=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1\""), "{html}");
    assert!(
        html.contains("href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\""),
        "{html}"
    );
    assert!(
        html.contains("Brendan &quot;races&quot; &lt;Kubernetes&gt;"),
        "{html}"
    );
    assert!(
        !html.contains("<iframe") && !html.contains("<img"),
        "{html}"
    );
    assert!(facade(&p, None).contains("Video on YouTube"));
}

#[test]
fn only_plain_files_inside_the_bundle_play() {
    assert_eq!(bundle_file("./clip.mp4"), Some("clip.mp4"));
    assert_eq!(bundle_file("media/talk.ogg"), Some("media/talk.ogg"));
    for bad in [
        "/clip.mp4",
        "../x.mp4",
        "https://x.example/a.mp4",
        "a b.mp4",
        "a.mp4?x",
        "",
    ] {
        assert_eq!(bundle_file(bad), None, "{bad}");
    }
    assert_eq!(
        media("audio", &["/stories/s/a.ogg".into()]),
        "<audio controls preload=\"metadata\"><source src=\"/stories/s/a.ogg\"><a href=\"/stories/s/a.ogg\">Download the audio</a></audio>"
    );
}
