//! Static files that would make the site heavy: over `check.max_asset_kb`.
//! (Contributors' files, bundle media and avatars, are held to the same
//! limit by `render::images`, which the build shares.)

use std::path::Path;

use rayon::prelude::*;

use crate::model::Site;
use crate::render::images::{self, media};
use crate::util::diag::Diagnostic;

/// Every static file larger than the site's limit.
pub fn oversized(root: &Path, site: &Site) -> Vec<Diagnostic> {
    let max_kb = site.config.check.max_asset_kb;
    site.assets
        .par_iter()
        .filter(|a| !images::from_bundle(a))
        .filter_map(|a| {
            let len = std::fs::metadata(root.join(&a.from)).ok()?.len();
            let shown = a.from.to_string_lossy().replace('\\', "/");
            (len > max_kb * 1024).then(|| media::too_large(&shown, len, max_kb))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Asset;
    use crate::recognition::testkit::SiteBuilder;

    #[test]
    fn static_files_over_the_limit_are_errors_and_the_limit_is_configurable() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("big.jpg"), vec![0u8; 3 * 1024 + 1]).unwrap();
        std::fs::write(dir.path().join("small.jpg"), vec![0u8; 3 * 1024]).unwrap();
        let mut site = SiteBuilder::new().member("ann").build();
        site.config.check.max_asset_kb = 3;
        for name in ["big.jpg", "small.jpg"] {
            site.assets.push(Asset {
                from: name.into(),
                to: name.into(),
            });
        }
        let found = oversized(dir.path(), &site);
        let paths: Vec<_> = found.iter().map(|d| d.path.as_str()).collect();
        assert_eq!(paths, ["big.jpg"]);
        assert_eq!(
            found[0].message,
            "file is 4 KiB, more than the 3 KiB allowed"
        );
        site.config.check.max_asset_kb = 5;
        assert!(oversized(dir.path(), &site).is_empty());
    }

    #[test]
    fn bundle_files_are_left_to_images_which_the_build_shares() {
        let dir = tempfile::tempdir().unwrap();
        let bundle = dir.path().join("content/stories/a");
        std::fs::create_dir_all(&bundle).unwrap();
        std::fs::write(bundle.join("big.jpg"), vec![0u8; 5 * 1024]).unwrap();
        let mut site = SiteBuilder::new().member("ann").build();
        site.config.check.max_asset_kb = 4;
        site.assets.push(Asset {
            from: "content/stories/a/big.jpg".into(),
            to: "stories/a/big.jpg".into(),
        });
        assert!(oversized(dir.path(), &site).is_empty());
        let found = images::problems(dir.path(), &site);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].message,
            "file is 5 KiB, more than the 4 KiB allowed"
        );
    }
}
