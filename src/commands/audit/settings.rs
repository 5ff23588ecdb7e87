//! What the audit reads beside each repository: the effective scanning of each account and
//! region, and the manager of each KMS key.

use std::collections::{BTreeMap, HashMap};

use anyhow::Result;
use futures::future::join_all;
use tokio::sync::Semaphore;

use super::fleet::Fleet;
use super::listing::Target;
use super::plan::Selection;
use super::read::read_failure;
use crate::commands::audit::args::AuditArgs;
use crate::diagnostic::Diagnostic;
use crate::error::{classify, Exit};
use crate::posture::{KeyCheck, RegistryScanning, Scanning};
use crate::registry::keys::KeyManager;
use crate::registry::settings::RepoScanning;
use crate::registry::PrivateRegistry;
use crate::ui::debug;

/// The effective scanning of every private repository, by (account, region, name): ECR.1 as
/// the control means it (registry scanning rules applied; BatchGetRepositoryScanningConfiguration,
/// 25 names a call, and GetRegistryScanningConfiguration once per account and region). Where it
/// cannot be read the repositories are judged by their own flag, and a warning says so.
pub(super) async fn effective_scanning(
    args: &AuditArgs,
    fleet: &Fleet<'_>,
    targets: &[Target],
    selection: &Selection,
    global: &Semaphore,
) -> (HashMap<(usize, String, String), Scanning>, Vec<Diagnostic>) {
    let mut out = HashMap::new();
    if args.public || !selection.reads("scan-on-push-off") {
        return (out, Vec::new());
    }
    let mut by_place: BTreeMap<(usize, &str), Vec<String>> = BTreeMap::new();
    for t in targets.iter().filter(|t| !t.info.public) {
        by_place
            .entry((t.account, &t.region))
            .or_default()
            .push(t.info.name.clone());
    }
    // Each place's registry configuration and its batches, every request under the global limit.
    let places = join_all(
        by_place
            .into_iter()
            .map(|((account, region), names)| async move {
                let configuration = async {
                    let _permit = global.acquire().await;
                    match private_registry(fleet, account, region).await {
                        Ok(r) => r.registry_scanning().await,
                        Err(e) => Err(e),
                    }
                };
                let batches = join_all(names.chunks(25).map(|chunk| async move {
                    let _permit = global.acquire().await;
                    let found = match private_registry(fleet, account, region).await {
                        Ok(r) => r.scan_frequencies(chunk).await,
                        Err(e) => Err(e),
                    };
                    (chunk.to_vec(), found)
                }));
                let (configuration, batches) = tokio::join!(configuration, batches);
                (account, region, configuration, batches)
            }),
    )
    .await;
    let mut warnings = Vec::new();
    for (account, region, configuration, batches) in places {
        let registry = match configuration {
            Ok(c) => Some(RegistryScanning {
                enhanced: c.scan_type == "ENHANCED",
                rules: !c.rules.is_empty(),
            }),
            Err(e) => {
                debug(1, format_args!("{e:#}"));
                None
            }
        };
        let mut failed = None;
        for (names, found) in batches {
            let found = match found {
                Ok(found) => found,
                Err(e) => {
                    let why = read_failure(&e, "ecr:BatchGetRepositoryScanningConfiguration");
                    for n in names {
                        out.insert(
                            (account, region.to_string(), n.clone()),
                            Scanning::Unreadable(why.clone()),
                        );
                    }
                    failed.get_or_insert(why);
                    continue;
                }
            };
            for n in &names {
                let scanning = match found.get(n) {
                    Some(RepoScanning::Effective { frequency, filters }) => Scanning::Read {
                        frequency: frequency.clone(),
                        filters: filters.clone(),
                        registry,
                    },
                    Some(RepoScanning::Failed(why)) => Scanning::Unreadable(why.clone()),
                    None => Scanning::Unreadable("ECR's answer left the repository out".into()),
                };
                out.insert((account, region.to_string(), n.clone()), scanning);
            }
        }
        if let Some(why) = failed {
            let whose = match &fleet.accounts[account].id {
                Some(id) if fleet.multi => format!("in {region}, account {id}"),
                _ => format!("in {region}"),
            };
            warnings.push(Diagnostic::warning(format!(
                "the effective scanning of repositories {whose} could not be read ({why}): ECR.1 is judged by each repository's own scan-on-push setting, which registry scanning rules override"
            )));
        }
    }
    (out, warnings)
}

/// Who manages each distinct KMS key of the private repositories, by (account, key): KMS
/// DescribeKey once per key and account (with that account's credentials), under the global
/// limit. Skipped when no selected finding needs it.
pub(super) async fn key_managers(
    fleet: &Fleet<'_>,
    targets: &[Target],
    selection: &Selection,
    global: &Semaphore,
) -> (HashMap<(usize, String), KeyCheck>, Vec<Diagnostic>) {
    let needed = [
        "kms-aws-managed",
        "kms-key-unreadable",
        "kms-key-not-allowed",
    ]
    .iter()
    .any(|c| selection.reads(c));
    let mut distinct: BTreeMap<(usize, String), &str> = BTreeMap::new();
    for t in targets.iter().filter(|t| needed && !t.info.public) {
        if let (Some("KMS"), Some(key)) = (t.info.encryption.as_deref(), &t.info.kms_key) {
            distinct
                .entry((t.account, key.clone()))
                .or_insert(&t.region);
        }
    }
    let described = join_all(
        distinct
            .into_iter()
            .map(|((account, key), region)| async move {
                let _permit = global.acquire().await;
                let clients = &fleet.accounts[account].clients;
                let mut unreachable = false;
                let check = match crate::registry::keys::key_manager(clients, &key, region).await {
                    Ok(KeyManager::Aws) => KeyCheck::AwsManaged,
                    Ok(KeyManager::Customer) => KeyCheck::Customer,
                    Err(e) => {
                        unreachable = classify(&e).0 == Exit::Network;
                        KeyCheck::Unreadable(read_failure(&e, "kms:DescribeKey"))
                    }
                };
                ((account, key), check, unreachable)
            }),
    )
    .await;
    // KMS out of reach is a setting to fix, not one key's trouble: said once.
    let unreachable: Vec<&KeyCheck> = described
        .iter()
        .filter(|(_, _, u)| *u)
        .map(|(_, c, _)| c)
        .collect();
    let mut warnings = Vec::new();
    if let Some(KeyCheck::Unreadable(why)) = unreachable.first() {
        warnings.push(Diagnostic::warning(format!(
            "KMS could not be reached to describe {} ({why}): ECR.5 is unknown for the repositories {} (kms-key-unreadable); KMS calls go to AWS_ENDPOINT_URL_KMS or AWS_ENDPOINT_URL, never to --endpoint-url",
            if unreachable.len() == 1 {
                "1 key".to_string()
            } else {
                format!("{} keys", unreachable.len())
            },
            if unreachable.len() == 1 {
                "it encrypts"
            } else {
                "they encrypt"
            }
        )));
    }
    let checks = described
        .into_iter()
        .map(|(place, check, _)| (place, check))
        .collect();
    (checks, warnings)
}

/// An account's private registry in a region.
async fn private_registry(
    fleet: &Fleet<'_>,
    account: usize,
    region: &str,
) -> Result<PrivateRegistry> {
    let held = &fleet.accounts[account];
    PrivateRegistry::whole(&held.clients, Some(region), held.registry_id.clone()).await
}
