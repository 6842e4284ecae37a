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

/// Video and audio players a story may embed besides YouTube and Vimeo
/// (docs/security.md): host names, without scheme or path.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmbedsConfig {
    /// PeerTube instances: their watch links and players are recognised.
    #[serde(default)]
    pub peertube: Vec<String>,
    /// Any other player: an `<iframe>` from this host becomes a facade.
    #[serde(default)]
    pub allow: Vec<String>,
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
    #[serde(default)]
    pub embeds: EmbedsConfig,
    /// Where the site's files live on a forge: turns on /write/, /join/
    /// and the edit links (model/forge.rs builds their URLs).
    #[serde(default)]
    pub repository: Option<Repository>,
}

/// The forge software a repository is on: each has its own editor URLs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Forge {
    Github,
    Gitlab,
    /// Forgejo and Gitea, which Codeberg runs.
    #[serde(alias = "codeberg", alias = "gitea")]
    Forgejo,
}

/// site.yaml's `repository:`: the web address of the repository that holds
/// the site (at its root), the forge it is on and the branch it builds from.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Repository {
    pub url: String,
    /// Derived from the host for github.com, gitlab.com and codeberg.org.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forge: Option<Forge>,
    #[serde(default = "default_branch")]
    pub branch: String,
}

fn default_branch() -> String {
    "main".to_string()
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
