//! Redirect pages for `aliases:`: a small HTML file at each old address
//! that sends readers (a meta refresh) and search engines (a canonical
//! link, `noindex`) to the page's new URL. Plain files, so they work on
//! any static host, GitHub Pages included, with no server rules.

use super::{Job, Prepared};
use crate::model::{routes, Alias};
use crate::render::highlight::escape_attr;

/// The alias a redirect job stands for, the URL it sends to (a site path)
/// and the title of the page there.
pub fn target<'a>(p: &'a Prepared, job: &Job) -> (&'a Alias, String, &'a str) {
    let site = p.site;
    match job {
        Job::StoryAlias(i, k) => {
            let s = &site.stories[*i];
            (&s.aliases[*k], routes::story(&s.slug), &s.title)
        }
        Job::PageAlias(i, k) => {
            let pg = &site.pages[*i];
            (&pg.aliases[*k], routes::page(&pg.slug), &pg.title)
        }
        _ => unreachable!("not a redirect: {job:?}"),
    }
}

/// The redirect page of `job` (written at `target`'s alias path).
pub fn bytes(p: &Prepared, job: &Job) -> Vec<u8> {
    let (_, to, title) = target(p, job);
    let html = page(
        &p.site.config.language,
        &p.urls.abs(&to),
        &p.urls.path(&to),
        title,
    );
    html.into_bytes()
}

/// The HTML: the canonical link and refresh name the absolute URL; the
/// visible link (for a reader whose browser ignores the refresh) the path.
fn page(lang: &str, abs: &str, path: &str, title: &str) -> String {
    let (lang, abs, path, title) = (
        escape_attr(lang),
        escape_attr(abs),
        escape_attr(path),
        escape_attr(title),
    );
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{title}</title>\n<meta name=\"robots\" content=\"noindex\">\n\
         <link rel=\"canonical\" href=\"{abs}\">\n\
         <meta http-equiv=\"refresh\" content=\"0; url={abs}\">\n</head>\n<body>\n\
         <p>This page has moved to <a href=\"{path}\">{title}</a>.</p>\n</body>\n</html>\n"
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_title_cannot_break_out_of_the_page() {
        let html = super::page("en", "https://x.test/a/", "/a/", "<script>\"x\"</script>");
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;script&gt;&quot;x&quot;&lt;/script&gt;"));
    }
}
