//! site.yaml: the brand's settings, parsed strictly and validated once.
//! The type itself, `Config`, is part of the model (model/config.rs).

use crate::model::config::{Config, Repository};
use crate::model::forge::host_of;
use crate::model::Role;

/// The field names of site.yaml, for "did you mean" suggestions.
pub const FIELDS: &[&str] = &[
    "title",
    "base_url",
    "description",
    "language",
    "theme",
    "brand",
    "stories_per_page",
    "recognition",
    "check",
    "limits",
    "embeds",
    "repository",
];

impl Config {
    /// Checks what serde cannot: returns (field, message, help) for each problem.
    pub fn problems(&self) -> Vec<(&'static str, String, String)> {
        let mut out = Vec::new();
        if self.title.trim().is_empty() {
            out.push((
                "title",
                "`title` is empty".into(),
                "give the community a name".into(),
            ));
        }
        if !is_base_url(&self.base_url) {
            out.push((
                "base_url",
                format!(
                    "`base_url` must be an absolute http(s) URL without spaces or control characters, found {:?}",
                    self.base_url
                ),
                "for example `base_url: https://community.example.com`".into(),
            ));
        }
        if !is_hex_color(&self.brand.color) {
            out.push((
                "color",
                format!(
                    "`brand.color` must be a hex colour like \"#0b6e4f\", found `{}`",
                    self.brand.color
                ),
                "quote it in YAML: color: \"#0b6e4f\"".into(),
            ));
        }
        for host in self.embeds.peertube.iter().chain(&self.embeds.allow) {
            if !is_host(host) {
                out.push((
                    "embeds",
                    format!("`embeds` lists {host:?}, which is not a host name"),
                    "write the host alone, lowercase, without https:// or a path: `peertube: [framatube.org]`".into(),
                ));
            }
        }
        if self.stories_per_page == 0 {
            out.push((
                "stories_per_page",
                "`stories_per_page` must be at least 1".into(),
                "remove it to use the default of 20".into(),
            ));
        }
        if !crate::util::slug::is_slug(&self.theme) {
            out.push((
                "theme",
                format!(
                    "`theme` must be a folder name under themes/, found `{}`",
                    self.theme
                ),
                "use `theme: default`".into(),
            ));
        }
        if let Some(logo) = &self.brand.logo {
            // The logo becomes a URL on every page: it must name a file the
            // site publishes, not an address elsewhere (`static///evil.example`).
            // No `%` either: `static/%2e%2e/x` is a safe file name but a
            // browser reads `%2e%2e` in a URL as `..`.
            let inside = logo
                .strip_prefix("static/")
                .is_some_and(|rest| crate::load::is_safe_relative(rest) && !rest.contains('%'));
            if !inside {
                out.push((
                    "logo",
                    format!("`brand.logo` must be a file under static/, found `{logo}`"),
                    "for example `logo: static/logo.svg` (the file content/static/logo.svg)".into(),
                ));
            }
        }
        out.extend(self.level_problems());
        if let Some(repo) = &self.repository {
            out.extend(repository_problems(repo));
        }
        out
    }

    /// The logo must be a file the site publishes: `content/LOGO` exists, is
    /// a regular file (not a link or a folder). `None` when it is, or when
    /// `problems` already refused its form.
    pub fn logo_problem(
        &self,
        content: &std::path::Path,
    ) -> Option<(&'static str, String, String)> {
        let logo = self.brand.logo.as_ref()?;
        let rest = logo.strip_prefix("static/")?;
        if !crate::load::is_safe_relative(rest) || rest.contains('%') {
            return None;
        }
        let is_file = std::fs::symlink_metadata(content.join(logo)).is_ok_and(|m| m.is_file());
        (!is_file).then(|| {
            (
                "logo",
                format!("`brand.logo` names `{logo}`, but there is no such file in content/"),
                format!("add the image as content/{logo}, or correct the path"),
            )
        })
    }

    fn level_problems(&self) -> Vec<(&'static str, String, String)> {
        let levels = &self.recognition.levels;
        let increasing = levels.windows(2).all(|w| w[0].stories < w[1].stories);
        let mut out = Vec::new();
        if levels.is_empty() || !increasing || levels[0].stories == 0 {
            out.push((
                "levels",
                "`recognition.levels` must be a non-empty list with rising story counts starting at 1 or more".into(),
                "for example `- { name: Newcomer, stories: 1 }` then `- { name: Contributor, stories: 3 }`".into(),
            ));
        }
        // A member with the role and the level would show the same word
        // twice ("Champion · Champion"), and a list of champions would mix
        // the two.
        for level in levels {
            let name = level.name.trim();
            let role = Role::GRANTED
                .into_iter()
                .find(|r| r.title().eq_ignore_ascii_case(name));
            if let Some(role) = role {
                out.push((
                    "levels",
                    format!(
                        "the level `{name}` has the name of the role `{}`, which hosts grant: a member with both would show it twice",
                        role.title().to_lowercase()
                    ),
                    "give the level another name, for example `Trailblazer`".into(),
                ));
            }
        }
        out
    }
}

