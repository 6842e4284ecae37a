//! Video shortcodes into the watch links potluck plays: a line that is
//! only Hugo's `{{< youtube ID >}}` (or `id="ID"`), `{{< vimeo ID >}}`,
//! Zola's `{{ youtube(id="ID") }}` or Jekyll's `{% youtube ID %}` /
//! `{% include youtube.html id="ID" %}` becomes the provider's address alone
//! on its line, which potluck renders as a click-to-play embed. Left as
//! text, each was a video a migrating community lost (reported, but lost).

/// `body` with every such line turned into its watch link, outside fenced
/// code, and how many were turned.
pub fn to_links(body: &str) -> (String, usize) {
    let mut out = String::with_capacity(body.len());
    let mut fence: Option<String> = None;
    let mut turned = 0;
    for line in body.split_inclusive('\n') {
        let t = line.trim();
        if let Some(f) = &fence {
            if t.starts_with(f.as_str()) {
                fence = None;
            }
        } else if t.starts_with("```") || t.starts_with("~~~") {
            fence = Some(t[..3].to_string());
        } else if let Some(link) = watch_link(t) {
            out.push_str(&link);
            out.push_str(if line.ends_with('\n') { "\n" } else { "" });
            turned += 1;
            continue;
        }
        out.push_str(line);
    }
    (out, turned)
}

/// The watch link for a line that is one video shortcode, or one template
/// tag holding a video's address (`{{ "https://youtube.com/embed/ID" | embed
/// }}`), if it is one.
fn watch_link(line: &str) -> Option<String> {
    let inner = ["{{<", "{{%", "{{", "{%"].iter().find_map(|open| {
        let close = match *open {
            "{{<" => ">}}",
            "{{%" => "%}}",
            "{{" => "}}",
            _ => "%}",
        };
        line.strip_prefix(open)?.strip_suffix(close)
    })?;
    let inner = inner.trim_matches(['-', ' ']).trim();
    if let Some(link) = video_address(inner) {
        return Some(link);
    }
    let inner = inner.strip_prefix("include ").unwrap_or(inner);
    let (name, args) = inner.split_once([' ', '(']).unwrap_or((inner, ""));
    let id = video_id(args)?;
    match name.trim_end_matches(".html") {
        "youtube" => Some(format!("https://www.youtube.com/watch?v={id}")),
        "vimeo" => Some(format!("https://vimeo.com/{id}")),
        _ => None,
    }
}

/// The watch link of the first YouTube or Vimeo address in `text`.
fn video_address(text: &str) -> Option<String> {
    const PROVIDERS: &[(&str, &str)] = &[
        ("youtube.com/embed/", "https://www.youtube.com/watch?v="),
        (
            "youtube-nocookie.com/embed/",
            "https://www.youtube.com/watch?v=",
        ),
        ("youtube.com/watch?v=", "https://www.youtube.com/watch?v="),
        ("youtu.be/", "https://www.youtube.com/watch?v="),
        ("player.vimeo.com/video/", "https://vimeo.com/"),
        ("vimeo.com/", "https://vimeo.com/"),
    ];
    PROVIDERS.iter().find_map(|(marker, watch)| {
        let at = text.find(marker)? + marker.len();
        let id: String = text[at..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        let vimeo_ok = !watch.contains("vimeo") || id.chars().all(|c| c.is_ascii_digit());
        (!id.is_empty() && id.len() <= 64 && vimeo_ok).then(|| format!("{watch}{id}"))
    })
}

/// The id among a shortcode's arguments: `ID`, `id="ID"`, `id=ID` or
/// `id="ID")`; only the characters video ids have.
fn video_id(args: &str) -> Option<String> {
    let args = args.trim().trim_end_matches(')').trim();
    let value = match args.split_once('=') {
        Some((key, v)) if key.trim() == "id" => v.trim(),
        Some(_) => return None,
        None => args,
    };
    // A quoted value runs to its closing quote, a bare one to a space.
    let id = match value.strip_prefix(['"', '\'']) {
        Some(rest) => rest.split(['"', '\'']).next()?,
        None => value.split_whitespace().next()?,
    };
    let ok = !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    ok.then(|| id.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn video_shortcodes_become_watch_links_and_others_stay() {
        let body = "Intro\n{{< youtube dQw4w9WgXcQ >}}\n{{< youtube id=\"abc_12-3\" >}}\n\
                    {{< vimeo 76979871 >}}\n{{ youtube(id=\"zzz\") }}\n{% youtube qqq %}\n\
                    {% include youtube.html id=\"ppp\" %}\n{{< figure src=\"a.png\" >}}\n\
                    ```\n{{< youtube incode >}}\n```\ntext {{< youtube inline >}} text\n\
                    {{< youtube \"bad id\" >}}\n\
                    {{ \"https://www.youtube-nocookie.com/embed/aeQX16HCKSs\" | embed }}\n\
                    {{< embed \"https://player.vimeo.com/video/1234\" >}}\n";
        let (out, n) = to_links(body);
        assert_eq!(n, 8, "{out}");
        for link in [
            "\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n",
            "\nhttps://www.youtube.com/watch?v=abc_12-3\n",
            "\nhttps://vimeo.com/76979871\n",
            "\nhttps://www.youtube.com/watch?v=zzz\n",
            "\nhttps://www.youtube.com/watch?v=qqq\n",
            "\nhttps://www.youtube.com/watch?v=ppp\n",
            "\nhttps://www.youtube.com/watch?v=aeQX16HCKSs\n",
            "\nhttps://vimeo.com/1234\n",
        ] {
            assert!(out.contains(link), "{link} missing:\n{out}");
        }
        for kept in [
            "{{< figure src=\"a.png\" >}}",
            "{{< youtube incode >}}",
            "text {{< youtube inline >}} text",
            "{{< youtube \"bad id\" >}}",
        ] {
            assert!(out.contains(kept), "{kept} changed:\n{out}");
        }
    }
}
