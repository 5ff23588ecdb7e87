//! `ecrctl check-push`: say what pushing each reference will do, before it is pushed. The
//! reads are the registry layer's (`registry::push_state`); the verdict is `verdict::decide`;
//! this module groups the references and decides each; `local` finds the local image, `words`
//! says each decision as a sentence, `report` builds the output.

pub mod args;
mod local;
mod report;
mod words;

use anyhow::Result;

use super::Context;
use crate::commands::check_push::args::CheckPushArgs;
use crate::commands::check_push::args::FailOn;
use crate::error::Exit;
use crate::output::Report;
use crate::records::images::LeftUntagged;
use crate::reference::{ImageRef, RepoName, Target};
use crate::registry::push_state::{self, RepoState};
use crate::verdict::{decide, Local, Remote, RemoteImage, TagMove, Verdict};

/// The exit code a verdict asks for, if any, under `--fail-on`.
fn failing_exit(verdict: Verdict, fail_on: FailOn) -> Option<Exit> {
    if fail_on == FailOn::Never {
        return None;
    }
    match verdict {
        Verdict::Conflict => Some(Exit::PushConflict),
        Verdict::RepositoryMissing => Some(Exit::PushRepositoryMissing),
        Verdict::Unknown => Some(Exit::PushUnknown),
        Verdict::Overwrite if fail_on == FailOn::Overwrite => Some(Exit::PushOverwrite),
        _ => None,
    }
}

/// Most severe first: the exit code of a run is that of its most severe failing verdict.
fn severity(verdict: Verdict) -> u8 {
    match verdict {
        Verdict::Conflict => 6,
        Verdict::RepositoryMissing => 5,
        Verdict::Unknown => 4,
        Verdict::Overwrite => 3,
        Verdict::New => 2,
        Verdict::Unchanged => 1,
        Verdict::Skipped => 0,
    }
}

/// One checked reference.
struct Checked {
    image: ImageRef,
    local: Local,
    verdict: Verdict,
    immutable: Option<bool>,
    matched_filter: Option<String>,
    remote: Option<RemoteImage>,
    old_untagged: Option<bool>,
    registry: String,
    repo_mode: Option<String>,
    template: Option<String>,
    /// Unchanged by config digest under another manifest digest.
    same_content: bool,
    message: String,
    /// The old image this push (with the others) leaves without a tag, when referrers point
    /// at it.
    left: Option<LeftUntagged>,
}

pub async fn check_push(
    ctx: &Context,
    args: &CheckPushArgs,
    images: Vec<ImageRef>,
) -> Result<Report> {
    let docker = match &args.local.docker {
        Some(image) => Some(local::docker_inspect(image, ctx.timeout).await?),
        None => None,
    };
    let locals = local::local_images(args, &images, docker)?;

    // Group the tags by repository: one settings call and one image lookup each.
    let mut groups: Vec<(ImageRef, Vec<String>)> = Vec::new();
    for image in images
        .iter()
        .filter(|i| i.tag.is_some() || i.digest.is_none())
    {
        let tag = image.tag_or_latest().to_string();
        match groups.iter_mut().find(|(g, _)| same_repository(g, image)) {
            Some((_, tags)) => {
                if !tags.contains(&tag) {
                    tags.push(tag);
                }
            }
            None => groups.push((image.clone(), vec![tag])),
        }
    }
    let region_warnings = region_conflicts(ctx.region_flag.as_deref(), &images);
    let states = push_state::read(&ctx.clients, &groups).await?;
    let by_repo: Vec<(ImageRef, RepoState)> =
        groups.into_iter().map(|(g, _)| g).zip(states).collect();

    let now = crate::time::now();
    let mut checked: Vec<Checked> = images
        .into_iter()
        .zip(locals)
        .map(|(image, local)| {
            let state = by_repo
                .iter()
                .find(|(g, _)| same_repository(g, &image))
                .map(|(_, s)| s);
            judge(image, local, state, now)
        })
        .collect();
    mark_left_untagged(ctx, &mut checked).await;
    report::report(&checked, args, region_warnings, ctx.runner)
}

