//! The type of site.yaml: the brand's settings, as every stage reads them
//! (`Site::config`). load/config.rs reads and validates it.

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
}
