//! `--changed-from REV`: which files a change touches (through the `git` CLI),
//! and which problems concern them.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use super::CheckError;
use crate::model::routes;
use crate::util::diag::Diagnostic;

/// Files changed since a revision, relative to the site root, `/` separated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    pub rev: String,
    /// The commit compared with: the merge base of `rev` and HEAD.
    pub base: String,
    /// Added files (committed since the merge base, or untracked).
    pub added: BTreeSet<String>,
    /// Modified files.
    pub modified: BTreeSet<String>,
    pub deleted: BTreeSet<String>,
}

/// Changes since the merge base of `rev` and HEAD, plus uncommitted and
/// untracked files (so a contributor can run the same check before committing).
pub fn since(root: &Path, rev: &str) -> Result<Changes, CheckError> {
    if rev.starts_with('-') || rev.trim().is_empty() {
        return Err(CheckError::Usage(format!(
            "`{rev}` is not a git revision (e.g. origin/main)"
        )));
    }
    in_a_repository(root)?;
    let base = merge_base(root, rev)?;
    let range = format!("{rev}...");
    let mut changes = Changes {
        rev: rev.to_string(),
        base,
        ..Changes::default()
    };
    for base in [range.as_str(), "HEAD"] {
        let out = git(
            root,
            &[
                "diff",
                "--name-status",
                "-z",
                "--no-renames",
                "--relative",
                base,
                "--",
            ],
        )?;
        changes.add_name_status(&out);
    }
    let untracked = git(root, &["ls-files", "-z", "--others", "--exclude-standard"])?;
    for path in untracked.split('\0').filter(|p| !p.is_empty()) {
        changes.added.insert(path.to_string());
    }
    Ok(changes)
}

/// Outside a git repository, git answers with its usage text: say it plainly.
fn in_a_repository(root: &Path) -> Result<(), CheckError> {
    let out = run_git(root, &["rev-parse", "--is-inside-work-tree"])?;
    if out.status.success() {
        return Ok(());
    }
    Err(CheckError::Git {
        message: format!(
            "--changed-from compares with git history, and {} is not in a git repository",
            root.display()
        ),
        help: "run the check in a clone of the site's repository, or leave out --changed-from to check every file".into(),
    })
}

/// The commit where HEAD's history and `rev`'s meet. The revision must exist
/// and share history with HEAD; in a shallow clone (the default of
/// actions/checkout) neither may hold: say how to fetch it all.
fn merge_base(root: &Path, rev: &str) -> Result<String, CheckError> {
    let shallow = run_git(root, &["rev-parse", "--is-shallow-repository"])
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "true")
        .unwrap_or(false);
    let unshallow = "the clone is shallow: give actions/checkout `fetch-depth: 0` \
                     (or run `git fetch --unshallow`)";
    let commit = format!("{rev}^{{commit}}");
    let known = run_git(root, &["rev-parse", "--verify", "--quiet", &commit])?;
    if !known.status.success() {
        return Err(CheckError::Git {
            message: format!("`{rev}` is not a branch or commit this clone knows"),
            help: if shallow {
                format!("{unshallow}; or fetch it: `git fetch origin {rev}`")
            } else {
                "name the branch the change goes into, as this clone knows it (e.g. origin/main), or fetch it first".into()
            },
        });
    }
    let base = run_git(root, &["merge-base", rev, "HEAD"])?;
    if base.status.success() {
        return Ok(String::from_utf8_lossy(&base.stdout).trim().to_string());
    }
    Err(CheckError::Git {
        message: format!("`{rev}` and the current commit have no common history in this clone"),
        help: if shallow {
            unshallow.to_string()
        } else {
            format!("is `{rev}` from another repository? name the branch the change goes into")
        },
    })
}

fn run_git(root: &Path, args: &[&str]) -> Result<std::process::Output, CheckError> {
    Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .map_err(|e| CheckError::Git {
            message: format!("--changed-from needs git, which could not be started: {e}"),
            help: "install git, or leave out --changed-from to check every file".into(),
        })
}

