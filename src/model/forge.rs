//! The forge's web editor URLs for site.yaml's `repository:`: edit a file,
//! create one with a name and text prefilled, upload beside a folder. The
//! static links are built here; themes/default/static/forge.js builds the
//! same URLs in the browser (tests/browser/contribute.test.mjs compares them
//! with the forges' documented shapes).

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use super::config::{Forge, Repository};

/// What JavaScript's `encodeURIComponent` leaves alone, so the links built
/// here and the ones forge.js builds are the same bytes.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');

impl Forge {
    /// The forge a well-known host runs: github.com, gitlab.com, codeberg.org.
    pub fn of_host(host: &str) -> Option<Forge> {
        match host.to_ascii_lowercase().as_str() {
            "github.com" | "www.github.com" => Some(Forge::Github),
            "gitlab.com" | "www.gitlab.com" => Some(Forge::Gitlab),
            "codeberg.org" => Some(Forge::Forgejo),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Forge::Github => "github",
            Forge::Gitlab => "gitlab",
            Forge::Forgejo => "forgejo",
        }
    }

    /// The forge's name as its users know it.
    pub fn label(self) -> &'static str {
        match self {
            Forge::Github => "GitHub",
            Forge::Gitlab => "GitLab",
            Forge::Forgejo => "Forgejo",
        }
    }

    /// The path segment before an action (`/-/edit/` on GitLab) and the
    /// names of the new-file editor's query parameters (file name, text).
    fn shape(self) -> (&'static str, &'static str, &'static str, &'static str) {
        match self {
            Forge::Github => ("", "", "filename", "value"),
            Forge::Gitlab => ("-/", "", "file_name", "content"),
            Forge::Forgejo => ("", "_", "filename", "value"),
        }
    }
}

/// The host of an http(s) URL (empty when it has none).
pub fn host_of(url: &str) -> &str {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or("");
    rest.split(['/', '?', '#', ':']).next().unwrap_or("")
}

impl Repository {
    /// The forge: as written, or derived from the host; `None` for an
    /// unknown host without `forge:` (which `check` refuses).
    pub fn forge_of(&self) -> Option<Forge> {
        self.forge.or_else(|| Forge::of_host(host_of(&self.url)))
    }

    /// The forge, once site.yaml has passed `check`.
    pub fn forge(&self) -> Forge {
        self.forge_of().unwrap_or(Forge::Github)
    }

    /// The repository's web address without a trailing slash.
    pub fn web(&self) -> &str {
        self.url.trim_end_matches('/')
    }

    /// `WEB/[-/]ACTION/BRANCH/PATH`, each segment of branch and path encoded.
    fn action_url(&self, action: &str, path: &str) -> String {
        let (scope, prefix, _, _) = self.forge().shape();
        let segments = |s: &str| {
            s.split('/')
                .filter(|p| !p.is_empty())
                .map(|p| utf8_percent_encode(p, COMPONENT).to_string())
                .collect::<Vec<_>>()
                .join("/")
        };
        format!(
            "{}/{scope}{prefix}{action}/{}/{}",
            self.web(),
            segments(&self.branch),
            segments(path)
        )
    }

    /// The forge's editor for the existing file at `path` (from the
    /// repository's root, `content/stories/a.md`).
    pub fn edit_url(&self, path: &str) -> String {
        self.action_url("edit", path)
    }

    /// The forge's new-file editor in `folder`, with the file's name and
    /// text filled in.
    pub fn new_file_url(&self, folder: &str, name: &str, text: &str) -> String {
        let (_, _, name_key, text_key) = self.forge().shape();
        let mut url = self.action_url("new", folder);
        // Forgejo reads the folder from a path ending in `/`.
        if self.forge() == Forge::Forgejo {
            url.push('/');
        }
        format!(
            "{url}?{name_key}={}&{text_key}={}",
            utf8_percent_encode(name, COMPONENT),
            utf8_percent_encode(text, COMPONENT)
        )
    }

