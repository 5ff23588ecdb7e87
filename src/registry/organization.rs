//! The organization's accounts (AWS Organizations), for an audit of every account.

use anyhow::Result;

use crate::aws::Clients;
use crate::ui::debug;

/// The organization's active accounts (ListAccounts, every page), as (id, name). Needs the
/// management account or a delegated administrator.
pub async fn active_accounts(clients: &Clients) -> Result<Vec<(String, String)>> {
    use aws_sdk_organizations::types::{AccountState, AccountStatus};
    let conf = clients.config_for("ORGANIZATIONS").await?;
    let client = aws_sdk_organizations::Client::new(&conf);
    let mut out = Vec::new();
    debug(1, format_args!("call Organizations ListAccounts"));
    let mut pages = client.list_accounts().into_paginator().send();
    while let Some(page) = pages.next().await {
        let page = page.map_err(|e| {
            crate::error::aws_error(
                "listing the organization's accounts (organizations:ListAccounts)",
                e,
            )
        })?;
        for a in page.accounts() {
            // `state` replaces `status` (September 2025); either may be sent.
            let active = match (a.state(), a.status()) {
                (Some(state), _) => *state == AccountState::Active,
                (None, Some(status)) => *status == AccountStatus::Active,
                (None, None) => false,
            };
            if let (true, Some(id)) = (active, a.id()) {
                out.push((id.to_string(), a.name().unwrap_or_default().to_string()));
            }
        }
    }
    Ok(out)
}
