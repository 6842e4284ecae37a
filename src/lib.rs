//! potluck: a static-site generator for co-created brand communities.

pub mod check;
pub mod cli;
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
