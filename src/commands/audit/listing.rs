//! The listings: every repository to audit in each account and region.

use anyhow::Result;
use futures::future::join_all;
use tokio::sync::Semaphore;

use super::fleet::Fleet;
use super::{unreadable_account, AccountFinding};
use crate::commands::audit::args::AuditArgs;
use crate::error::{classify, Exit};
use crate::mutability::glob;
use crate::registry::model::RepoInfo;
use crate::registry::Registry;
use crate::ui::debug;

/// A repository to read: its account (index into the fleet), region and listing.
pub(super) struct Target {
    pub account: usize,
    pub region: String,
    pub info: RepoInfo,
}

/// A region that is not enabled for the account answers with an authentication error.
fn region_not_enabled(err: &anyhow::Error) -> bool {
    classify(err).0 == Exit::Auth
}

/// The listings: every repository to audit, the (account, region) pairs skipped as not
/// enabled, and, in a fleet audit, the listings that failed (in a one-account audit a failed
/// listing is the run's error).
pub(super) struct Listed {
    pub targets: Vec<Target>,
    pub skipped: Vec<(Option<String>, String)>,
    pub failures: Vec<AccountFinding>,
    /// How many (account, region) listings were read.
    pub read: usize,
}

pub(super) async fn targets(
    args: &AuditArgs,
    fleet: &Fleet<'_>,
    regions: &[(Option<String>, String)],
    global: &Semaphore,
) -> Result<Listed> {
    let pairs: Vec<(usize, &Option<String>, &String)> = (0..fleet.accounts.len())
        .flat_map(|a| regions.iter().map(move |(r, name)| (a, r, name)))
        .collect();
    let listings = join_all(pairs.into_iter().map(|(account, r, name)| async move {
        let held = &fleet.accounts[account];
        let _permit = global.acquire().await;
        let registry = Registry::whole(
            &held.clients,
            args.public,
            r.as_deref(),
            held.registry_id.clone(),
        )
        .await;
        let repos = match registry {
            Ok(registry) => registry.list(r.as_deref()).await,
            Err(e) => Err(e),
        };
        (account, name.clone(), repos)
    }))
    .await;
    let mut listed = Listed {
        targets: Vec::new(),
        skipped: Vec::new(),
        failures: Vec::new(),
        read: 0,
    };
    for (account, region, repos) in listings {
        let id = fleet.accounts[account].id.clone();
        match repos {
            Ok(repos) => {
                listed.read += 1;
                listed.targets.extend(
                    repos
                        .into_iter()
                        .filter(|r| args.glob.as_deref().is_none_or(|g| glob(g, &r.name)))
                        .map(|info| Target {
                            account,
                            region: region.clone(),
                            info,
                        }),
                )
            }
            Err(e) if args.all_regions && region_not_enabled(&e) => {
                debug(1, format_args!("skipping {region}: {e:#}"));
                listed.skipped.push((id, region));
            }
            Err(e) => match (&id, fleet.multi) {
                (Some(id), true) => listed.failures.push(unreadable_account(
                    id,
                    Some(&region),
                    format!(
                        "its repositories could not be listed: {}",
                        crate::error::render(&e)
                    ),
                    classify(&e).0,
                )),
                _ => return Err(e),
            },
        }
    }
    listed.targets.sort_by(|a, b| {
        (a.account, &a.region, &a.info.name).cmp(&(b.account, &b.region, &b.info.name))
    });
    Ok(listed)
}
