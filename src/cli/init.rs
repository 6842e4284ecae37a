//! `potluck init DIR`: a new site that builds at once, with CI workflows.

use std::path::PathBuf;

use clap::Args;

use crate::model::config::{Forge, Repository};
use crate::scaffold::{self, Ci, InitOptions};

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to create the site in (new or empty)
    pub dir: PathBuf,
    /// The brand's name
    #[arg(long)]
    pub brand: String,
    /// Where the site will be published
    #[arg(
        long,
        value_name = "URL",
        default_value = "https://community.example.com"
    )]
    pub base_url: String,
    /// Handle of the first host (the brand's own account)
    #[arg(long, value_name = "HANDLE", default_value = "team")]
    pub host: String,
    /// The CI to write: GitHub workflows (the potluck action) or a GitLab
    /// pipeline (the potluck Docker image)
    #[arg(long, value_enum, default_value_t = Ci::Github)]
    pub ci: Ci,
    /// The web address of the repository that will hold the site, e.g.
    /// https://github.com/acme/community: turns on the site's /write/ and
    /// /join/ pages and edit links
    #[arg(long, value_name = "URL")]
    pub repository: Option<String>,
    /// The forge the repository is on, when its host is not github.com,
    /// gitlab.com or codeberg.org
    #[arg(long, value_parser = ["github", "gitlab", "forgejo", "codeberg", "gitea"], requires = "repository")]
    pub forge: Option<String>,
    /// The branch the site is built from
    #[arg(long, default_value = "main", requires = "repository")]
    pub branch: String,
}

impl InitArgs {
    pub fn options(&self) -> InitOptions {
        InitOptions {
            dir: self.dir.clone(),
            brand: self.brand.clone(),
            base_url: self.base_url.clone(),
            host: self.host.clone(),
            today: chrono::Local::now().date_naive(),
            ci: self.ci,
            repository: self.repository.as_ref().map(|url| Repository {
                url: url.clone(),
                forge: self.forge.as_deref().map(|f| match f {
                    "github" => Forge::Github,
                    "gitlab" => Forge::Gitlab,
                    _ => Forge::Forgejo,
                }),
                branch: self.branch.clone(),
            }),
        }
    }
}

/// Creates the site; returns the process exit code.
pub fn run(args: &InitArgs) -> i32 {
    match scaffold::init(&args.options()) {
        Ok(files) => {
            for f in &files {
                println!("{}", super::new::shown(f, &args.dir).display());
            }
            let dir = args.dir.display();
            eprintln!("created a site in {dir}; next: cd {dir} && potluck serve --open");
            super::exit::OK
        }
        Err(e) => super::new::report(&e),
    }
}