fn git(root: &Path, args: &[&str]) -> Result<String, CheckError> {
    let out = run_git(root, args)?;
    if !out.status.success() {
        let said = String::from_utf8_lossy(&out.stderr);
        return Err(CheckError::Git {
            message: format!(
                "git {} failed: {}",
                args.join(" "),
                said.lines().next().unwrap_or("").trim()
            ),
            help: String::new(),
        });
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// A file as it was at the base commit, when it existed there (and is text).
pub fn base_text(root: &Path, changes: &Changes, path: &str) -> Option<String> {
    if changes.base.is_empty() || changes.added.contains(path) {
        return None;
    }
    // `./` makes the path relative to the site root, which `-C` made the
    // working directory, rather than to the repository's top.
    let out = run_git(root, &["show", &format!("{}:./{path}", changes.base)]).ok()?;
    if !out.status.success() {
        return None;
    }
    String::from_utf8(out.stdout).ok()
}

impl Changes {
    /// Reads `git diff --name-status -z` output: status, NUL, path, NUL, ...
    fn add_name_status(&mut self, out: &str) {
        let mut fields = out.split('\0').filter(|f| !f.is_empty());
        while let (Some(status), Some(path)) = (fields.next(), fields.next()) {
            let path = path.to_string();
            match status.chars().next() {
                Some('A') => {
                    self.deleted.remove(&path);
                    self.added.insert(path);
                }
                Some('D') => {
                    self.added.remove(&path);
                    self.modified.remove(&path);
                    self.deleted.insert(path);
                }
                _ if !self.added.contains(&path) => {
                    self.modified.insert(path);
                }
                _ => {}
            }
        }
    }

    /// Added or modified files.
    pub fn changed(&self) -> impl Iterator<Item = &String> {
        self.added.iter().chain(&self.modified)
    }

    /// Site-wide settings changed: every problem may come from them.
    fn touches_settings(&self) -> bool {
        self.changed().chain(&self.deleted).any(|p| {
            p == "content/site.yaml" || p.starts_with("themes/") || p.starts_with("templates/")
        })
    }

    /// Handles and slugs defined by changed or deleted content files.
    fn names(&self) -> BTreeSet<&str> {
        self.changed()
            .chain(&self.deleted)
            .filter_map(|p| {
                let rest = p.strip_prefix("content/")?;
                let (section, name) = rest.split_once('/')?;
                let name = name.split('/').next()?;
                let stem = name.split('.').next()?;
                ["members", "stories", "pages"]
                    .contains(&section)
                    .then_some(stem)
            })
            .filter(|n| !n.is_empty())
            .collect()
    }

    /// Keeps the problems a change is responsible for: in a file it touches, or
    /// naming something a changed or deleted file defines (a story linking to
    /// a member the change removes). Returns them and how many were left out.
    pub fn filter(&self, problems: Vec<Diagnostic>) -> (Vec<Diagnostic>, usize) {
        if self.touches_settings() {
            return (problems, 0);
        }
        let names = self.names();
        let files: BTreeSet<&str> = self
            .changed()
            .chain(&self.deleted)
            .map(String::as_str)
            .collect();
        let total = problems.len();
        let kept: Vec<Diagnostic> = problems
            .into_iter()
            .filter(|d| {
                files.contains(d.path.as_str())
                    || files.iter().any(|f| d.message.contains(f))
                    || names.iter().any(|n| {
                        d.message.contains(&format!("`{n}`"))
                            || d.message.contains(&routes::folder(&[n]))
                    })
            })
            .collect();
        let hidden = total - kept.len();
        (kept, hidden)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(items: &[&str]) -> BTreeSet<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn name_status_output_is_read_with_later_states_winning() {
        let mut c = Changes::default();
        c.add_name_status("M\0content/a.md\0A\0content/b.md\0D\0content/c.md\0");
        c.add_name_status("D\0content/b.md\0M\0content/d.md\0");
        assert_eq!(c.added, set(&[]));
        assert_eq!(c.modified, set(&["content/a.md", "content/d.md"]));
        assert_eq!(c.deleted, set(&["content/b.md", "content/c.md"]));
    }

    #[test]
    fn problems_in_changed_files_or_naming_what_they_defined_are_kept() {
        let c = Changes {
            rev: "main".into(),
            base: String::new(),
            added: set(&["content/stories/new.md"]),
            modified: BTreeSet::new(),
            deleted: set(&["content/members/bob.md"]),
        };
        let e = |path: &str, msg: &str| Diagnostic::error(path, "x", msg);
        let (kept, hidden) = c.filter(vec![
            e("content/stories/new.md", "unknown field `tag`"),
            e("content/stories/old.md", "no member `bob`"),
            e(
                "content/stories/old2.md",
                "broken link `/members/bob/`: there is no member `bob`",
            ),
            e("content/stories/old3.md", "no member `bobby`"),
            e("content/stories/old4.md", "broken link `/stories/new/`"),
        ]);
        let paths: Vec<_> = kept.iter().map(|d| d.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "content/stories/new.md",
                "content/stories/old.md",
                "content/stories/old2.md",
                "content/stories/old4.md"
            ]
        );
        assert_eq!(hidden, 1);
    }

    #[test]
    fn a_change_to_site_settings_keeps_everything() {
        let c = Changes {
            modified: set(&["content/site.yaml"]),
            ..Changes::default()
        };
        let (kept, hidden) = c.filter(vec![Diagnostic::error("content/stories/a.md", "x", "y")]);
        assert_eq!((kept.len(), hidden), (1, 0));
    }

    #[test]
    fn option_like_revisions_are_refused() {
        let err = since(Path::new("."), "--output=/tmp/x").unwrap_err();
        assert!(matches!(err, CheckError::Usage(_)));
    }
}
