//! Files that would make the site heavy: bundle files, static files and
//! avatars over `check.max_asset_kb`.

use std::path::Path;

use rayon::prelude::*;

use crate::model::Site;
use crate::util::diag::Diagnostic;

/// Every copied file larger than the site's limit.
pub fn oversized(root: &Path, site: &Site) -> Vec<Diagnostic> {
    let max_kb = site.config.check.max_asset_kb;
    // Avatars are not assets (the build resizes them), but the repository still
    // carries the original.
    let avatars = site.members.iter().filter_map(|m| m.avatar.as_ref());
    site.assets
        .iter()
        .map(|a| &a.from)
        .chain(avatars)
        .collect::<Vec<_>>()
        .par_iter()
        .filter_map(|from| {
            let len = std::fs::metadata(root.join(from)).ok()?.len();
            (len > max_kb * 1024).then(|| {
                Diagnostic::error(
                    from.to_string_lossy().replace('\\', "/"),
                    "large-file",
                    format!(
                        "file is {} KiB, more than the {max_kb} KiB allowed",
                        len.div_ceil(1024)
                    ),
                )
                .help("shrink it (a photo 2000 pixels wide saved as .jpg or .webp is plenty), or raise `check.max_asset_kb` in site.yaml")
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Asset;
    use crate::recognition::testkit::SiteBuilder;

    #[test]
    fn files_over_the_limit_are_errors_and_the_limit_is_configurable() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("big.jpg"), vec![0u8; 3 * 1024 + 1]).unwrap();
        std::fs::write(dir.path().join("small.jpg"), vec![0u8; 3 * 1024]).unwrap();
        let mut site = SiteBuilder::new().member("ann").build();
        site.config.check.max_asset_kb = 3;
        for name in ["big.jpg", "small.jpg"] {
            site.assets.push(Asset {
                from: name.into(),
                to: format!("stories/a/{name}"),
            });
        }
        std::fs::write(dir.path().join("face.png"), vec![0u8; 5 * 1024]).unwrap();
        site.members[0].avatar = Some("face.png".into());
        let found = oversized(dir.path(), &site);
        let paths: Vec<_> = found.iter().map(|d| d.path.as_str()).collect();
        assert_eq!(paths, ["big.jpg", "face.png"]);
        assert_eq!(
            found[0].message,
            "file is 4 KiB, more than the 3 KiB allowed"
        );
        site.config.check.max_asset_kb = 5;
        assert!(oversized(dir.path(), &site).is_empty());
    }

    #[test]
    fn an_oversized_avatar_is_reported_though_the_build_resizes_it() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("alice.jpg"), vec![0u8; 5 * 1024]).unwrap();
        let mut site = SiteBuilder::new()
            .member_with("alice", |m| m.avatar = Some("alice.jpg".into()))
            .build();
        site.config.check.max_asset_kb = 4;
        let found = oversized(dir.path(), &site);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].path, "alice.jpg");
    }
}
