//! Keys of output files: a fingerprint of what a job's output is made
//! from, so an incremental build renders only the jobs whose key changed.
//!
//! A job's key is derived, never listed: it is the hash of the job's
//! `render::Source` (its template and context, its feed entries, or its
//! bytes), gathered by the same code that gathers it to render the job
//! (`render::source`), plus what every page shares (`global`). Adding a
//! field to a context therefore adds it to the key. Large values already
//! keyed (a story's HTML, a card, a member ref) stand in the context as
//! their keys, in the one place `render::keyed::Mode::keyed`; nothing is
//! rendered here.

use rayon::prelude::*;

use crate::incremental::fingerprint::{self, Fp, FpHasher};
use crate::render::{self, keyed::Mode, Job, Prepared};

/// What every output shares: potluck itself (the templates' engine, the
/// Markdown renderer, the highlighter, ...), the theme's templates and the
/// shared template context (`site`), all that is not in a job's source.
pub fn global(p: &Prepared) -> Fp {
    FpHasher::new()
        .add(&fingerprint::exe())
        .add(&p.theme.fingerprint)
        .add_serialized(&p.base.clone().into_json())
        .fp()
}

/// The key of every job, in the order of `jobs`.
pub fn keys(p: &Prepared, jobs: &[Job]) -> Vec<Fp> {
    let global = global(p);
    jobs.par_iter().map(|job| key(p, &global, job)).collect()
}

/// The key of one job: its URL and its source.
pub fn key(p: &Prepared, global: &Fp, job: &Job) -> Fp {
    let mut h = FpHasher::new();
    let source = render::source(p, job, Mode::Key);
    // A card reads neither templates nor the shared context: potluck
    // itself is all it shares with other outputs.
    match source.is_standalone() {
        true => h.add(&fingerprint::exe()),
        false => h.add(global),
    };
    h.add(&render::job_url(p, job));
    source.hash_into(&mut h);
    h.fp()
}
