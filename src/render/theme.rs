//! Themes: Tera templates and static assets, from the built-in default theme,
//! a theme folder in the site, and the site's own template overrides.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use include_dir::{include_dir, Dir};
use tera::Tera;
use walkdir::WalkDir;

use crate::i18n::{self, Catalogue};
use crate::incremental::fingerprint::{Fp, FpHasher};
use crate::util::diag::Diagnostic;

/// The default theme, built into the binary so any site builds without a themes/ folder.
/// The theme's folder (under static/) of the /write/ and /join/ forms'
/// stylesheet and scripts: published only with site.yaml's `repository:`.
pub const FORMS_DIR: &str = "contribute/";

static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// Where a theme file's bytes come from.
#[derive(Debug, Clone)]
pub enum Bytes {
    Embedded(&'static [u8]),
    Disk(PathBuf),
}

impl Bytes {
    pub fn read(&self) -> std::io::Result<Vec<u8>> {
        match self {
            Bytes::Embedded(b) => Ok(b.to_vec()),
            Bytes::Disk(p) => std::fs::read(p),
        }
    }
}

/// Compiled templates and the theme's static files (output path, bytes).
pub struct Theme {
    /// Shared with the next build's theme when no template changed.
    pub tera: Arc<Tera>,
    pub statics: Vec<(String, Bytes)>,
    /// A fingerprint of every template and catalogue and the language, for
    /// build caches (static files are copied, and have keys of their own).
    pub fingerprint: Fp,
    /// The words of the site's language (templates call it as `t`).
    pub i18n: Arc<Catalogue>,
}

/// Loads theme `name` for the site at `root` in language `lang`. Site
/// `templates/` files override theme ones, and content/translations.ftl
/// the theme's words.
pub fn load(root: &Path, name: &str, lang: &str) -> Result<Theme, Vec<Diagnostic>> {
    load_reusing(root, name, lang, None)
}

/// `load`, reusing the compiled templates of `last` when every template is
/// the same (compiling them is most of the cost of loading a theme).
pub fn load_reusing(
    root: &Path,
    name: &str,
    lang: &str,
    last: Option<&Theme>,
) -> Result<Theme, Vec<Diagnostic>> {
    for parts in [&["themes", name][..], &["templates"]] {
        if let Some(link) = first_symlink(root, parts) {
            return Err(vec![Diagnostic::error(
                link,
                "symlink",
                "symbolic links are not allowed in themes",
            )
            .help("replace the link with the folder itself")]);
        }
    }
    let dir = root.join("themes").join(name);
    let mut files: Vec<(String, Bytes)> = if dir.is_dir() {
        disk_files(root, &dir)?
    } else if name == "default" {
        embedded_files()
    } else {
        return Err(vec![Diagnostic::error(
            "content/site.yaml",
            "no-theme",
            format!("theme `{name}` not found: no folder themes/{name}/"),
        )
        .help("use `theme: default`, or add the theme folder")]);
    };
    let overrides = root.join("templates");
    if overrides.is_dir() {
        for (rel, bytes) in disk_files(root, &overrides)? {
            let key = format!("templates/{rel}");
            files.retain(|(k, _)| *k != key);
            files.push((key, bytes));
        }
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let site_words = i18n::site::read(root).map_err(|d| vec![d])?;
    compile(
        files,
        Words {
            lang,
            site: site_words,
        },
        last,
    )
}

/// The language and the site's own catalogue text, for `compile`.
struct Words<'a> {
    lang: &'a str,
    site: Option<String>,
}

fn compile(
    files: Vec<(String, Bytes)>,
    words: Words,
    last: Option<&Theme>,
) -> Result<Theme, Vec<Diagnostic>> {
    let mut templates = Vec::new();
    let mut statics = Vec::new();
    let mut catalogues = Vec::new();
    let mut hash = FpHasher::new();
    hash.add(words.lang).add(&words.site);
    for (rel, bytes) in files {
        let data = bytes.read().map_err(|e| {
            vec![Diagnostic::error(
                &rel,
                "unreadable",
                format!("cannot read: {e}"),
            )]
        })?;
        if let Some(name) = rel.strip_prefix("templates/") {
            hash.add(&rel).add(&data);
            let text = String::from_utf8(data).map_err(|_| {
                vec![Diagnostic::error(
                    &rel,
                    "not-utf8",
                    "template is not valid UTF-8",
                )]
            })?;
            templates.push((name.to_string(), text));
        } else if let Some(out) = rel.strip_prefix("static/") {
            statics.push((out.to_string(), bytes));
        } else if let Some(name) = rel.strip_prefix("i18n/") {
            hash.add(&rel).add(&data);
            let text = String::from_utf8(data).map_err(|_| {
                vec![Diagnostic::error(
                    &rel,
                    "not-utf8",
                    "catalogue is not valid UTF-8",
                )]
            })?;
            catalogues.push((name.to_string(), text));
        }
    }
    let fingerprint = hash.fp();
    if let Some(last) = last.filter(|t| t.fingerprint == fingerprint) {
        return Ok(Theme {
            tera: Arc::clone(&last.tera),
            statics,
            fingerprint,
            i18n: Arc::clone(&last.i18n),
        });
    }
    let catalogue = Arc::new(Catalogue::new(
        words.lang,
        &catalogues,
        words.site.as_deref(),
    )?);
    let mut tera = Tera::default();
    tera.register_function("t", i18n::TeraT::html(Arc::clone(&catalogue)));
    tera.register_function("tr", i18n::TeraT::text(Arc::clone(&catalogue)));
    tera.register_function(
        "names",
        i18n::html::WithWords::names(Arc::clone(&catalogue)),
    );
    tera.register_function(
        "story_link",
        i18n::html::WithWords::story_link(Arc::clone(&catalogue)),
    );
    tera.register_function("link", i18n::html::link);
    tera.register_function("strong", i18n::html::strong);
    tera.register_function("code", i18n::html::code);
    tera.register_function(
        "words_json",
        i18n::script::WordsJson {
            catalogue: Arc::clone(&catalogue),
        },
    );
    tera.register_function("time", i18n::html::time);
    tera.register_filter(
        "number",
        i18n::number::NumberFilter {
            numbers: catalogue.numbers(),
        },
    );
    tera.autoescape_on(vec![".html", ".xml"]);
    // Tera's default also escapes `/`, which bloats every URL for no safety gain
    // in quoted attributes and text.
    tera.set_escape_fn(crate::render::highlight::escape_attr);
    tera.add_raw_templates(templates)
        .map_err(|e| vec![template_error(&e)])?;
    Ok(Theme {
        tera: Arc::new(tera),
        statics,
        fingerprint,
        i18n: catalogue,
    })
}

/// A Tera error with its whole cause chain, as one diagnostic.
pub fn template_error(e: &tera::Error) -> Diagnostic {
    let mut msg = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        msg.push_str(&format!("\n  caused by: {s}"));
        source = s.source();
    }
    Diagnostic::error("templates", "template", msg)
        .help("fix the template named above; see docs/theme-guide.md")
}

