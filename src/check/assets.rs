//! Files that would make the site heavy: bundle files, static files and
//! avatars over `check.max_asset_kb`.

use std::path::Path;

use rayon::prelude::*;

use crate::diag::Diagnostic;
use crate::model::Site;

/// Every copied file larger than the site's limit.
pub fn oversized(root: &Path, site: &Site) -> Vec<Diagnostic> {
    let max_kb = site.config.check.max_asset_kb;
    site.assets
        .par_iter()
        .filter_map(|a| {
            let len = std::fs::metadata(root.join(&a.from)).ok()?.len();
            (len > max_kb * 1024).then(|| {
                Diagnostic::error(
                    a.from.to_string_lossy().replace('\\', "/"),
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
        let mut site = SiteBuilder::new().build();
        site.config.check.max_asset_kb = 3;
        for name in ["big.jpg", "small.jpg"] {
            site.assets.push(Asset {
                from: name.into(),
                to: format!("stories/a/{name}"),
            });
        }
        let found = oversized(dir.path(), &site);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].path, "big.jpg");
        assert_eq!(
            found[0].message,
            "file is 4 KiB, more than the 3 KiB allowed"
        );
        site.config.check.max_asset_kb = 4;
        assert!(oversized(dir.path(), &site).is_empty());
    }
}
