//! Mapping a request's URL to a file of the built site, refusing anything that
//! could reach outside it.
//!
//! The rules are deliberately stricter than a general web server's: a built
//! site's paths come from validated slugs, handles and file names, so a URL
//! that needs an encoded separator, a dot segment, a backslash or a control
//! character to name a file is never a link of the site, only an attempt to
//! leave it.

use std::path::{Path, PathBuf};

use percent_encoding::percent_decode_str;

use crate::model::routes;

/// Why a URL names no file of the site.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PathError {
    /// The URL could be an attempt to leave the site folder (400).
    #[error("refused: {0}")]
    Refused(&'static str),
    /// A symlink or canonical path leading outside the site folder (403).
    #[error("outside the site folder")]
    Outside,
    /// Nothing there (404).
    #[error("not found")]
    NotFound,
}

/// What a URL resolved to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A file inside the site folder (canonical path).
    File(PathBuf),
    /// A folder asked for without its trailing slash: redirect to this URL path.
    Redirect(String),
}

/// The decoded segments of a URL path (query and fragment already removed),
/// or why it is refused. Empty segments (`//`) are dropped.
pub fn segments(url_path: &str) -> Result<Vec<String>, PathError> {
    if !url_path.starts_with('/') {
        return Err(PathError::Refused("not an absolute path"));
    }
    let mut out = Vec::new();
    for raw in url_path.split('/').filter(|s| !s.is_empty()) {
        let bytes: Vec<u8> = percent_decode_str(raw).collect();
        let seg = String::from_utf8(bytes).map_err(|_| PathError::Refused("not UTF-8"))?;
        check_segment(&seg)?;
        out.push(seg);
    }
    Ok(out)
}

/// One decoded segment: no separators (an encoded `/` or `\` would change the
/// path's meaning after decoding), no dot segments, no `%` left (double
/// encoding), no drive letters, no control characters such as NUL.
fn check_segment(seg: &str) -> Result<(), PathError> {
    if seg == "." || seg == ".." {
        return Err(PathError::Refused("dot segment"));
    }
    if seg.contains(['/', '\\']) {
        return Err(PathError::Refused("encoded separator"));
    }
    if seg.contains('%') {
        return Err(PathError::Refused("double encoding"));
    }
    if seg.contains(':') {
        return Err(PathError::Refused("drive or scheme"));
    }
    if seg.chars().any(char::is_control) {
        return Err(PathError::Refused("control character"));
    }
    Ok(())
}

/// Resolves `url_path` inside `root` (which must be canonical). Folders map to
/// their `index.html`; a folder without the trailing slash is redirected so
/// that the page's relative links resolve as they do when deployed.
pub fn resolve(root: &Path, url_path: &str) -> Result<Target, PathError> {
    let segs = segments(url_path)?;
    let mut path = root.to_path_buf();
    path.extend(&segs);
    // Canonicalising resolves every symlink on the way; the result must still
    // be inside the site, so a link pointing out (or a race with one) is refused.
    let real = match path.canonicalize() {
        Ok(p) => p,
        Err(_) => return Err(PathError::NotFound),
    };
    if !real.starts_with(root) {
        return Err(PathError::Outside);
    }
    if real.is_dir() {
        if !segs.is_empty() && !url_path.ends_with('/') {
            // Rebuilt from the segments: `//host` must not become a
            // protocol-relative redirect to another site.
            let raw: Vec<&str> = url_path.split('/').filter(|s| !s.is_empty()).collect();
            return Ok(Target::Redirect(routes::folder(&raw)));
        }
        let index = real.join("index.html");
        return match index.canonicalize() {
            Ok(p) if p.starts_with(root) && p.is_file() => Ok(Target::File(p)),
            Ok(_) => Err(PathError::Outside),
            Err(_) => Err(PathError::NotFound),
        };
    }
    if real.is_file() {
        Ok(Target::File(real))
    } else {
        // Sockets, devices and the like are never part of a built site.
        Err(PathError::NotFound)
    }
}

/// The path part of a request target: without query and fragment.
pub fn url_path(target: &str) -> &str {
    let end = target.find(['?', '#']).unwrap_or(target.len());
    &target[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_paths_decode() {
        assert_eq!(
            segments("/stories/a%20b/").unwrap(),
            vec!["stories".to_string(), "a b".to_string()]
        );
        assert_eq!(segments("/").unwrap(), Vec::<String>::new());
    }

    #[test]
    fn traversal_in_every_encoding_is_refused() {
        for bad in [
            "/../etc/passwd",
            "/stories/../../x",
            "/%2e%2e/x",
            "/%2E%2E/x",
            "/.%2e/x",
            "/a%2f..%2fb",
            "/a%2F..%2Fb",
            "/..%5cx",
            "/a\\..\\b",
            "/%252e%252e/x",
            "/a%00b",
            "/a%0ab",
            "/c:/windows",
            "etc/passwd",
            "http://example.com/",
            "/%c0%ae%c0%ae/x",
        ] {
            assert!(segments(bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn symlinks_out_of_the_site_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site");
        std::fs::create_dir_all(site.join("docs")).unwrap();
        std::fs::write(dir.path().join("secret.txt"), "s").unwrap();
        std::fs::write(site.join("docs/index.html"), "d").unwrap();
        let root = site.canonicalize().unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("secret.txt"), site.join("s.txt")).unwrap();
            assert_eq!(resolve(&root, "/s.txt"), Err(PathError::Outside));
        }
        assert_eq!(
            resolve(&root, "/docs"),
            Ok(Target::Redirect("/docs/".into()))
        );
        assert_eq!(
            resolve(&root, "/docs/"),
            Ok(Target::File(root.join("docs/index.html")))
        );
        assert_eq!(
            resolve(&root, "//docs"),
            Ok(Target::Redirect("/docs/".into()))
        );
        assert_eq!(resolve(&root, "/nope"), Err(PathError::NotFound));
    }
}
