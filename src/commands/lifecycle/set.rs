//! `lifecycle set`: lint, diff against the current policy, say what the next run would do, ask
//! when it would expire tagged images, apply (or say unchanged).

use anyhow::Result;
use serde_json::{json, Value};

use super::{as_images, finding_line, read_current, refuse_errors, repository_images, source_text};
use crate::cli::LifecycleSetArgs;
use crate::commands::{json_diff, Context};
use crate::error::usage;
use crate::lifecycle::eval::{evaluate, image_findings, summarize, Verdict};
use crate::lifecycle::lint::lint;
use crate::lifecycle::{normalize, plan};
use crate::output::{Human, Report};
use crate::ui;

/// How many images the next-run summary names.
const EXAMPLES: usize = 5;

pub async fn set(ctx: &Context, args: &LifecycleSetArgs) -> Result<Report> {
    let repo = super::private_repo(ctx)?;
    let name = &repo.name;
    let Some(text) = source_text(&args.source)? else {
        return usage("give either --file or --template");
    };
    let linted = lint(&text);
    refuse_errors(&format!("the lifecycle policy for {name}"), &linted)?;
    let policy = linted
        .policy
        .as_ref()
        .expect("a policy without errors is parsed");
    let doc: Value = serde_json::from_str(&text)?;
    let minified = crate::policy::minify(&doc);
    let current: Option<Value> = read_current(ctx, repo)
        .await?
        .as_deref()
        .and_then(|t| serde_json::from_str(t).ok());
    let unchanged = current
        .as_ref()
        .is_some_and(|c| crate::lifecycle::equivalent(c, &doc));
    let patch = if unchanged {
        String::new()
    } else {
        json_diff(current.as_ref().map(normalize), normalize(&doc))
    };
    let mut warnings: Vec<String> = linted.findings.iter().map(finding_line).collect();
    let mut status = Vec::new();
    // What the next run would do to the images there now.
    let mut next_run = Value::Null;
    let mut tagged_at_risk = None;
    if !unchanged {
        match repository_images(ctx, repo).await {
            Ok((rows, warning)) => {
                warnings.extend(warning);
                let images = as_images(&rows);
                let now = crate::commands::unix_now();
                let decisions = evaluate(policy, &images, now);
                warnings.extend(image_findings(&images, &decisions).iter().map(finding_line));
                let summary = summarize(&images, &decisions);
                let order = plan::order(&images, &decisions);
                let examples: Vec<String> = order
                    .iter()
                    .filter(|&&i| decisions[i].verdict != Verdict::Keep)
                    .take(EXAMPLES)
                    .map(|&i| {
                        format!(
                            "{} {}",
                            decisions[i].verdict.as_str(),
                            plan::image_name(name, &images[i])
                        )
                    })
                    .collect();
                status.push(format!("next run would {}", plan::summary_text(&summary)));
                if !examples.is_empty() {
                    status.push(format!("  e.g. {}", examples.join(", ")));
                }
                tagged_at_risk = Some(summary.expire_tagged);
                let mut summary_json = plan::summary_json(&summary);
                summary_json["examples"] = json!(order
                    .iter()
                    .filter(|&&i| decisions[i].verdict != Verdict::Keep)
                    .take(EXAMPLES)
                    .map(|&i| plan::record(&images[i], &decisions[i]))
                    .collect::<Vec<_>>());
                next_run = summary_json;
            }
            Err(e) => warnings.push(format!(
                "warning: could not list the images of {name} to preview the next run: {}",
                crate::error::render(&e)
            )),
        }
    }
    let applied = !unchanged && !args.dry_run;
    if unchanged {
        status.push(format!(
            "lifecycle policy of {name} unchanged: nothing sent"
        ));
    } else if args.dry_run {
        status.push(format!(
            "dry run: the lifecycle policy of {name} was not changed"
        ));
    } else {
        // Expiring tagged images (or not knowing) is what people regret: ask first.
        let ask = match tagged_at_risk {
            Some(0) => None,
            Some(n) => Some(format!("The next run would expire {n} tagged image(s) of {name}. Set this lifecycle policy?")),
            None => Some(format!("The next run's effect on {name} is unknown. Set this lifecycle policy?")),
        };
        if let Some(question) = ask {
            // The question needs what it is about: the next run, said before asking.
            if !args.yes {
                for line in warnings.drain(..).chain(status.drain(..)) {
                    ui::line(&line);
                }
            }
            ui::confirm_or_abort(
                args.yes,
                ctx.can_prompt,
                &format!("setting a lifecycle policy that would expire tagged images of {name}"),
                &question,
                "lifecycle policy not changed",
            )
            .await?;
        }
        if let Err(e) = ctx
            .registry(repo)
            .await?
            .set_lifecycle_policy(name, &minified)
            .await
        {
            return Err(ctx.not_found(e, repo).await);
        }
        status.push(format!(
            "lifecycle policy of {name} set ({} characters)",
            minified.chars().count()
        ));
    }
    let result = match (unchanged, applied) {
        (true, _) => "unchanged",
        (_, true) => "applied",
        _ => "not-applied",
    };
    let json = json!({
        "repository": name,
        "result": result,
        "changed": !unchanged,
        "applied": applied,
        "dryRun": args.dry_run,
        "findings": linted.findings,
        "diff": patch,
        "nextRun": next_run,
        "policy": doc,
    });
    let human = Human::Lines(patch.lines().map(str::to_string).collect());
    let mut report = if args.dry_run && !unchanged {
        let lines = patch.lines().map(|l| vec![l.to_string()]).collect();
        Report::new(json, human, lines)
    } else {
        let record = json.clone();
        Report::records(json, &[record], human, "lifecycle set")
    };
    report.status = status;
    report.warnings = warnings;
    Ok(report)
}