fn embedded_files() -> Vec<(String, Bytes)> {
    let mut out = Vec::new();
    let mut stack = vec![&DEFAULT_THEME];
    while let Some(dir) = stack.pop() {
        for entry in dir.entries() {
            match entry {
                include_dir::DirEntry::Dir(d) => stack.push(d),
                include_dir::DirEntry::File(f) => {
                    let rel = f.path().to_string_lossy().replace('\\', "/");
                    out.push((rel, Bytes::Embedded(f.contents())));
                }
            }
        }
    }
    out
}

/// The first of `root/parts[0]`, `root/parts[0]/parts[1]`, … that is a
/// symbolic link, as shown to the user: a linked `themes/` would make the
/// build read, and publish, files from outside the site.
fn first_symlink(root: &Path, parts: &[&str]) -> Option<String> {
    let mut path = root.to_path_buf();
    for (i, part) in parts.iter().enumerate() {
        path.push(part);
        if path
            .symlink_metadata()
            .is_ok_and(|m| m.file_type().is_symlink())
        {
            return Some(parts[..=i].join("/"));
        }
    }
    None
}

/// Files under `dir`, relative to it; symlinks are refused, never followed.
fn disk_files(root: &Path, dir: &Path) -> Result<Vec<(String, Bytes)>, Vec<Diagnostic>> {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for entry in WalkDir::new(dir).follow_links(false).sort_by_file_name() {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                errors.push(Diagnostic::error(
                    dir.to_string_lossy(),
                    "unreadable",
                    e.to_string(),
                ));
                continue;
            }
        };
        let shown = entry
            .path()
            .strip_prefix(root)
            .unwrap_or(entry.path())
            .to_string_lossy()
            .replace('\\', "/");
        if entry.path_is_symlink() {
            errors.push(
                Diagnostic::error(shown, "symlink", "symbolic links are not allowed in themes")
                    .help("replace the link with the file itself"),
            );
        } else if entry.file_type().is_file()
            && !entry.file_name().to_string_lossy().starts_with('.')
        {
            let rel = entry
                .path()
                .strip_prefix(dir)
                .unwrap_or(entry.path())
                .to_string_lossy()
                .replace('\\', "/");
            out.push((rel, Bytes::Disk(entry.path().to_path_buf())));
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}
