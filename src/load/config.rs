//! site.yaml: the brand's settings, parsed strictly and validated once.
//! The type itself, `Config`, is part of the model (model/config.rs).

use crate::model::config::Config;

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
        if !(self.base_url.starts_with("https://") || self.base_url.starts_with("http://")) {
            out.push((
                "base_url",
                format!(
                    "`base_url` must be an http(s) URL, found `{}`",
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
            let inside = logo
                .strip_prefix("static/")
                .is_some_and(crate::load::is_safe_relative);
            if !inside {
                out.push((
                    "logo",
                    format!("`brand.logo` must be a file under static/, found `{logo}`"),
                    "for example `logo: static/logo.svg` (the file content/static/logo.svg)".into(),
                ));
            }
        }
        out.extend(self.level_problems());
        out
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
        out
    }
}

/// `#rgb` or `#rrggbb`.
pub fn is_hex_color(s: &str) -> bool {
    let hex = s.strip_prefix('#').unwrap_or("");
    (hex.len() == 3 || hex.len() == 6) && hex.chars().all(|c| c.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_colors() {
        assert!(is_hex_color("#0b6e4f"));
        assert!(is_hex_color("#FFF"));
        assert!(!is_hex_color("0b6e4f"));
        assert!(!is_hex_color("#0b6e4"));
        assert!(!is_hex_color("#zzzzzz"));
    }
}
