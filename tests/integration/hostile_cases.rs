//! The hostile inputs, one row each: files added to the `small` fixture (and
//! an optional setup for what files cannot say: symlinks, odd names, FIFOs),
//! and the exact outcome. `{case}` in a path or page is the case's name, so
//! cases that build can share one site.

use std::path::Path;

/// What a case must come to.
pub enum Expect {
    /// Exit 1, nothing written, and stderr names `file` with `message` on its line.
    Rejected(&'static str, &'static str),
    /// Builds (together with the other such cases); `page` exists, shows
    /// `text` as text, and no page or feed carries a live payload.
    Clean(&'static str, &'static str),
    /// Like `Clean`, but built alone and timed (the resource-limit cases).
    CleanAlone(&'static str, &'static str),
}

pub struct Case {
    pub name: &'static str,
    pub files: &'static [(&'static str, &'static str)],
    pub setup: Option<fn(&Path)>,
    pub expect: Expect,
}

use Expect::*;

/// A story by alice with this body.
macro_rules! story {
    ($body:expr) => {
        concat!(
            "---\ntitle: Hostile\nauthors: [alice]\ndate: 2024-05-01\n---\n",
            $body,
            "\n"
        )
    };
}

/// A story with these front-matter lines (after title) and a short body.
macro_rules! fm {
    ($lines:expr) => {
        concat!("---\ntitle: Hostile\n", $lines, "\n---\nBody.\n")
    };
}

const STORY: &str = "content/stories/{case}.md";
const PAGE: &str = "stories/{case}/index.html";
const BAD: &str = "content/stories/bad.md";

macro_rules! clean {
    ($name:expr, $body:expr) => {
        clean!($name, $body, "")
    };
    ($name:expr, $body:expr, $text:expr) => {
        Case {
            name: $name,
            files: &[(STORY, story!($body))],
            setup: None,
            expect: Clean(PAGE, $text),
        }
    };
}

macro_rules! rejected {
    ($name:expr, $file:expr, $content:expr, $msg:expr) => {
        Case {
            name: $name,
            files: &[($file, $content)],
            setup: None,
            expect: Rejected($file, $msg),
        }
    };
}

macro_rules! setup {
    ($name:expr, $setup:expr, $expect:expr) => {
        Case {
            name: $name,
            files: &[],
            setup: Some($setup),
            expect: $expect,
        }
    };
}