    /// Where a file is uploaded into `folder`: the upload page on GitHub and
    /// Forgejo; on GitLab the folder's page, whose "+" menu uploads.
    pub fn upload_url(&self, folder: &str) -> String {
        match self.forge() {
            Forge::Gitlab => self.action_url("tree", folder),
            _ => self.action_url("upload", folder),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo(url: &str, forge: Option<Forge>) -> Repository {
        Repository {
            url: url.into(),
            forge,
            branch: "main".into(),
        }
    }

    #[test]
    fn edit_links_follow_each_forges_shape() {
        let path = "content/stories/a.md";
        let gh = repo("https://github.com/acme/community/", None);
        assert_eq!(
            gh.edit_url(path),
            "https://github.com/acme/community/edit/main/content/stories/a.md"
        );
        let gl = repo("https://gitlab.com/acme/sub/community", None);
        assert_eq!(
            gl.edit_url(path),
            "https://gitlab.com/acme/sub/community/-/edit/main/content/stories/a.md"
        );
        let fj = repo("https://codeberg.org/acme/community", None);
        assert_eq!(
            fj.edit_url(path),
            "https://codeberg.org/acme/community/_edit/main/content/stories/a.md"
        );
    }

    #[test]
    fn new_file_links_carry_the_name_and_text_encoded_like_encode_uri_component() {
        let text = "---\ntitle: \"Café & co\"\n---\n100% (yes)!";
        let encoded = "---%0Atitle%3A%20%22Caf%C3%A9%20%26%20co%22%0A---%0A100%25%20(yes)!";
        let gh = repo("https://github.com/acme/community", None);
        assert_eq!(
            gh.new_file_url("content/stories", "a.md", text),
            format!("https://github.com/acme/community/new/main/content/stories?filename=a.md&value={encoded}")
        );
        let gl = repo("https://gitlab.com/acme/community", None);
        assert_eq!(
            gl.new_file_url("content/stories", "a.md", text),
            format!("https://gitlab.com/acme/community/-/new/main/content/stories?file_name=a.md&content={encoded}")
        );
        let fj = repo(
            "https://git.example.org/acme/community",
            Some(Forge::Forgejo),
        );
        assert_eq!(
            fj.new_file_url("content/stories", "a.md", text),
            format!("https://git.example.org/acme/community/_new/main/content/stories/?filename=a.md&value={encoded}")
        );
    }

    #[test]
    fn a_branch_with_a_slash_stays_two_segments_and_odd_characters_are_encoded() {
        let mut r = repo("https://github.com/acme/community", None);
        r.branch = "site/live#1".into();
        assert_eq!(
            r.edit_url("content/pages/about.md"),
            "https://github.com/acme/community/edit/site/live%231/content/pages/about.md"
        );
    }

    #[test]
    fn uploads_go_to_the_upload_page_or_gitlabs_folder() {
        let folder = "content/members";
        assert_eq!(
            repo("https://github.com/a/b", None).upload_url(folder),
            "https://github.com/a/b/upload/main/content/members"
        );
        assert_eq!(
            repo("https://gitlab.com/a/b", None).upload_url(folder),
            "https://gitlab.com/a/b/-/tree/main/content/members"
        );
        assert_eq!(
            repo("https://codeberg.org/a/b", None).upload_url(folder),
            "https://codeberg.org/a/b/_upload/main/content/members"
        );
    }

    #[test]
    fn the_forge_is_derived_from_well_known_hosts_only() {
        assert_eq!(
            repo("https://GitHub.com/a/b", None).forge_of(),
            Some(Forge::Github)
        );
        assert_eq!(
            repo("https://codeberg.org/a/b", None).forge_of(),
            Some(Forge::Forgejo)
        );
        assert_eq!(repo("https://git.example.org/a/b", None).forge_of(), None);
        assert_eq!(
            repo("https://git.example.org/a/b", Some(Forge::Gitlab)).forge_of(),
            Some(Forge::Gitlab)
        );
    }
}
