//! The audit's summary: the JSON document (every repository, the totals per account) and the
//! summary line on stderr.

use serde_json::{json, Value};

use super::report::{plural, Row, Run};
use crate::posture::Level;

/// The JSON document: every repository with its findings, and the summary.
pub(super) fn summary_json(
    run: &Run<'_>,
    rows: &[Row],
    [high, medium, low, info]: [usize; 4],
) -> Value {
    let repositories: Vec<Value> = run
        .results
        .iter()
        .map(|r| {
            json!({
                "account": r.account,
                "name": r.info.name,
                "region": r.region,
                "public": r.info.public,
                "uri": r.info.uri,
                "tagMutability": r.info.tag_mutability,
                "exclusionFilters": r.info.exclusion_filters,
                "findings": r.findings,
            })
        })
        .collect();
    // Findings about whole accounts: a role not assumed, repositories not listed.
    let account_findings: Vec<Value> = run
        .account_findings
        .iter()
        .map(|a| {
            let mut v = json!({"account": a.account, "region": a.region});
            if let (Some(v), Ok(Value::Object(f))) =
                (v.as_object_mut(), serde_json::to_value(&a.finding))
            {
                v.extend(f);
            }
            v
        })
        .collect();
    let mut doc = json!({
        "repositories": repositories,
        "accountFindings": account_findings,
        "summary": {
            "repositories": run.results.len(),
            "regions": run.regions,
            "skippedRegions": run.skipped,
            "accounts": account_totals(run, rows),
            "findings": {"high": high, "medium": medium, "low": low, "info": info},
            "seconds": (run.seconds * 1000.0).round() / 1000.0,
            "controls": run.reading(),
            "concurrency": run.args.concurrency,
            "lowestConcurrency": run.lowest_concurrency,
            "throttled": run.throttled.iter().map(|(account, region, lowest)| json!({
                "account": account,
                "region": region,
                "lowestConcurrency": lowest,
            })).collect::<Vec<_>>(),
        },
    });
    if let (Some((exit, message)), Some(map)) = (&run.failure, doc.as_object_mut()) {
        map.insert(
            "error".into(),
            json!({"code": "unreadable", "message": message, "hint": null, "exit": exit.code()}),
        );
    }
    doc
}

/// Per account: repositories, findings by severity, whether it could be read, the regions
/// skipped (not enabled).
fn account_totals(run: &Run<'_>, rows: &[Row]) -> Vec<Value> {
    run.accounts
        .iter()
        .map(|id| {
            let mine = |r: &&Row| r.account == id;
            let count = |l: Level| rows.iter().filter(mine).filter(|r| r.level == l).count();
            let unreadable = run
                .account_findings
                .iter()
                .any(|a| &a.account == id && a.region.is_none());
            let skipped: Vec<&String> = run
                .skipped_by_account
                .iter()
                .filter(|(a, _)| a.as_ref() == Some(id))
                .map(|(_, r)| r)
                .collect();
            let errors: Vec<&str> = run
                .account_findings
                .iter()
                .filter(|a| &a.account == id)
                .map(|a| a.finding.message.as_str())
                .collect();
            let error = (!errors.is_empty()).then(|| errors.join("; "));
            json!({
                "account": id,
                "audited": !unreadable,
                "error": error,
                "repositories": run.results.iter().filter(|r| r.account.as_ref() == Some(id)).count(),
                "findings": {
                    "high": count(Level::High),
                    "medium": count(Level::Medium),
                    "low": count(Level::Low),
                    "info": count(Level::Info),
                },
                "skippedRegions": skipped,
            })
        })
        .collect()
}

/// "audited 12 repositories in eu-west-1 in 0.4 s: 1 high, …".
pub(super) fn summary_line(run: &Run<'_>, [high, medium, low, info]: [usize; 4]) -> String {
    let mut where_ = match run.regions {
        [one] => one.clone(),
        _ => plural(run.regions.len(), "region", "regions"),
    };
    let unread: Vec<&str> = run
        .account_findings
        .iter()
        .filter(|a| a.region.is_none())
        .map(|a| a.account.as_str())
        .collect();
    if run.multi {
        let total = run.accounts.len();
        where_ = if unread.is_empty() {
            format!("{} and {where_}", plural(total, "account", "accounts"))
        } else {
            format!(
                "{} of {} and {where_}",
                total - unread.len(),
                plural(total, "account", "accounts")
            )
        };
    }
    let reading = match run.args.controls {
        crate::commands::audit::args::ControlReading::Ecrctl => "",
        crate::commands::audit::args::ControlReading::Securityhub => {
            ", as Security Hub reads the controls,"
        }
    };
    let mut summary = format!(
        "audited {} in {where_}{reading} in {:.1} s: {high} high, {medium} medium, {low} low, {info} info",
        plural(run.results.len(), "repository", "repositories"),
        run.seconds
    );
    if !unread.is_empty() {
        summary.push_str(&format!(" (not audited: {})", unread.join(", ")));
    }
    let unlisted: Vec<String> = run
        .account_findings
        .iter()
        .filter_map(|a| Some(format!("{} in {}", a.account, a.region.as_ref()?)))
        .collect();
    if !unlisted.is_empty() {
        summary.push_str(&format!(" (not listed: {})", unlisted.join(", ")));
    }
    if !run.skipped.is_empty() {
        summary.push_str(&format!(
            " (skipped, not enabled: {})",
            run.skipped.join(", ")
        ));
    }
    if !run.throttled.is_empty() {
        let places: Vec<String> = run
            .throttled
            .iter()
            .map(|(account, region, lowest)| match account {
                Some(a) => format!("{lowest} in {region}, account {a}"),
                None => format!("{lowest} in {region}"),
            })
            .collect();
        summary.push_str(&format!(
            " (ECR throttled: concurrency lowered to {})",
            places.join("; ")
        ));
    }
    summary
}
