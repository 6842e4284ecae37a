//! Embedded videos and audio (docs/security.md, "Embeds"): players from an
//! allowlist become a click-to-play facade, and `<video>`/`<audio>` playing
//! the story's own files are kept. Every element here is written anew by
//! potluck from what was recognised; nothing a contributor wrote passes as is.

use url::Url;

use crate::model::config::EmbedsConfig;
use crate::render::highlight::escape_attr;

/// A recognised player.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Player {
    /// Who serves it, for the facade ("YouTube", or the host).
    pub provider: String,
    /// The host the player loads from once clicked.
    pub host: String,
    /// The player's address, loaded only on click.
    pub player: String,
    /// The page where the video can be watched (the link without JS).
    pub link: String,
}

/// The player of an `<iframe src>`, if its provider is on the allowlist.
pub fn from_iframe(src: &str, cfg: &EmbedsConfig) -> Option<Player> {
    let url = parse(src)?;
    let host = url.host_str()?.to_ascii_lowercase();
    let segs: Vec<&str> = url.path_segments()?.collect();
    let query = |k: &str| url.query_pairs().find(|(q, _)| q == k).map(|(_, v)| v);
    let www = host.strip_prefix("www.").unwrap_or(&host);
    match (www, segs.as_slice()) {
        ("youtube.com" | "youtube-nocookie.com" | "m.youtube.com", ["embed", id]) => {
            youtube(id, query("start").as_deref())
        }
        ("player.vimeo.com", ["video", id]) => vimeo(id, query("h").as_deref()),
        _ if cfg.peertube.contains(&host) => match segs.as_slice() {
            ["videos", "embed", id] => peertube(&host, id),
            _ => None,
        },
        _ if cfg.allow.contains(&host) => Some(Player {
            provider: host.clone(),
            player: url.to_string(),
            link: url.to_string(),
            host,
        }),
        _ => None,
    }
}

/// The player of a watch link written alone on its line (`https://youtu.be/ID`).
pub fn from_link(link: &str, cfg: &EmbedsConfig) -> Option<Player> {
    let url = parse(link)?;
    let host = url.host_str()?.to_ascii_lowercase();
    let segs: Vec<&str> = url.path_segments()?.filter(|s| !s.is_empty()).collect();
    let query = |k: &str| url.query_pairs().find(|(q, _)| q == k).map(|(_, v)| v);
    let www = host.strip_prefix("www.").unwrap_or(&host);
    match (www, segs.as_slice()) {
        ("youtube.com" | "m.youtube.com", ["watch"]) => {
            youtube(&query("v")?, query("t").as_deref())
        }
        ("youtube.com" | "m.youtube.com", ["shorts" | "live" | "embed", id]) => youtube(id, None),
        ("youtu.be", [id]) => youtube(id, query("t").as_deref()),
        ("vimeo.com", [id]) => vimeo(id, None),
        ("vimeo.com", [id, hash]) => vimeo(id, Some(hash)),
        _ if cfg.peertube.contains(&host) => match segs.as_slice() {
            ["w", id] | ["videos", "watch", id] => peertube(&host, id),
            _ => None,
        },
        _ => from_iframe(link, &EmbedsConfig::default()),
    }
}

/// https (and http, upgraded) URLs only; `//host/...` as old embeds write them.
fn parse(src: &str) -> Option<Url> {
    let src = src.trim();
    let full = match src.strip_prefix("//") {
        Some(rest) => format!("https://{rest}"),
        None => src.to_string(),
    };
    let mut url = Url::parse(&full).ok()?;
    match url.scheme() {
        "https" => {}
        "http" => url.set_scheme("https").ok()?,
        _ => return None,
    }
    (url.username().is_empty() && url.password().is_none()).then_some(url)
}

fn is_id(id: &str, extra: &[u8]) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || extra.contains(&b))
}

/// Seconds written as digits (`90`, `90s`); other forms start at the beginning.
fn seconds(t: Option<&str>) -> Option<&str> {
    let t = t?.trim_end_matches('s');
    (!t.is_empty() && t.len() < 7 && t.bytes().all(|b| b.is_ascii_digit())).then_some(t)
}