/// The old images the pushes leave without a tag while signatures or SBOMs refer to them,
/// per repository (only where a tag moves: no extra call otherwise). A warning, never a
/// verdict: a registry that cannot say leaves nothing to warn about.
async fn mark_left_untagged(ctx: &Context, checked: &mut [Checked]) {
    let moving = |c: &Checked| c.verdict == Verdict::Overwrite && c.remote.is_some();
    let mut repos: Vec<&ImageRef> = Vec::new();
    for c in checked.iter().filter(|c| moving(c)) {
        if !repos.iter().any(|r| same_repository(r, &c.image)) {
            repos.push(&c.image);
        }
    }
    let mut found: Vec<(ImageRef, LeftUntagged)> = Vec::new();
    for image in repos {
        let moves: Vec<TagMove> = checked
            .iter()
            .filter(|c| moving(c) && same_repository(&c.image, image))
            .filter_map(|c| {
                let r = c.remote.as_ref()?;
                Some(TagMove {
                    digest: r.digest.clone(),
                    tags: r.tags.clone(),
                    tag: c.image.tag_or_latest().to_string(),
                })
            })
            .collect();
        let repo = RepoName::of_image(image);
        let Ok(registry) = ctx.registry(&repo).await else {
            continue;
        };
        for (digest, moved_tags, referrers) in
            registry.referrers_left_untagged(&repo.name, moves).await
        {
            let left = LeftUntagged {
                digest,
                moved_tags,
                referrers,
            };
            found.push((image.clone(), left));
        }
    }
    for c in checked.iter_mut().filter(|c| moving(c)) {
        let digest = c.remote.as_ref().map(|r| r.digest.clone());
        c.left = found
            .iter()
            .find(|(i, l)| same_repository(i, &c.image) && Some(&l.digest) == digest.as_ref())
            .map(|(_, l)| l.clone());
    }
}

/// Same registry and repository.
fn same_repository(a: &ImageRef, b: &ImageRef) -> bool {
    a.target == b.target && a.repository == b.repository
}

/// A reference's host names its region; a different --region is reported, and the host wins.
fn region_conflicts(flag: Option<&str>, images: &[ImageRef]) -> Vec<String> {
    let Some(flag) = flag else {
        return Vec::new();
    };
    images
        .iter()
        .filter_map(|image| match &image.target {
            Target::Private {
                region: Some(region),
                ..
            } if region != flag => Some(format!(
                "warning: {} is in {region}, not in --region {flag}: checking it in {region}",
                image.original
            )),
            _ => None,
        })
        .collect()
}

/// Decide one reference; the message is worded afterwards from the decision.
fn judge(image: ImageRef, local: Local, state: Option<&RepoState>, now: i64) -> Checked {
    let tag = image.tag_or_latest().to_string();
    // The registry: as the service named it, else the host the reference names.
    let named_host = match &image.target {
        Target::Private {
            account: Some(_), ..
        } => image
            .original
            .split('/')
            .next()
            .map(str::to_ascii_lowercase),
        _ => None,
    };
    let mut checked = Checked {
        registry: state
            .and_then(|s| s.registry.clone())
            .or(named_host)
            .unwrap_or_default(),
        repo_mode: state.and_then(|s| s.mode.clone()),
        image,
        local,
        verdict: Verdict::Skipped,
        immutable: None,
        matched_filter: None,
        remote: None,
        old_untagged: None,
        template: None,
        same_content: false,
        message: String::new(),
        left: None,
    };
    let digest_only = checked.image.tag.is_none() && checked.image.digest.is_some();
    let Some(state) = state.filter(|_| !digest_only) else {
        checked.message =
            "digest-only reference: a push by digest creates no tag; nothing to check".into();
        return checked;
    };
    let remote = state.remotes.get(&tag).cloned().unwrap_or(Remote::Absent);
    let decision = decide(&tag, state.mutability.as_ref(), &remote, &checked.local);
    checked.verdict = decision.verdict;
    checked.immutable = decision.immutable;
    checked.matched_filter = decision.matched_filter.clone();
    checked.old_untagged = decision.old_becomes_untagged;
    checked.same_content = decision.same_content;
    if let Remote::Present(img) = &remote {
        checked.remote = Some(img.clone());
    }
    // A template that will create the repository makes the push succeed: the tag is new.
    if let (Verdict::RepositoryMissing, Some(t)) = (decision.verdict, &state.template) {
        checked.template = Some(t.prefix.clone());
        checked.verdict = Verdict::New;
        checked.immutable = t.mutability.as_ref().map(|m| m.for_tag(&tag).immutable);
    }
    checked.message = words::message(&checked, &decision, &remote, state, now);
    checked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_follow_fail_on() {
        assert_eq!(
            failing_exit(Verdict::Conflict, FailOn::Conflict),
            Some(Exit::PushConflict)
        );
        assert_eq!(failing_exit(Verdict::Overwrite, FailOn::Conflict), None);
        assert_eq!(
            failing_exit(Verdict::Overwrite, FailOn::Overwrite),
            Some(Exit::PushOverwrite)
        );
        assert_eq!(failing_exit(Verdict::Conflict, FailOn::Never), None);
        assert_eq!(failing_exit(Verdict::New, FailOn::Overwrite), None);
        assert_eq!(
            failing_exit(Verdict::Unknown, FailOn::Conflict),
            Some(Exit::PushUnknown)
        );
        assert!(severity(Verdict::Conflict) > severity(Verdict::RepositoryMissing));
    }
}