pub const CASES: &[Case] = &[
    // --- HTML and XSS in the body: cleaned, the text kept ---
    clean!("script-block", "<script>alert(1)</script>\n\nafter-script", "after-script"),
    clean!("img-onerror", "<img src=x onerror=alert(1)> img-text", "img-text"),
    clean!("svg-onload", "<svg onload=alert(1)><circle r=1 /></svg> svg-text", "svg-text"),
    clean!("mxss-svg-style", "<svg><style><img src=x onerror=alert(1)></style></svg>"),
    clean!("mxss-noscript", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>"),
    clean!("mxss-math", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>"),
    clean!("container-escape", "</article></main></body><script>alert(1)</script> escaped-text", "escaped-text"),
    clean!("code-breakout", "```\n\"><script>alert(1)</script>\n```", "\"><script>alert(1)</script>"),
    clean!("code-info-breakout", "```js\"><script>alert(1)</script>\nlet x = 1;\n```", "let x = 1;"),
    clean!("inline-code-breakout", "`</code><script>alert(1)</script>`", "</code><script>alert(1)</script>"),
    clean!("heading-attributes", "## Heading {#x onclick=alert(1) .evil style=color:red}", "Heading"),
    clean!("anchor-handler", "<a href=\"#x\" onmouseover=\"alert(1)\">hover</a>", "hover"),
    clean!("iframe-srcdoc", "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>"),
    clean!("object-embed", "<object data=\"javascript:alert(1)\"></object><embed src=\"javascript:alert(1)\">"),
    clean!("base-hijack", "<base href=\"https://evil.example/\">"),
    clean!("meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
    clean!("form-formaction", "<form action=\"https://evil.example\"><button formaction=\"javascript:alert(1)\">go</button></form>"),
    clean!("template-script", "<template><script>alert(1)</script></template>"),
    clean!("details-ontoggle", "<details open ontoggle=alert(1)><summary>s</summary>d</details>"),
    clean!("style-attribute", "<p style=\"background:url(javascript:alert(1))\">styled</p>", "styled"),
    clean!("style-element", "<style>body{background:url(javascript:alert(1))}</style>"),
    clean!("comment-breakout", "<!--><img src=x onerror=alert(1)>-->"),
    clean!("cdata-breakout", "<![CDATA[><img src=x onerror=alert(1)>]]>"),
    clean!("textarea-breakout", "<textarea><img title=\"</textarea><img src=x onerror=alert(1)>\"></textarea>"),
    clean!("svg-xlink", "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>"),
    clean!("svg-animate", "<svg><animate attributeName=href values=javascript:alert(1) /></svg>"),
    clean!("img-srcset", "<img src=x srcset=\"javascript:alert(1) 1x\">"),
    clean!("link-title-quote", "[t](https://a.example \"t\\\" onmouseover=\\\"alert(1)\")", "t"),
    clean!("footnote-html", "x[^n]\n\n[^n]: <img src=x onerror=alert(1)> note-text", "note-text"),
    clean!("table-cell-html", "| <img src=x onerror=alert(1)> cell-text |\n|---|", "cell-text"),
    clean!("theme-id-clobber", "<div id=\"site-header\"><form id=\"search\">x</form></div>"),
    // --- URLs: only http, https, mailto and relative survive ---
    clean!("url-javascript", "[j](javascript:alert(1))", "j"),
    clean!("url-case", "[j](JaVaScRiPt:alert(1))"),
    clean!("url-entity-decimal", "[j](&#106;avascript:alert(1))"),
    clean!("url-entity-hex", "[j](&#x6A;avascript&#x3A;alert(1))"),
    clean!("url-tab-in-scheme", "[j](java&#x09;script:alert(1))"),
    clean!("url-newline-in-html", "<a href=\"jav&#x0A;ascript:alert(1)\">j</a>"),
    clean!("url-leading-space", "<a href=\"  javascript:alert(1)\">j</a>"),
    clean!("url-reference", "[x][r]\n\n[r]: javascript:alert(1)"),
    clean!("url-autolink", "<javascript:alert(1)>"),
    clean!("url-image", "![i](javascript:alert(1))"),
    clean!("url-vbscript", "[v](vbscript:msgbox(1))"),
    clean!("url-data-html", "[d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"),
    clean!("url-data-svg-image", "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">"),
    clean!("url-uppercase-scheme", "[out](HTTPS://evil.example/a)", "out"),
    clean!("url-backslash", "<a href=\"/\\evil.example\">out</a> [b](\\\\evil.example)", "out"),
    clean!("url-rel-tab-in-scheme", "<a href=\"h&#9;ttp://evil.example/a\">tab-out</a>", "tab-out"),
    clean!("url-rel-control-prefix", "<a href=\"&#1;//evil.example/b\">ctl-out</a>", "ctl-out"),
    clean!("url-rel-newline-slashes", "<a href=\"/&#10;/evil.example/c\">nl-out</a>", "nl-out"),
    clean!("url-traversal", "![p](../../../../etc/passwd) [q](../../../etc/shadow)"),
    // --- Template syntax stays text ---
    clean!("tera-in-body", "{{ site.title }} {% include \"base.html\" %} {# c #}", "{{ site.title }} {% include \"base.html\" %} {# c #}"),
    Case {
        name: "tera-in-title",
        files: &[(STORY, "---\ntitle: \"{{ site.title }} {% raw %}\"\nauthors: [alice]\ndate: 2024-05-01\nsummary: \"{% for x in site %}{{x}}{% endfor %}\"\n---\nx\n")],
        setup: None,
        expect: Clean(PAGE, "{{ site.title }} {% raw %}"),
    },
    Case {
        name: "tera-in-member",
        files: &[("content/members/{case}.md", "---\nname: \"{{ site.title }}\"\nlocation: \"{% raw %}\"\n---\n{{ 7*7 }} bio\n")],
        setup: None,
        expect: Clean("members/{case}/index.html", "{{ 7*7 }} bio"),
    },
    Case {
        name: "html-in-member-fields",
        files: &[("content/members/{case}.md", "---\nname: \"Eve <script>alert(1)</script>\"\nlocation: \"<img src=x onerror=alert(1)>\"\nawards:\n  - name: \"<b onmouseover=alert(1)>a</b>\"\n    date: 2024-01-01\n    reason: \"<script>alert(2)</script>\"\n---\n<script>alert(3)</script>bio\n")],
        setup: None,
        expect: Clean("members/{case}/index.html", "Eve <script>alert(1)</script>"),
    },
    // --- Identity ---
    rejected!("name-mixed-script", "content/members/mallory.md", "---\nname: Аlice Nguyen\n---\n", "mixes writing systems"),
    Case {
        name: "name-confusable-capitals",
        files: &[("content/members/abe.md", "---\nname: Abe\n---\n"), ("content/members/zeta.md", "---\nname: ΑΒΕ\n---\n")],
        setup: None,
        expect: Rejected("content/members/zeta.md", "can be mistaken for the handle `abe` of @abe (content/members/abe.md)"),
    },
    rejected!("name-zero-width", "content/members/mallory.md", "---\nname: \"Ali\\u200Bce\"\n---\n", "invisible or control character U+200B"),
    rejected!("name-bidi", "content/members/mallory.md", "---\nname: \"Alice\\u202E\"\n---\n", "control or bidi character U+202E"),
    rejected!("name-hangul-filler", "content/members/mallory.md", "---\nname: \"Bob \\u3164\"\n---\n", "not used in names"),
    rejected!("handle-confusable", "content/members/a1ice.md", "---\nname: Someone\n---\n", "handle `alice` can be mistaken for the handle `a1ice`"),
    rejected!("handle-hyphen", "content/members/ali-ce.md", "---\nname: Someone\n---\n", "can be mistaken for the handle `ali-ce`"),
    rejected!("handle-invalid", "content/members/Alice.md", "---\nname: A\n---\n", "not a valid handle"),
    // --- YAML ---
    rejected!("yaml-alias-bomb", BAD, fm!("authors: [alice]\ndate: 2024-05-01\nx: &a [l, l, l, l]\ny: &b [*a, *a, *a, *a]\nz: [*b, *b, *b, *b]"), "YAML anchors"),
    rejected!("yaml-merge-key", BAD, fm!("authors: [alice]\ndate: 2024-05-01\n<<: *base"), "YAML aliases"),
    rejected!("yaml-tag", BAD, fm!("authors: !!python/object:os.system [alice]\ndate: 2024-05-01"), "YAML tags"),
    rejected!("yaml-deep", BAD, fm!("authors: [alice]\ndate: 2024-05-01\ntags: [[[[[[[[[[[[[[[[[[[[a]]]]]]]]]]]]]]]]]]]]"), "nested more than"),
    rejected!("yaml-duplicate-key", BAD, fm!("authors: [alice]\ndate: 2024-05-01\ntitle: Other"), "duplicate key `title`"),
    rejected!("yaml-duplicate-link", "content/members/mallory.md", "---\nname: Mallory\nlinks:\n  github: a\n  github: b\n---\n", "duplicate key `github`"),
    rejected!("yaml-wrong-type-list", BAD, fm!("authors: alice\ndate: 2024-05-01"), "`authors` is a list, but it is written as one text"),
    rejected!("yaml-wrong-type-map", BAD, fm!("authors: [alice]\ndate: {y: 2024}"), "`date` is one text, but it is written as a group of `name: value` lines"),
    rejected!("yaml-documents", BAD, fm!("authors: [alice]\ndate: 2024-05-01\n...\ntitle: Second"), "several YAML documents"),
    rejected!("yaml-directive", BAD, "---\n%TAG ! tag:evil.example,2024:\n---\n", "did not find expected <document start>"),
    rejected!("yaml-bidi-escape", BAD, fm!("authors: [alice]\ndate: 2024-05-01\nsummary: \"safe\\u202Etxt.exe\""), "control or bidi character U+202E"),
    rejected!("yaml-control-in-tag", BAD, fm!("authors: [alice]\ndate: 2024-05-01\ntags: [\"a\\e[31m\"]"), "control or bidi character U+001B"),
    rejected!("yaml-unclosed", BAD, "---\ntitle: x\nauthors: [alice]\n", "front matter is not closed"),
    rejected!("yaml-site-anchor", "content/site.yaml", "title: &t X\nbase_url: https://x.example\nbrand: {name: *t}\n", "YAML anchors"),
    // --- Paths from content ---
    rejected!("cover-traversal", "content/stories/fixing-soles/index.md", "---\ntitle: x\nauthors: [alice]\ndate: 2024-05-01\ncover: ../../members/alice.md\n---\n", "must be a file inside the story's folder"),
    rejected!("cover-absolute", "content/stories/fixing-soles/index.md", "---\ntitle: x\nauthors: [alice]\ndate: 2024-05-01\ncover: /etc/passwd\n---\n", "must be a file inside the story's folder"),
    rejected!("avatar-traversal", "content/members/mallory.md", "---\nname: Mallory\navatar: ../x.png\n---\n", "`avatar` must be an image file beside the profile"),
    rejected!("avatar-absolute", "content/members/mallory.md", "---\nname: Mallory\navatar: /etc/passwd.png\n---\n", "`avatar` must be an image file beside the profile"),
    rejected!("cover-not-image", "content/stories/fixing-soles/index.md", "---\ntitle: x\nauthors: [alice]\ndate: 2024-05-01\ncover: index.md\n---\n", "`cover` must be an image"),
    rejected!("logo-elsewhere", "content/site.yaml", "title: X\nbase_url: https://x.example\nbrand: {name: X, logo: \"static///evil.example/x.svg\"}\n", "`brand.logo` must be a file under static/"),
    rejected!("profile-link-javascript", "content/members/mallory.md", "---\nname: Mallory\nlinks:\n  website: \"javascript:alert(1)\"\n---\n", "is not a safe link"),
    // --- File system ---
    Case {
        name: "collision-case",
        files: &[("content/static/Logo.svg", "<svg/>"), ("content/static/logo.svg", "<svg/>")],
        setup: None,
        expect: Rejected("content/static/logo.svg", "`content/static/logo.svg` and `content/static/Logo.svg` would both be published"),
    },
    Case {
        name: "collision-nfc-nfd",
        files: &[("content/static/caf\u{e9}.txt", "a"), ("content/static/cafe\u{301}.txt", "b")],
        setup: None,
        expect: Rejected("content/static/caf\u{e9}.txt", "would both be published"),
    },
    Case {
        name: "collision-static-page",
        files: &[("content/static/About/index.html", "<p>x</p>")],
        setup: None,
        expect: Rejected("content/static/About/index.html", "and `content/pages/about.md` would both be published"),
    },
    rejected!("reserved-page", "content/pages/stories.md", "---\ntitle: x\n---\n", "would replace the site's own /stories/ section"),
    rejected!("static-replaces-page", "content/static/members/index.html", "<p>x</p>", "would replace the generated /members/index.html"),
    rejected!("body-bidi", BAD, story!("let a = 1; // \u{202E} } \u{2066}"), "bidi control character U+202E"),
    rejected!("body-control", BAD, story!("<a href=\"\u{1}javascript:alert(1)\">x</a>"), "control character U+0001"),
    setup!("symlink-static-file", |root| symlink("/etc/passwd", &root.join("content/static/passwd.txt")), Rejected("content/static/passwd.txt", "symbolic links are not allowed")),
    setup!("symlink-static-dir", |root| symlink("/etc", &root.join("content/static/etc")), Rejected("content/static/etc", "symbolic links are not allowed")),
    setup!("symlink-bundle", |root| symlink("../../members/alice.md", &root.join("content/stories/fixing-soles/a.md")), Rejected("content/stories/fixing-soles/a.md", "symbolic links are not allowed")),
    setup!("symlink-content", |root| {
        std::fs::rename(root.join("content"), root.join("real")).unwrap();
        symlink("real", &root.join("content"));
    }, Rejected("content", "symbolic links are not allowed")),
    setup!("symlink-themes-folder", |root| symlink("/etc", &root.join("themes")), Rejected("themes", "symbolic links are not allowed in themes")),
    setup!("symlink-theme", |root| {
        std::fs::create_dir_all(root.join("themes")).unwrap();
        symlink("/usr/share", &root.join("themes/default"));
    }, Rejected("themes/default", "symbolic links are not allowed in themes")),
    setup!("symlink-template", |root| {
        std::fs::create_dir_all(root.join("templates")).unwrap();
        symlink("/etc/passwd", &root.join("templates/page.html"));
    }, Rejected("templates/page.html", "symbolic links are not allowed")),
    setup!("fifo", |root| {
        let fifo = root.join("content/static/pipe.txt");
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    }, Rejected("content/static/pipe.txt", "not a regular file")),
    setup!("name-not-utf8", |root| {
        use std::os::unix::ffi::OsStrExt;
        let name = std::ffi::OsStr::from_bytes(b"bad\xff.txt");
        std::fs::write(root.join("content/static").join(name), "x").unwrap();
    }, Rejected("content/static/bad\u{FFFD}.txt", "not valid UTF-8")),
    // The name is printed with the override shown, never applied.
    Case { name: "filename-bidi", files: &[("content/static/invoice\u{202E}fdp.exe", "x")], setup: None, expect: Rejected("content/static/invoice\\u{202e}fdp.exe", "the file name contains the character U+202E") },
    setup!("nul-byte", |root| std::fs::write(root.join(BAD), "---\ntitle: a\0b\n---\n").unwrap(), Rejected("content/stories/bad.md:2:9", "NUL byte")),
    setup!("invalid-utf8", |root| std::fs::write(root.join(BAD), b"---\ntitle: \xc3\x28\n---\n").unwrap(), Rejected("content/stories/bad.md:2:8", "not valid UTF-8")),
    setup!("huge-story", |root| std::fs::write(root.join(BAD), story!("").to_string() + &"a".repeat(600 * 1024)).unwrap(), Rejected(BAD, "more than the 512 KiB allowed")),
    setup!("huge-front-matter", |root| std::fs::write(root.join(BAD), format!("---\ntitle: x\nsummary: {}\n---\n", "a".repeat(70 * 1024))).unwrap(), Rejected(BAD, "front matter is 70 KiB, more than the 64 KiB allowed")),
    // --- Resource limits: refused or built, fast ---
    setup!("nested-quotes", |root| std::fs::write(root.join(BAD), story!("").to_string() + &">".repeat(50_000) + " x").unwrap(), Rejected("content/stories/bad.md:7:1", "levels deep here; at most 100 are allowed")),
    setup!("nested-divs", |root| std::fs::write(root.join(BAD), story!("").to_string() + &"<div>".repeat(10_000)).unwrap(), Rejected("content/stories/bad.md:7:1", "levels deep here; at most 100 are allowed")),
    setup!("nested-lists", |root| std::fs::write(root.join(BAD), story!("").to_string() + &"- ".repeat(50_000) + "x").unwrap(), Rejected("content/stories/bad.md:7:1", "levels deep here; at most 100 are allowed")),
    setup!("reopened-formatting", |root| {
        let body: String = (0..2000).map(|i| format!("<div><b title={i}></div>")).collect();
        std::fs::write(root.join(BAD), story!("").to_string() + &body).unwrap()
    }, Rejected("content/stories/bad.md:7:1", "levels deep here; at most 100 are allowed")),
    setup!("brackets", |root| std::fs::write(root.join("content/stories/brackets.md"), story!("").to_string() + &"[".repeat(100_000)).unwrap(), CleanAlone("stories/brackets/index.html", "[[[[")),
    setup!("emphasis-line", |root| std::fs::write(root.join("content/stories/emphasis.md"), story!("").to_string() + &"*_".repeat(200 * 1024)).unwrap(), CleanAlone("stories/emphasis/index.html", "")),
    setup!("many-images", |root| std::fs::write(root.join("content/stories/fixing-soles/index.md"), story!("").to_string() + &"![g](glue.svg) ".repeat(30_000)).unwrap(), CleanAlone("stories/fixing-soles/index.html", "")),
    // Highlighting: one long line (quadratic in syntect), catastrophic
    // backtracking (Makefile), scopes that only open, a regex-heavy grammar.
    setup!("code-long-line", |root| code(root, "c", &"a(".repeat(200_000), 1), CleanAlone("stories/code/index.html", "a(a(a(")),
    setup!("code-backtracking", |root| code(root, "make", &format!("0{}", "<!--".repeat(250)), 300), CleanAlone("stories/code/index.html", "<!--<!--")),
    setup!("code-deep-scopes", |root| code(root, "re", &"a(".repeat(30), 8_000), CleanAlone("stories/code/index.html", "a(a(")),
    setup!("code-regex-heavy", |root| code(root, "matlab", &"a=".repeat(30), 6_000), CleanAlone("stories/code/index.html", "a=a=")),
];

/// A story `code.md` with one fenced block of `lang`: `line` repeated `lines` times.
fn code(root: &Path, lang: &str, line: &str, lines: usize) {
    let block = format!("```{lang}\n{}```\n", format!("{line}\n").repeat(lines));
    let text = story!("").to_string() + &block;
    assert!(text.len() < 512 * 1024, "over the story cap");
    std::fs::write(root.join("content/stories/code.md"), text).unwrap();
}

pub fn symlink(target: &str, link: &Path) {
    std::os::unix::fs::symlink(target, link).unwrap();
}
