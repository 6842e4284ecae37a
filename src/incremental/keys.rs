//! Keys of output files: a fingerprint of everything a job's page is made
//! from, so an incremental build renders only the jobs whose key changed.
//!
//! A key never covers an index into the site's lists (adding a story shifts
//! them all); it covers the fingerprints of the values found there. Pages
//! that summarise the whole site (home, feeds, sitemap, stats, ...) depend on
//! `everything`; the members' index and the leaderboard only on the members'
//! fingerprints, so a story's new title does not re-render them. What every
//! page's context holds (the `site` value with its counts and navigation, the
//! theme, site.yaml, potluck itself) is in `global`, all that the 404 page,
//! robots.txt and syntax.css are made of.

use rayon::prelude::*;

use crate::incremental::fingerprint::{self, Fp, FpHasher};
use crate::render::{feeds, pages, Job, Prepared};

/// Per-value fingerprints, computed once per build.
struct Fps {
    /// A story's file, text included (through its Markdown key).
    story: Vec<Fp>,
    /// A story's front matter and place, not its text.
    meta: Vec<Fp>,
    card: Vec<Fp>,
    mref: Vec<Fp>,
    member: Vec<Fp>,
    everything: Fp,
    /// Every story's index, newest first: the site-wide listing.
    all: Vec<usize>,
}

/// What every page depends on: potluck, the theme, site.yaml (with the
/// command line's overrides), the shared template context and Markdown's
/// environment.
pub fn global(p: &Prepared) -> Fp {
    let base = serde_json::to_string(&p.base.clone().into_json()).unwrap_or_default();
    FpHasher::new()
        .add(&fingerprint::exe())
        .add(&p.theme.fingerprint)
        // site.yaml as serialized (every field, by name), not its Debug text.
        .add(&serde_json::to_vec(&p.site.config).unwrap_or_default())
        .add(&base)
        .add(&p.md_env)
        .fp()
}

/// The key of every job, in the order of `jobs`; `meta` holds each story's
/// `Story::meta_fp`.
pub fn keys(p: &Prepared, jobs: &[Job], meta: &[Fp]) -> Vec<Fp> {
    let laps = crate::util::timings::Laps::nested("  +");
    let global = global(p);
    let fps = fps(p, meta.to_vec());
    laps.lap("fps");
    jobs.par_iter()
        .map(|job| {
            let mut h = FpHasher::new();
            // The job itself, hashed as a value (no string made per job).
            h.add(&global).add(job);
            job_inputs(p, &fps, job, &mut h);
            h.fp()
        })
        .collect()
}

fn fps(p: &Prepared, meta: Vec<Fp>) -> Fps {
    let site = p.site;
    let story: Vec<Fp> = (0..site.stories.len())
        .into_par_iter()
        .map(|i| FpHasher::new().add(&meta[i]).add(&p.md_keys[i]).fp())
        .collect();
    let card = p.card_keys.clone();
    let mref = p.ref_fps.clone();
    let member: Vec<Fp> = (0..site.members.len())
        .into_par_iter()
        .map(|j| member_fp(p, j, &mref, &card))
        .collect();
    // Not the stories' text: pages about the whole site show only what
    // cards show, so editing a story's text does not re-render them.
    let mut all = FpHasher::new();
    all.add(&meta).add(&card).add(&member).add(&mref);
    for t in &site.tags {
        all.add(&t.name).add(&t.stories.len());
    }
    Fps {
        story,
        meta,
        card,
        mref,
        member,
        everything: all.fp(),
        all: (0..site.stories.len()).collect(),
    }
}

/// A member's file and recognition, with the members and stories it points
/// to by their fingerprints.
fn member_fp(p: &Prepared, j: usize, mref: &[Fp], card: &[Fp]) -> Fp {
    let r = &p.rec.members[j];
    let mut h = FpHasher::new();
    h.add(&p.site.members[j]).add(&mref[j]);
    h.add(&r.story_count).add(&r.level).add(&r.next_level);
    h.add(&r.badges).add(&r.thanked_count).add(&r.recent_count);
    h.add(&r.joined);
    for &m in r.coauthors.iter().chain(&r.thanked_by) {
        h.add(&mref[m]);
    }
    for t in &r.to_meet {
        h.add(&mref[t.member]).add(&t.reason);
    }
    h.add(&r.first_story.map(|s| card[s]));
    h.add(&p.images.avatars[j].as_ref().map(|a| a.key));
    h.fp()
}

/// Adds what `job`'s page is made from, besides `global`.
fn job_inputs(p: &Prepared, f: &Fps, job: &Job, h: &mut FpHasher) {
    let site = p.site;
    let cards = |h: &mut FpHasher, idx: &[usize], n: usize| {
        h.add(&pages::page_count(p, idx.len()));
        for &i in &idx[pages::listing_range(site.config.stories_per_page, idx.len(), n)] {
            h.add(&f.card[i]);
        }
    };
    // Feeds list the newest stories; the site's feed carries their text.
    let feed = |h: &mut FpHasher, idx: &[usize], text: bool| {
        for &i in idx.iter().take(feeds::FEED_LEN) {
            h.add(if text { &f.story[i] } else { &f.meta[i] });
            h.add(&f.card[i]);
        }
    };
    match job {
        Job::Story(i) => {
            let s = &site.stories[*i];
            h.add(&f.story[*i]).add(&f.card[*i]);
            for m in s.thanks.iter().filter_map(|t| site.member_index(t)) {
                h.add(&f.mref[m]);
            }
        }
        Job::Stories(n) => cards(h, &f.all, *n),
        Job::Tag(t, n) => {
            let tag = &site.tags[*t];
            // The page shows the topic's story count, not only its cards.
            h.add(&tag.name).add(&tag.stories.len());
            cards(h, &tag.stories, *n);
        }
        Job::TagFeed(t) => {
            let tag = &site.tags[*t];
            h.add(&tag.name);
            feed(h, &tag.stories, false);
        }
        Job::Kind(k, n) => {
            for kind in crate::model::Kind::ALL {
                h.add(&p.by_kind(kind).len());
            }
            cards(h, p.by_kind(*k), *n);
            // The feedback board shows every feedback story's card.
            if *k == crate::model::Kind::Feedback {
                for &i in p.by_kind(*k) {
                    h.add(&f.card[i]);
                }
            }
        }
        Job::Member(j) => {
            h.add(&f.member[*j]);
            for &i in p.by_member(*j) {
                h.add(&f.card[i]);
            }
        }
        Job::MemberFeed(j) => {
            h.add(&f.member[*j]);
            feed(h, p.by_member(*j), false);
        }
        Job::MemberBadge(j) => {
            h.add(&f.member[*j]);
        }
        Job::Page(i) => {
            h.add(&site.pages[*i]);
        }
        // Pages about the members show what each member's own pages show
        // of them (`member_fp`), not stories: a story's new title does not
        // re-render 2000 members.
        Job::Members => {
            h.add(&f.member);
        }
        Job::Leaderboard => {
            h.add(&p.rec.leaderboard).add(&f.member);
        }
        // Made of site.yaml, the theme and the shared context only.
        Job::NotFound | Job::Robots | Job::SyntaxCss => {}
        // Pages about the whole site.
        Job::Feed => {
            h.add(&f.everything);
            feed(h, &f.all, true);
        }
        Job::Home | Job::Tags | Job::Stats | Job::StatsJson | Job::Sitemap | Job::SearchIndex => {
            h.add(&f.everything);
            h.add(&site.pages);
        }
    }
}
