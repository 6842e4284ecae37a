//! potluck: a static-site generator for co-created brand communities.
//!
//! The data flow is the architecture; each stage is one folder of `src/`:
//!
//! - `cli` (with the thin `main.rs`): the command line, one file per subcommand;
//! - `load`: site.yaml (`load/config.rs`), front matter (`load/frontmatter`),
//!   the walk of content/, identity (look-alike names), the story, member
//!   and page readers; every problem collected;
//! - `model`: the validated site (`Site`, `Config`), assembled by `model/assemble.rs`;
//! - `recognition`: levels, badges, members to meet, leaderboard, stats;
//! - `render`: Markdown (with its nesting guard), highlighting, sanitizing,
//!   the theme's templates, charts and SVG badges, images, pages, feeds;
//! - `write`: a temporary folder, then an atomic swap;
//! - `pipeline`: the stages above run in order, full or incremental
//!   (`potluck build` and `serve` call it);
//! - `incremental`: fingerprints, the cache store, the parse cache, reuse
//!   between serve rebuilds, page keys, the update journal, the image memo;
//!   its invariant is stated at its top;
//! - `check`, `serve`, `scaffold`, `digest` (a host's weekly digest): beside
//!   the pipeline;
//! - `util`: small helpers every stage uses (diagnostics, slugs, colours,
//!   FNV, timings).
//!
//! Modules import each other without cycles, except where a stage calls its
//! own part of `incremental` (tests/integration/layout.rs names them).

pub mod check;
pub mod cli;
pub mod digest;
pub mod i18n;
pub mod incremental;
pub mod load;
pub mod model;
pub mod pipeline;
pub mod recognition;
pub mod render;
pub mod scaffold;
pub mod serve;
pub mod util;
pub mod write;
