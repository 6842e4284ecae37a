//! `--changed-from REV`: which files a change touches (through the `git` CLI),
//! and which problems concern them.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use super::CheckError;
use crate::util::diag::Diagnostic;

/// Files changed since a revision, relative to the site root, `/` separated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    pub rev: String,
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
    let range = format!("{rev}...");
    let mut changes = Changes {
        rev: rev.to_string(),
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

fn git(root: &Path, args: &[&str]) -> Result<String, CheckError> {
    let command = args.join(" ");
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .map_err(|e| CheckError::Git {
            command: command.clone(),
            message: format!("cannot run git: {e}"),
        })?;
    if !out.status.success() {
        return Err(CheckError::Git {
            command,
            message: String::from_utf8_lossy(&out.stderr).trim().to_string(),
        });
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
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
                            || d.message.contains(&format!("/{n}/"))
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