/// What is wrong with `repository:`: (field, message, help).
pub fn repository_problems(repo: &Repository) -> Vec<(&'static str, String, String)> {
    let mut out = Vec::new();
    let url = &repo.url;
    let path = url
        .split_once("://")
        .and_then(|(_, rest)| rest.split_once('/'))
        .map_or("", |(_, path)| path.trim_end_matches('/'));
    let shape =
        "for example `url: https://github.com/acme/community` (the repository's page, no `.git`)";
    if !is_base_url(url) || url.contains(['?', '#']) || path.split('/').count() < 2 {
        out.push((
            "url",
            format!("`repository.url` must be the web address of a repository (https://HOST/OWNER/NAME), found {url:?}"),
            shape.into(),
        ));
    } else if path.ends_with(".git") {
        out.push((
            "url",
            format!("`repository.url` is a clone address ending in `.git`: {url}"),
            format!(
                "use the repository's page: url: {}",
                url.trim_end_matches(".git")
            ),
        ));
    }
    if out.is_empty() && repo.forge_of().is_none() {
        out.push((
            "url",
            format!("cannot tell which forge runs `{}`", host_of(url)),
            "add `forge: github`, `forge: gitlab` or `forge: forgejo` (Codeberg and Gitea are forgejo) under `repository:`".into(),
        ));
    }
    if !is_branch(&repo.branch) {
        out.push((
            "branch",
            format!(
                "`repository.branch` must be a branch name, found {:?}",
                repo.branch
            ),
            "for example `branch: main` (letters, digits, `-`, `_`, `.` and `/`)".into(),
        ));
    }
    out
}

/// A branch name a URL carries unchanged: ASCII letters, digits, `-_./`, no
/// `..`, not starting with `-` or `/`.
fn is_branch(b: &str) -> bool {
    !b.is_empty()
        && b.len() <= 100
        && !b.starts_with(['-', '/'])
        && !b.ends_with('/')
        && !b.contains("..")
        && !b.contains("//")
        && b.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c))
}

/// An absolute http(s) URL with a host, and nothing in it that could end a
/// line or an attribute where it is written (robots.txt, feeds, pages):
/// no whitespace, control characters, quotes, angle brackets or backslashes.
/// A lowercase DNS name with a dot (`videos.example.org`).
fn is_host(host: &str) -> bool {
    let labels_ok = host.split('.').all(|l| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    });
    labels_ok && host.contains('.') && host.len() <= 253
}

pub fn is_base_url(url: &str) -> bool {
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty()
        && !host.starts_with(':')
        && url
            .chars()
            .all(|c| !c.is_whitespace() && !c.is_control() && !"\"<>\\^`{|}".contains(c))
}

/// `#rgb` or `#rrggbb`.
pub fn is_hex_color(s: &str) -> bool {
    let hex = s.strip_prefix('#').unwrap_or("");
    (hex.len() == 3 || hex.len() == 6) && hex.chars().all(|c| c.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// José showed "Champion" twice: his role's title and his earned level.
    #[test]
    fn a_level_named_like_a_role_title_is_refused_and_the_defaults_do_not_collide() {
        let mut config = crate::recognition::testkit::SiteBuilder::new()
            .build()
            .config;
        config.recognition.levels = crate::model::config::default_levels();
        assert!(config.problems().is_empty(), "{:?}", config.problems());
        let titles: Vec<&str> = config
            .recognition
            .levels
            .iter()
            .map(|l| l.name.as_str())
            .collect();
        assert!(titles.contains(&"Champion"), "{titles:?}");
        config.recognition.levels[1].name = " ambassador".into();
        let problems = config.problems();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].0, "levels");
        assert!(problems[0]
            .1
            .contains("`ambassador` has the name of the role `ambassador`"));
    }

    #[test]
    fn base_url_with_a_newline_injected_lines_into_robots_txt() {
        for good in [
            "https://a.example",
            "http://a.example:8080/community/",
            "https://a.example/x?y=1",
        ] {
            assert!(is_base_url(good), "{good}");
        }
        for bad in [
            "https://a.example\nDisallow: /",
            "https://a.example/\r\nSitemap: https://evil.example/",
            "https://a.example/ x",
            "https://a.example/\u{1b}",
            "https://a.example/\"onload=x",
            "https://",
            "https:///path",
            "ftp://a.example",
            "//a.example",
            " https://a.example",
        ] {
            assert!(!is_base_url(bad), "{bad:?}");
        }
    }

    #[test]
    fn hex_colors() {
        assert!(is_hex_color("#0b6e4f"));
        assert!(is_hex_color("#FFF"));
        assert!(!is_hex_color("0b6e4f"));
        assert!(!is_hex_color("#0b6e4"));
        assert!(!is_hex_color("#zzzzzz"));
    }

    fn repo(url: &str, branch: &str) -> Repository {
        Repository {
            url: url.into(),
            forge: None,
            branch: branch.into(),
        }
    }

    #[test]
    fn repository_must_be_a_repository_page_on_a_known_forge() {
        assert!(repository_problems(&repo("https://github.com/acme/community", "main")).is_empty());
        assert!(
            repository_problems(&repo("https://gitlab.com/acme/sub/site/", "release/v1"))
                .is_empty()
        );
        for bad in [
            "https://github.com/acme",
            "https://github.com/acme/community.git",
            "https://github.com/acme/community?tab=readme",
            "git@github.com:acme/community.git",
            "https://git.example.org/acme/community",
        ] {
            let problems = repository_problems(&repo(bad, "main"));
            assert_eq!(problems.len(), 1, "{bad}: {problems:?}");
            assert_eq!(problems[0].0, "url");
        }
        for bad in ["", "-x", "a..b", "a b", "feature/", "x?y"] {
            let problems = repository_problems(&repo("https://github.com/a/b", bad));
            assert_eq!(problems.len(), 1, "{bad:?}");
            assert_eq!(problems[0].0, "branch");
        }
    }
}
