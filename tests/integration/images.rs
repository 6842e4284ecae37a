//! Images as visitors get them: avatars resized at build time (a 256 px image
//! on the profile and a 64 px one on cards, never the original photo), and every
//! story image with its width and height, so text does not jump as images load.

use std::path::Path;

use image::{DynamicImage, Rgb, RgbImage};

use crate::support::*;

/// A 1200x900 PNG, like a phone photo cropped by nobody.
fn big_photo() -> Vec<u8> {
    let img = RgbImage::from_fn(1200, 900, |x, y| {
        Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    DynamicImage::ImageRgb8(img)
        .write_to(&mut out, image::ImageFormat::Png)
        .unwrap();
    out.into_inner()
}

/// The small fixture with a big PNG for Alice and an SVG for Bob.
fn site_with_avatars() -> tempfile::TempDir {
    let site = fixture("small");
    let members = site.path().join("content/members");
    std::fs::write(members.join("alice.png"), big_photo()).unwrap();
    std::fs::write(
        members.join("bob.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"5\"/></svg>",
    )
    .unwrap();
    for (file, avatar) in [("alice.md", "alice.png"), ("bob.md", "bob.svg")] {
        let path = members.join(file);
        let text = read(&path).replacen("---\n", &format!("---\navatar: {avatar}\n"), 1);
        std::fs::write(&path, text).unwrap();
    }
    site
}

fn dimensions(path: &Path) -> (u32, u32) {
    let img = image::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (img.width(), img.height())
}

fn srcs(page: &Path) -> Vec<String> {
    let doc = html(page);
    select(&doc, "img.avatar")
        .iter()
        .filter_map(|i| i.value().attr("src").map(str::to_string))
        .collect()
}

#[test]
fn a_big_photo_is_served_at_256_and_64_px() {
    let site = site_with_avatars();
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    build_ok(site.path(), &public);

    let alice = public.join("members/alice");
    assert_eq!(dimensions(&alice.join("avatar-256.png")), (256, 256));
    assert_eq!(dimensions(&alice.join("avatar-64.png")), (64, 64));
    assert!(
        !alice.join("alice.png").exists(),
        "the 1200 px original must not be published"
    );

    // The profile shows the large one, named after the member.
    let doc = html(&alice.join("index.html"));
    let header = select(&doc, ".profile-header img.avatar");
    assert_eq!(header.len(), 1);
    assert_eq!(
        header[0].value().attr("src"),
        Some("/community/members/alice/avatar-256.png")
    );
    assert_eq!(header[0].value().attr("alt"), Some("Alice Nguyen"));

    // Story lists show the small one.
    let list = srcs(&public.join("stories/index.html"));
    assert!(
        list.iter()
            .any(|s| s == "/community/members/alice/avatar-64.png"),
        "{list:?}"
    );
    assert!(
        !list.iter().any(|s| s.ends_with("avatar-256.png")),
        "{list:?}"
    );

    // The SVG avatar is published as the sanitizer writes it: the same drawing.
    assert_eq!(
        read(&public.join("members/bob/avatar.svg")),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"5\"/></svg>"
    );
    assert!(srcs(&public.join("members/bob/index.html"))
        .contains(&"/community/members/bob/avatar.svg".to_string()));
}

#[test]
fn resized_avatars_are_the_same_bytes_on_every_build() {
    let site = site_with_avatars();
    let out = tempfile::tempdir().unwrap();
    let (a, b) = (out.path().join("a"), out.path().join("b"));
    build_cold(site.path(), &a);
    build_cold(site.path(), &b);
    let avatars = |dir: &Path| {
        files(dir)
            .into_iter()
            .filter(|(p, _)| p.contains("/avatar"))
            .collect::<Vec<_>>()
    };
    let first = avatars(&a);
    assert_eq!(
        first.len(),
        3,
        "{:?}",
        first.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    assert_eq!(first, avatars(&b));
}

#[test]
fn an_avatar_that_is_not_an_image_fails_the_build_naming_the_file() {
    let site = site_with_avatars();
    std::fs::write(site.path().join("content/members/alice.png"), "not a png").unwrap();
    let out = tempfile::tempdir().unwrap();
    let o = potluck(&[
        "build",
        "--root",
        site.path().to_str().unwrap(),
        "--output",
        out.path().join("public").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("content/members/alice.png"), "{err}");
    assert!(
        err.contains("the file is not a PNG image (its contents are not an image potluck reads)"),
        "{err}"
    );
    assert!(!out.path().join("public").exists(), "nothing is written");
}

#[test]
fn story_images_carry_their_real_width_and_height() {
    let site = fixture("small");
    let bundle = site.path().join("content/stories/fixing-soles");
    // A 300x200 PNG written in the Markdown, and the SVG cover (40x20).
    let img = RgbImage::from_pixel(300, 200, Rgb([1, 2, 3]));
    DynamicImage::ImageRgb8(img)
        .save(bundle.join("photo.png"))
        .unwrap();
    let md = bundle.join("index.md");
    std::fs::write(&md, read(&md) + "\n![the sole, glued](photo.png)\n").unwrap();
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    build_ok(site.path(), &public);

    let doc = html(&public.join("stories/fixing-soles/index.html"));
    let size = |src: &str| {
        let img = select(&doc, &format!("img[src=\"{src}\"]"));
        assert_eq!(img.len(), 1, "{src}");
        let v = img[0].value();
        (
            v.attr("width").map(str::to_string),
            v.attr("height").map(str::to_string),
        )
    };
    let some = |w: &str, h: &str| (Some(w.to_string()), Some(h.to_string()));
    assert_eq!(
        size("/community/stories/fixing-soles/photo.png"),
        some("300", "200")
    );
    assert_eq!(
        size("/community/stories/fixing-soles/glue.svg"),
        some("40", "20")
    );
    assert_eq!(
        size("/community/stories/fixing-soles/cover.svg"),
        some("40", "20")
    );
}
