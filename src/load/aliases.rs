//! `aliases:`: the old addresses of a story or page, each answered by a
//! redirect page. One alias is checked here, where it is written (a path
//! inside the site); that no two outputs land on the same file is only
//! known of the whole site (`clashes`, run by `check` and `build`).

use std::collections::{BTreeMap, HashSet};

use percent_encoding::percent_decode_str;

use super::fields::Checker;
use crate::load::walk::fold_path;
use crate::model::{routes, Alias, Site};
use crate::util::diag::Diagnostic;

/// Characters no output file name may hold (Windows refuses them; `?` and
/// `#` would end the path of a URL).
const NOT_IN_NAMES: &[char] = &['<', '>', ':', '"', '\\', '|', '?', '*', '#'];

/// The valid aliases of `list`, each reported where it is written when not.
pub fn parse(ck: &mut Checker, list: &[String]) -> Vec<Alias> {
    let mut out = Vec::new();
    for raw in list {
        match normalize(raw) {
            Ok(path) => {
                let (line, col) = ck.position_of("aliases", raw);
                out.push(Alias { path, line, col });
            }
            Err((message, help)) => ck.at_value("aliases", raw, "bad-alias", message, help),
        }
    }
    out
}

/// The site path `raw` names (percent-escapes decoded, a path without an
/// extension made a folder), or what is wrong with it and the fix.
pub fn normalize(raw: &str) -> Result<String, (String, String)> {
    let raw = raw.trim();
    let bad = |why: &str, help: &str| Err((format!("alias `{raw}` {why}"), help.to_string()));
    let example = "write the old address's path from the site's root, e.g. `/2022/02/22/old-post.html` or `/blog/old/`";
    if raw.contains("://") || raw.starts_with("//") || has_scheme(raw) {
        return bad("is a URL, not a path on this site", example);
    }
    if !raw.starts_with('/') {
        return bad("is not a path from the site's root", example);
    }
    let decoded = percent_decode_str(raw).decode_utf8_lossy();
    let inner = decoded.trim_start_matches('/');
    let segments: Vec<&str> = inner.split('/').collect();
    let last = segments.len() - 1;
    for (i, seg) in segments.iter().enumerate() {
        if seg.is_empty() && i != last {
            return bad("has an empty part (`//`)", "remove the extra `/`");
        }
        if *seg == "." || *seg == ".." {
            return bad(
                "leaves its folder with `.` or `..`",
                "write the whole path from the site's root, without `.` or `..` parts",
            );
        }
        if seg.contains(NOT_IN_NAMES) || crate::load::fields::bad_char(seg).is_some() {
            return bad(
                "holds a character no file name can",
                "leave out the query (`?`), fragment (`#`) and characters like `<>:\"|*\\`",
            );
        }
    }
    let name = segments[last];
    if name.is_empty() || is_html(name) {
        return Ok(format!("/{inner}"));
    }
    if name.contains('.') {
        return bad(
            "is not a page: a redirect is an HTML page",
            "an alias ends in `/` (a folder) or `.html`; other files cannot redirect on a static host",
        );
    }
    // `/blog/old`: a static host answers it with `/blog/old/index.html`.
    Ok(format!("/{inner}/"))
}

fn is_html(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".html") || lower.ends_with(".htm")
}

/// `mailto:x`, `javascript:x`: a scheme before the first `/`.
fn has_scheme(raw: &str) -> bool {
    let head = raw.split('/').next().unwrap_or("");
    head.split_once(':').is_some_and(|(scheme, _)| {
        !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    })
}

/// Who holds an alias: the file it is written in and the page it redirects to.
struct Holder<'a> {
    file: &'a str,
    alias: &'a Alias,
}

/// Aliases that would land on the same file as another alias or as
/// anything else the build writes (`taken`: output paths like
/// `stories/a/index.html`, through `fold_path`), compared as
/// case-insensitive file systems do.
pub fn clashes(site: &Site, taken: &HashSet<String>) -> Vec<Diagnostic> {
    let stories = site
        .stories
        .iter()
        .flat_map(|s| s.aliases.iter().map(|a| (s.source.path.as_str(), a)));
    let pages = site
        .pages
        .iter()
        .flat_map(|p| p.aliases.iter().map(|a| (p.source.path.as_str(), a)));
    let mut seen: BTreeMap<String, Holder> = BTreeMap::new();
    let mut out = Vec::new();
    for (file, alias) in stories.chain(pages) {
        let output = fold_path(&routes::file(&alias.path));
        let at = |msg: String, help: &str| {
            Diagnostic::error(file, "alias-clash", msg)
                .at(alias.line, alias.col)
                .help(help)
        };
        if taken.contains(&output) {
            out.push(at(
                format!("alias `{}` is a page the site already has", alias.path),
                "remove the alias: potluck writes that page itself",
            ));
        } else if let Some(first) = seen.get(&output) {
            let msg = format!(
                "alias `{}` is also an alias in {} (line {})",
                alias.path, first.file, first.alias.line
            );
            out.push(at(msg, "keep the alias on one story or page only"));
        } else {
            seen.insert(output, Holder { file, alias });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn old_addresses_become_site_paths() {
        let ok = |s: &str| normalize(s).unwrap();
        assert_eq!(ok("/2022/02/22/old-post.html"), "/2022/02/22/old-post.html");
        assert_eq!(ok("/blog/old/"), "/blog/old/");
        assert_eq!(ok("/blog/old"), "/blog/old/");
        assert_eq!(ok("/blog/caf%C3%A9/"), "/blog/café/");
        assert_eq!(ok("/Old.HTM"), "/Old.HTM");
    }

    #[test]
    fn aliases_outside_the_site_or_not_pages_are_refused() {
        for bad in [
            "https://old.example/post/",
            "//old.example/post/",
            "javascript:alert(1)",
            "blog/old/",
            "/blog/../../etc/",
            "/blog/%2e%2e/x/",
            "/blog//old/",
            "/feed.xml",
            "/a?page=2",
            "/a\u{202E}b/",
        ] {
            assert!(normalize(bad).is_err(), "{bad}");
        }
    }
}
