//! The accounts an audit covers: the caller's own (one account, as before), or those of
//! `--accounts`, `--accounts-file` or `--org`, each entered through `--role` (the caller's own
//! account needs none). An account whose role cannot be assumed is kept with the reason, to be
//! reported, never skipped in silence.

use std::ops::Deref;

use anyhow::Result;
use futures::stream::{self, StreamExt};

use crate::accounts::{check_external_id, check_role, parse_file, parse_list, role_arn};
use crate::aws::Clients;
use crate::commands::audit::args::AuditArgs;
use crate::commands::Context;
use crate::error::{render, AppError, Exit};

/// The clients an account is read with: the caller's own, or those of an assumed role.
pub(super) enum Held<'a> {
    Home(&'a Clients),
    Assumed(Box<Clients>),
}

impl Deref for Held<'_> {
    type Target = Clients;
    fn deref(&self) -> &Clients {
        match self {
            Held::Home(c) => c,
            Held::Assumed(c) => c,
        }
    }
}

/// One account to audit.
pub(super) struct Account<'a> {
    /// Its id (`None`: a single-account audit, where the id comes with each repository).
    pub id: Option<String>,
    pub clients: Held<'a>,
    /// The registry id sent with each call (`--registry-id` in a single-account audit).
    pub registry_id: Option<String>,
}

/// What the audit covers.
pub(super) struct Fleet<'a> {
    pub accounts: Vec<Account<'a>>,
    /// Accounts that could not be entered.
    pub unreadable: Vec<Unentered>,
    /// Whether accounts were asked for (`--accounts`, `--accounts-file`, `--org`).
    pub multi: bool,
}

/// An account whose role could not be assumed: why, and the exit class of the error.
pub(super) struct Unentered {
    pub account: String,
    pub why: String,
    pub exit: Exit,
}

pub(super) async fn fleet<'a>(ctx: &'a Context, args: &AuditArgs) -> Result<Fleet<'a>> {
    let multi = !args.accounts.is_empty() || args.accounts_file.is_some() || args.org;
    if !multi {
        if args.role.is_some() {
            return Err(AppError::usage(
                "--role is for auditing other accounts: add --accounts ID,…, --accounts-file FILE or --org",
            )
            .into());
        }
        return Ok(Fleet {
            accounts: vec![Account {
                id: None,
                clients: Held::Home(&ctx.clients),
                registry_id: ctx.registry_id.clone(),
            }],
            unreadable: Vec::new(),
            multi,
        });
    }
    if ctx.registry_id.is_some() {
        return Err(AppError::usage(
            "--registry-id names one registry; with --accounts, --accounts-file or --org each account's own registry is audited: drop --registry-id",
        )
        .into());
    }
    if let Some(role) = &args.role {
        check_role(role).map_err(AppError::usage)?;
    }
    if let Some(id) = &args.external_id {
        check_external_id(id).map_err(AppError::usage)?;
    }
    let ids = account_ids(ctx, args).await?;
    // The caller's own account needs no role (GetCallerIdentity needs no permission).
    let own = ctx.clients.caller_account().await?;
    let others: Vec<&String> = ids.iter().filter(|id| **id != own).collect();
    let role = match (&args.role, others.first()) {
        (Some(role), _) => Some(role.clone()),
        (None, None) => None,
        (None, Some(first)) => {
            return Err(AppError::usage(format!(
                "--role NAME is needed to audit {} (your account is {own}): the role each account lets you assume, e.g. --role OrganizationAccountAccessRole",
                if others.len() == 1 {
                    format!("account {first}")
                } else {
                    format!("{} other accounts", others.len())
                }
            ))
            .into())
        }
    };
    let partition = crate::reference::partition_of(&ctx.clients.region().await?);
    let entered: Vec<(String, Result<Held<'a>, anyhow::Error>)> = stream::iter(ids)
        .map(|id| {
            let (own, role) = (&own, &role);
            async move {
                if id == *own {
                    return (id, Ok(Held::Home(&ctx.clients)));
                }
                let arn = role_arn(partition, &id, role.as_deref().unwrap_or_default());
                let held = ctx
                    .clients
                    .assume(&id, &arn, args.external_id.as_deref())
                    .await
                    .map(|c| Held::Assumed(Box::new(c)));
                (id, held)
            }
        })
        .buffered(args.concurrency as usize)
        .collect()
        .await;
    let mut fleet = Fleet {
        accounts: Vec::new(),
        unreadable: Vec::new(),
        multi,
    };
    for (id, held) in entered {
        match held {
            Ok(clients) => fleet.accounts.push(Account {
                id: Some(id),
                clients,
                registry_id: None,
            }),
            Err(e) => fleet.unreadable.push(Unentered {
                account: id,
                why: render(&e),
                exit: crate::error::classify(&e).0,
            }),
        }
    }
    Ok(fleet)
}

/// The account ids asked for, each once.
async fn account_ids(ctx: &Context, args: &AuditArgs) -> Result<Vec<String>> {
    if !args.accounts.is_empty() {
        return parse_list(&args.accounts.join(","))
            .map_err(|e| AppError::usage(format!("--accounts: {e}")).into());
    }
    if let Some(path) = &args.accounts_file {
        let text = crate::commands::read_document(path, "accounts", 1 << 20)?;
        let shown = if path == "-" { "<stdin>" } else { path };
        return parse_file(&text).map_err(|e| {
            AppError::usage(format!("accounts file {}: {e}", crate::ui::clean(shown))).into()
        });
    }
    let listed = crate::registry::organization::active_accounts(&ctx.clients)
        .await
        .map_err(|e| {
            let (exit, code) = crate::error::classify(&e);
            let hint = if code == Some("AWSOrganizationsNotInUseException") {
                "this account is not in an organization: name the accounts with --accounts ID,… or --accounts-file FILE"
            } else if exit == Exit::Network {
                "Organizations could not be reached: check AWS_ENDPOINT_URL_ORGANIZATIONS / AWS_ENDPOINT_URL and the network"
            } else if exit == Exit::Auth {
                "run from the organization's management account or a delegated administrator, or name the accounts with --accounts / --accounts-file"
            } else {
                "or name the accounts with --accounts ID,… or --accounts-file FILE"
            };
            AppError::new(exit, render(&e)).with_hint(hint)
        })?;
    if listed.is_empty() {
        return Err(AppError::new(
            Exit::Service,
            "listing the organization's accounts (organizations:ListAccounts): no active account",
        )
        .with_hint("name the accounts with --accounts ID,… or --accounts-file FILE")
        .into());
    }
    crate::ui::debug(
        1,
        format_args!("the organization has {} active accounts", listed.len()),
    );
    Ok(listed.into_iter().map(|(id, _)| id).collect())
}