fn youtube(id: &str, start: Option<&str>) -> Option<Player> {
    if !is_id(id, b"_-") {
        return None;
    }
    let (player_at, link_at) = match seconds(start) {
        Some(s) => (format!("&start={s}"), format!("&t={s}")),
        None => (String::new(), String::new()),
    };
    Some(Player {
        provider: "YouTube".into(),
        host: "www.youtube-nocookie.com".into(),
        player: format!("https://www.youtube-nocookie.com/embed/{id}?autoplay=1{player_at}"),
        link: format!("https://www.youtube.com/watch?v={id}{link_at}"),
    })
}

fn vimeo(id: &str, hash: Option<&str>) -> Option<Player> {
    if !is_id(id, b"") || !id.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let hash = hash.filter(|h| is_id(h, b""));
    Some(Player {
        provider: "Vimeo".into(),
        host: "player.vimeo.com".into(),
        player: match hash {
            Some(h) => format!("https://player.vimeo.com/video/{id}?autoplay=1&h={h}"),
            None => format!("https://player.vimeo.com/video/{id}?autoplay=1"),
        },
        link: match hash {
            Some(h) => format!("https://vimeo.com/{id}/{h}"),
            None => format!("https://vimeo.com/{id}"),
        },
    })
}

fn peertube(host: &str, id: &str) -> Option<Player> {
    is_id(id, b"-").then(|| Player {
        provider: format!("PeerTube ({host})"),
        host: host.to_string(),
        player: format!("https://{host}/videos/embed/{id}?autoplay=1"),
        link: format!("https://{host}/w/{id}"),
    })
}

/// The facade: a link to the video (all a reader without JS gets), which
/// embed.js turns into the player on click. No request leaves the site
/// before that: no thumbnail, no preconnect.
pub fn facade(p: &Player, title: Option<&str>) -> String {
    let title = title
        .map(str::trim)
        .filter(|t| !t.is_empty())
        // A title is a line, not a paragraph: long ones are cut.
        .map(|t| match t.char_indices().nth(120) {
            Some((end, _)) => format!("{}…", t[..end].trim_end()),
            None => t.to_string(),
        })
        .unwrap_or_else(|| format!("Video on {}", p.provider));
    format!(
        "<div class=\"embed\" data-player=\"{player}\" data-title=\"{title}\">\
<a class=\"embed-link\" href=\"{link}\" rel=\"nofollow ugc noopener\">\
<span class=\"embed-play\" aria-hidden=\"true\">▶</span> \
<span class=\"embed-title\">{title}</span> \
<span class=\"embed-from\">{provider} · plays from {host} when clicked</span></a></div>",
        player = escape_attr(&p.player),
        link = escape_attr(&p.link),
        title = escape_attr(&title),
        provider = escape_attr(&p.provider),
        host = escape_attr(&p.host),
    )
}

/// A file of the story's own bundle (`clip.mp4`, `media/talk.ogg`): relative,
/// staying inside the bundle, no query or fragment.
pub fn bundle_file(src: &str) -> Option<&str> {
    let f = src.trim().trim_start_matches("./");
    let plain = !f.is_empty()
        && !f.starts_with('/')
        && !f.contains(['\\', ':', '?', '#', '"', '<', '>'])
        && !f.chars().any(char::is_whitespace)
        && f.split('/').all(|s| !s.is_empty() && s != "." && s != "..");
    plain.then_some(f)
}

/// `<video>` or `<audio>` playing bundle files at `urls` (already made
/// site paths): controls on, nothing played or fetched whole before a click,
/// a download link for browsers that play none of them.
pub fn media(tag: &str, urls: &[String]) -> String {
    let tag = if tag == "audio" { "audio" } else { "video" };
    let sources: String = urls
        .iter()
        .map(|u| format!("<source src=\"{}\">", escape_attr(u)))
        .collect();
    let first = urls.first().map(|u| escape_attr(u)).unwrap_or_default();
    format!(
        "<{tag} controls preload=\"metadata\">{sources}<a href=\"{first}\">Download the {tag}</a></{tag}>"
    )
}

#[cfg(test)]
mod tests;
