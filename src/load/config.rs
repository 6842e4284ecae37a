//! site.yaml: the brand's settings, parsed strictly and validated once.

use serde::{Deserialize, Serialize};

/// One earned level: reached with `stories` published stories.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub name: String,
    pub stories: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Brand {
    pub name: String,
    #[serde(default = "default_color")]
    pub color: String,
    #[serde(default)]
    pub logo: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecognitionConfig {
    #[serde(default = "default_levels")]
    pub levels: Vec<Level>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckConfig {
    #[serde(default = "default_max_asset_kb")]
    pub max_asset_kb: u64,
}

impl Default for CheckConfig {
    fn default() -> Self {
        CheckConfig {
            max_asset_kb: default_max_asset_kb(),
        }
    }
}

/// Size limits that keep a hostile pull request from exhausting the build machine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitsConfig {
    #[serde(default = "default_max_story_kb")]
    pub max_story_kb: u64,
}

impl Default for LimitsConfig {
    fn default() -> Self {
        LimitsConfig {
            max_story_kb: default_max_story_kb(),
        }
    }
}

/// The contents of content/site.yaml.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub title: String,
    pub base_url: String,
    #[serde(default)]
    pub description: String,
    #[serde(default = "default_language")]
    pub language: String,
    #[serde(default = "default_theme")]
    pub theme: String,
    pub brand: Brand,
    #[serde(default = "default_per_page")]
    pub stories_per_page: usize,
    #[serde(default)]
    pub recognition: RecognitionConfig,
    #[serde(default)]
    pub check: CheckConfig,
    #[serde(default)]
    pub limits: LimitsConfig,
}

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

fn default_color() -> String {
    "#0b6e4f".to_string()
}
fn default_language() -> String {
    "en".to_string()
}
fn default_theme() -> String {
    "default".to_string()
}
fn default_per_page() -> usize {
    20
}
fn default_max_asset_kb() -> u64 {
    2048
}
fn default_max_story_kb() -> u64 {
    512
}

/// The contract's default levels, used when site.yaml gives none.
pub fn default_levels() -> Vec<Level> {
    [
        ("Newcomer", 1),
        ("Contributor", 3),
        ("Regular", 10),
        ("Champion", 25),
    ]
    .into_iter()
    .map(|(name, stories)| Level {
        name: name.to_string(),
        stories,
    })
    .collect()
}

impl Default for RecognitionConfig {
    fn default() -> Self {
        RecognitionConfig {
            levels: default_levels(),
        }
    }
}

impl Config {
    /// The base URL without a trailing slash, so `base + "/path/"` is always right.
    pub fn base(&self) -> &str {
        self.base_url.trim_end_matches('/')
    }

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
