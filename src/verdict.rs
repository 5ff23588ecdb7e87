//! What pushing (or re-tagging) an image under a tag will do. Pure: no AWS types.
//!
//! Shared by `check-push` and `images tag`: both need to know, for one tag, whether the write
//! creates it, changes nothing, moves it, or is refused by the immutability setting.

use serde::Serialize;

use crate::error::Exit;
use crate::mutability::{Mode, Mutability};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// The tag does not exist: the push creates it.
    New,
    /// The tag already points to the local image: pushing changes nothing.
    Unchanged,
    /// A mutable tag exists and will move to the new image.
    Overwrite,
    /// The tag exists, is immutable, and holds another (or an unknown) image: the push fails.
    Conflict,
    /// The repository does not exist.
    RepositoryMissing,
    /// Something could not be read (usually a missing permission).
    Unknown,
    /// Nothing to decide (a digest-only reference creates no tag).
    Skipped,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::New => "new",
            Verdict::Unchanged => "unchanged",
            Verdict::Overwrite => "overwrite",
            Verdict::Conflict => "conflict",
            Verdict::RepositoryMissing => "repository-missing",
            Verdict::Unknown => "unknown",
            Verdict::Skipped => "skipped",
        }
    }
}

/// The image a tag currently points to.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RemoteImage {
    pub digest: String,
    /// The manifest's config digest (single-platform images only).
    pub config_digest: Option<String>,
    /// Every tag on that image, this one included, when known.
    pub tags: Option<Vec<String>>,
    /// Seconds since the epoch, when known.
    pub pushed_at: Option<i64>,
    /// Archived (or otherwise not readable) but still holding the tag.
    pub archived: bool,
}

/// What the registry says about one tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Remote {
    RepositoryMissing,
    /// The tag is not there.
    Absent,
    Present(RemoteImage),
    /// The tag's state could not be read; the text says why.
    Unreadable(String),
}

/// What is known of the image about to be pushed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Local {
    pub manifest_digest: Option<String>,
    pub config_digest: Option<String>,
}

impl Local {
    pub fn is_known(&self) -> bool {
        self.manifest_digest.is_some() || self.config_digest.is_some()
    }

    /// Whether this is the remote image: manifest digests when the local one is known, else
    /// config digests. A local image id equal to the remote manifest digest also counts (docker's
    /// containerd store uses the manifest digest as id). `None` when nothing can be compared.
    pub fn same_as(&self, remote: &RemoteImage) -> Option<bool> {
        if let Some(d) = &self.manifest_digest {
            return Some(*d == remote.digest);
        }
        let config = self.config_digest.as_ref()?;
        if *config == remote.digest {
            return Some(true);
        }
        remote.config_digest.as_ref().map(|r| r == config)
    }
}

/// The decision for one tag, with the facts behind it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub verdict: Verdict,
    /// Effective mutability of this tag (`None` when the setting could not be read).
    pub immutable: Option<bool>,
    pub matched_filter: Option<String>,
    /// For an overwrite: whether the old image is left with no tag.
    pub old_becomes_untagged: Option<bool>,
    /// Unchanged because the image content (config digest) is the same, though the manifest
    /// digest differs: `docker push` of a `--load`ed image writes a new manifest for the same
    /// content. Pushing it would be refused on an immutable tag and only swap in an equivalent
    /// manifest on a mutable one, so the push is skipped either way.
    pub same_content: bool,
}

/// Decide what writing `local` under `tag` will do. `mutability` is `None` when the setting
/// could not be read; public repositories pass plain `MUTABLE`.
pub fn decide(
    tag: &str,
    mutability: Option<&Mutability>,
    remote: &Remote,
    local: &Local,
) -> Decision {
    let rule = mutability.map(|m| m.for_tag(tag));
    let immutable = rule.as_ref().map(|r| r.immutable);
    let matched_filter = rule.and_then(|r| r.matched_filter.map(str::to_string));
    let decision = |verdict, old_becomes_untagged| Decision {
        verdict,
        immutable,
        matched_filter: matched_filter.clone(),
        old_becomes_untagged,
        same_content: false,
    };
    match remote {
        Remote::RepositoryMissing => decision(Verdict::RepositoryMissing, None),
        Remote::Unreadable(_) => decision(Verdict::Unknown, None),
        Remote::Absent => decision(Verdict::New, None),
        Remote::Present(image) => {
            let same = local.same_as(image);
            if same == Some(true) {
                return decision(Verdict::Unchanged, None);
            }
            let same_content = local.config_digest.is_some()
                && image.config_digest.is_some()
                && local.config_digest == image.config_digest;
            if same_content {
                return Decision {
                    same_content: true,
                    ..decision(Verdict::Unchanged, None)
                };
            }
            match immutable {
                Some(true) => decision(Verdict::Conflict, None),
                Some(false) => {
                    let untagged = image
                        .tags
                        .as_ref()
                        .map(|tags| tags.iter().all(|t| t == tag));
                    decision(Verdict::Overwrite, untagged)
                }
                None => decision(Verdict::Unknown, None),
            }
        }
    }
}

/// Plain MUTABLE: what ECR Public tags always are.
pub fn public_mutability() -> Mutability {
    Mutability {
        mode: Mode::Mutable,
        filters: Vec::new(),
    }
}

/// One new tag of `images tag`: what it holds now and what writing the image under it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagPlan {
    pub tag: String,
    pub verdict: Verdict,
    /// The digest the tag holds now.
    pub previous: Option<String>,
    pub immutable: Option<bool>,
    pub filter: Option<String>,
}

/// Decide every new tag of `images tag` for the image `digest`.
pub fn plan_tags(
    tags: &[String],
    mutability: Option<&Mutability>,
    remotes: &std::collections::HashMap<String, Remote>,
    digest: &str,
) -> Vec<TagPlan> {
    let local = Local {
        manifest_digest: Some(digest.to_string()),
        config_digest: None,
    };
    tags.iter()
        .map(|t| {
            let remote = remotes.get(t).cloned().unwrap_or(Remote::Absent);
            let d = decide(t, mutability, &remote, &local);
            TagPlan {
                tag: t.clone(),
                verdict: d.verdict,
                previous: match &remote {
                    Remote::Present(r) if !r.digest.is_empty() => Some(r.digest.clone()),
                    _ => None,
                },
                immutable: d.immutable,
                filter: d.matched_filter,
            }
        })
        .collect()
}

/// Whether a plan may be written at all (new or moving; unchanged needs no write).
pub fn writes(plan: &TagPlan) -> bool {
    matches!(plan.verdict, Verdict::New | Verdict::Overwrite)
}

/// Whether a plan is refused (or cannot be decided).
pub fn refused(plan: &TagPlan) -> bool {
    !matches!(
        plan.verdict,
        Verdict::New | Verdict::Unchanged | Verdict::Overwrite
    )
}

/// What happened to one write of `images tag`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Written {
    Done,
    /// Done by an attempt whose answer was lost: the retry was answered "already points to
    /// the image" (this run's own write).
    DoneFirstAnswerLost,
    /// The write failed because the tag exists, and it holds the wanted image after all
    /// (another job wrote it a moment ago).
    AlreadyThere,
    /// The write failed because the tag exists with another image.
    TakenBy(String),
    /// Any other failure, said as text, with its exit code.
    Failed {
        text: String,
        exit: Exit,
    },
}

/// The result of one new tag, as reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagOutcome {
    /// unchanged, created, moved, refused, failed, skipped, planned or unknown.
    pub result: &'static str,
    pub message: String,
    pub exit: Exit,
}

/// Word the result of one new tag: its plan and what happened to its write (`None`: not
/// written, by --dry-run or --all-or-nothing).
pub fn tag_outcome(plan: &TagPlan, written: Option<&Written>, dry_run: bool) -> TagOutcome {
    let prev = plan
        .previous
        .as_deref()
        .map(crate::images::short_digest)
        .unwrap_or_default();
    let rule = match plan.immutable {
        Some(true) => "immutable",
        Some(false) => "mutable",
        None => "of unknown mutability",
    };
    let outcome = |result, message: String, exit| TagOutcome {
        result,
        message,
        exit,
    };
    let lost = matches!(written, Some(Written::DoneFirstAnswerLost));
    let written = if lost { Some(&Written::Done) } else { written };
    let base = match (plan.verdict, written) {
        (Verdict::Unchanged, _) | (_, Some(Written::AlreadyThere)) => outcome(
            "unchanged",
            "already points to the image: nothing to do".into(),
            Exit::Success,
        ),
        (Verdict::New, Some(Written::Done)) => {
            outcome("created", "new tag created".into(), Exit::Success)
        }
        (Verdict::Overwrite, Some(Written::Done)) => outcome(
            "moved",
            format!("{rule} tag moved from {prev}"),
            Exit::Success,
        ),
        (Verdict::Conflict, _) => outcome(
            "refused",
            format!("exists on {prev} and is immutable: refused"),
            Exit::PushConflict,
        ),
        (_, Some(Written::TakenBy(other))) => outcome(
            "refused",
            format!(
                "written meanwhile by someone else with {}: refused",
                crate::images::short_digest(other)
            ),
            Exit::PushConflict,
        ),
        (_, Some(Written::Failed { text, exit })) => outcome("failed", text.clone(), *exit),
        (Verdict::New | Verdict::Overwrite, None) if !dry_run => outcome(
            "skipped",
            "not written: another tag is refused and --all-or-nothing was given".into(),
            Exit::Success,
        ),
        (Verdict::New, None) => outcome("planned", "would be created".into(), Exit::Success),
        (Verdict::Overwrite, None) => outcome(
            "planned",
            format!("{rule} tag would move from {prev}"),
            Exit::Success,
        ),
        (Verdict::Unknown, _) if plan.immutable.is_none() && plan.previous.is_some() => outcome(
            "unknown",
            format!("cannot decide: the tag exists on {prev} and the repository's tag mutability is unknown (not in ECR's answer), so whether it may move is unknown"),
            Exit::PushUnknown,
        ),
        (Verdict::Unknown, _) => outcome(
            "unknown",
            "cannot decide: whether the tag exists, and on which image, could not be read".into(),
            Exit::PushUnknown,
        ),
        (v, _) => outcome(
            "unknown",
            format!("cannot decide ({})", v.as_str()),
            Exit::PushUnknown,
        ),
    };
    let base = if lost {
        TagOutcome {
            message: format!("{} ({})", base.message, crate::writes::FIRST_ANSWER_LOST),
            ..base
        }
    } else {
        base
    };
    match &plan.filter {
        Some(f) => TagOutcome {
            message: format!("{} (it matches exclusion filter '{f}')", base.message),
            ..base
        },
        None => base,
    }
}

/// A tag that moves off an image (`images tag` overwriting it, a push that does).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagMove {
    /// The image the tag names now.
    pub digest: String,
    /// Every tag of that image, when known.
    pub tags: Option<Vec<String>>,
    pub tag: String,
}

/// The images a set of tag moves leaves with no tag at all, each with the tags that move off
/// it (in the order given): every tag it has moves. An image whose tags are not known is not
/// claimed; a digest with several moves is judged on all of them together (pushing `v1` and
/// `latest` off the same image leaves it untagged even when each alone would not).
pub fn left_untagged(moves: &[TagMove]) -> Vec<(String, Vec<String>)> {
    // (digest, its tags when known, the tags moving off it)
    type Moves<'a> = Vec<(&'a str, Option<&'a Vec<String>>, Vec<String>)>;
    let mut by_digest: Moves = Vec::new();
    for m in moves {
        match by_digest.iter_mut().find(|(d, _, _)| *d == m.digest) {
            Some((_, tags, moving)) => {
                if tags.is_none() {
                    *tags = m.tags.as_ref();
                }
                if !moving.contains(&m.tag) {
                    moving.push(m.tag.clone());
                }
            }
            None => by_digest.push((&m.digest, m.tags.as_ref(), vec![m.tag.clone()])),
        }
    }
    by_digest
        .into_iter()
        .filter(|(_, tags, moving)| tags.is_some_and(|t| t.iter().all(|t| moving.contains(t))))
        .map(|(d, _, moving)| (d.to_string(), moving))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "sha256:aaaa";
    const B: &str = "sha256:bbbb";

    fn image(digest: &str, tags: &[&str]) -> Remote {
        Remote::Present(RemoteImage {
            digest: digest.into(),
            config_digest: Some(format!("{digest}-config")),
            tags: Some(tags.iter().map(|t| t.to_string()).collect()),
            pushed_at: Some(0),
            archived: false,
        })
    }

    fn local(digest: Option<&str>) -> Local {
        Local {
            manifest_digest: digest.map(str::to_string),
            config_digest: None,
        }
    }

    fn m(immutable: bool, filters: &[&str]) -> Mutability {
        Mutability::requested(
            immutable,
            &filters.iter().map(|f| f.to_string()).collect::<Vec<_>>(),
        )
    }

    /// settings × remote state × local image → verdict, as one table.
    #[test]
    fn verdict_table() {
        let mutable = m(false, &[]);
        let immutable = m(true, &[]);
        let imm_except_latest = m(true, &["latest", "dev-*"]);
        let mut_except_release = m(false, &["release-*"]);
        use Verdict::*;
        let rows: Vec<(&str, Option<&Mutability>, Remote, Local, Verdict)> = vec![
            ("v1", Some(&mutable), Remote::Absent, local(Some(A)), New),
            ("v1", Some(&immutable), Remote::Absent, local(None), New),
            (
                "v1",
                Some(&mutable),
                image(A, &["v1"]),
                local(Some(A)),
                Unchanged,
            ),
            (
                "v1",
                Some(&immutable),
                image(A, &["v1"]),
                local(Some(A)),
                Unchanged,
            ),
            (
                "v1",
                Some(&mutable),
                image(A, &["v1"]),
                local(Some(B)),
                Overwrite,
            ),
            (
                "v1",
                Some(&mutable),
                image(A, &["v1"]),
                local(None),
                Overwrite,
            ),
            (
                "v1",
                Some(&immutable),
                image(A, &["v1"]),
                local(Some(B)),
                Conflict,
            ),
            (
                "v1",
                Some(&immutable),
                image(A, &["v1"]),
                local(None),
                Conflict,
            ),
            (
                "latest",
                Some(&imm_except_latest),
                image(A, &["latest"]),
                local(Some(B)),
                Overwrite,
            ),
            (
                "dev-7",
                Some(&imm_except_latest),
                image(A, &["dev-7"]),
                local(Some(B)),
                Overwrite,
            ),
            (
                "latest-rc",
                Some(&imm_except_latest),
                image(A, &["latest-rc"]),
                local(Some(B)),
                Conflict,
            ),
            (
                "release-1",
                Some(&mut_except_release),
                image(A, &["release-1"]),
                local(Some(B)),
                Conflict,
            ),
            (
                "latest",
                Some(&mut_except_release),
                image(A, &["latest"]),
                local(Some(B)),
                Overwrite,
            ),
            (
                "v1",
                Some(&immutable),
                Remote::RepositoryMissing,
                local(Some(A)),
                RepositoryMissing,
            ),
            (
                "v1",
                Some(&immutable),
                Remote::Unreadable("denied".into()),
                local(Some(A)),
                Unknown,
            ),
            ("v1", None, image(A, &["v1"]), local(Some(B)), Unknown),
            ("v1", None, image(A, &["v1"]), local(Some(A)), Unchanged),
            ("v1", None, Remote::Absent, local(Some(A)), New),
        ];
        for (tag, mutability, remote, local, want) in rows {
            let got = decide(tag, mutability, &remote, &local);
            assert_eq!(
                got.verdict, want,
                "{tag} {mutability:?} {remote:?} {local:?}"
            );
        }
    }

    #[test]
    fn matched_filter_and_effective_mutability_are_reported() {
        let d = decide(
            "dev-1",
            Some(&m(true, &["dev-*"])),
            &Remote::Absent,
            &Local::default(),
        );
        assert_eq!(d.immutable, Some(false));
        assert_eq!(d.matched_filter.as_deref(), Some("dev-*"));
        let d = decide(
            "v1",
            Some(&m(true, &["dev-*"])),
            &Remote::Absent,
            &Local::default(),
        );
        assert_eq!(d.immutable, Some(true));
        assert_eq!(d.matched_filter, None);
    }

    #[test]
    fn overwrite_says_whether_the_old_image_is_left_untagged() {
        let mutable = m(false, &[]);
        let d = decide(
            "latest",
            Some(&mutable),
            &image(A, &["latest"]),
            &local(Some(B)),
        );
        assert_eq!(d.old_becomes_untagged, Some(true));
        let d = decide(
            "latest",
            Some(&mutable),
            &image(A, &["latest", "v1"]),
            &local(Some(B)),
        );
        assert_eq!(d.old_becomes_untagged, Some(false));
        let mut unknown_tags = image(A, &[]);
        if let Remote::Present(i) = &mut unknown_tags {
            i.tags = None;
        }
        let d = decide("latest", Some(&mutable), &unknown_tags, &local(Some(B)));
        assert_eq!(d.old_becomes_untagged, None);
    }

    #[test]
    fn config_digest_comparison_when_manifest_digest_is_unknown() {
        let remote = RemoteImage {
            digest: A.into(),
            config_digest: Some("sha256:cfg".into()),
            ..Default::default()
        };
        let by_config = |c: &str| Local {
            manifest_digest: None,
            config_digest: Some(c.into()),
        };
        assert_eq!(by_config("sha256:cfg").same_as(&remote), Some(true));
        assert_eq!(by_config("sha256:other").same_as(&remote), Some(false));
        let index = RemoteImage {
            digest: A.into(),
            config_digest: None,
            ..Default::default()
        };
        assert_eq!(by_config("sha256:cfg").same_as(&index), None);
        let d = decide(
            "v1",
            Some(&m(true, &[])),
            &Remote::Present(remote),
            &by_config("sha256:cfg"),
        );
        assert_eq!(d.verdict, Verdict::Unchanged);
    }

    #[test]
    fn same_config_under_another_manifest_is_unchanged_content() {
        let remote = Remote::Present(RemoteImage {
            digest: A.into(),
            config_digest: Some("sha256:cfg".into()),
            ..Default::default()
        });
        let both = |cfg: &str| Local {
            manifest_digest: Some(B.into()),
            config_digest: Some(cfg.into()),
        };
        for mutability in [m(true, &[]), m(false, &[])] {
            let d = decide("v1", Some(&mutability), &remote, &both("sha256:cfg"));
            assert_eq!(d.verdict, Verdict::Unchanged);
            assert!(d.same_content);
            let d = decide("v1", Some(&mutability), &remote, &both("sha256:other"));
            assert_ne!(d.verdict, Verdict::Unchanged);
            assert!(!d.same_content);
        }
        let exact = Local {
            manifest_digest: Some(A.into()),
            config_digest: Some("sha256:cfg".into()),
        };
        let d = decide("v1", Some(&m(true, &[])), &remote, &exact);
        assert!(d.verdict == Verdict::Unchanged && !d.same_content);
    }

    #[test]
    fn the_tag_plan_of_images_tag() {
        use std::collections::HashMap;
        let mutability = m(true, &["dev-*"]);
        let remotes = HashMap::from([
            (
                "v1".to_string(),
                Remote::Present(RemoteImage {
                    digest: A.into(),
                    ..Default::default()
                }),
            ),
            (
                "same".to_string(),
                Remote::Present(RemoteImage {
                    digest: B.into(),
                    ..Default::default()
                }),
            ),
            (
                "dev-1".to_string(),
                Remote::Present(RemoteImage {
                    digest: A.into(),
                    ..Default::default()
                }),
            ),
        ]);
        let tags: Vec<String> = ["v1", "same", "dev-1", "new"].map(String::from).to_vec();
        let plans = plan_tags(&tags, Some(&mutability), &remotes, B);
        let verdicts: Vec<Verdict> = plans.iter().map(|p| p.verdict).collect();
        assert_eq!(
            verdicts,
            [
                Verdict::Conflict,
                Verdict::Unchanged,
                Verdict::Overwrite,
                Verdict::New
            ]
        );
        assert!(refused(&plans[0]) && !refused(&plans[1]));
        assert!(!writes(&plans[1]) && writes(&plans[2]) && writes(&plans[3]));
        let result = |i: usize, w: Option<&Written>, dry: bool| tag_outcome(&plans[i], w, dry);
        assert_eq!(result(0, None, false).exit, Exit::PushConflict);
        assert_eq!(result(1, None, false).result, "unchanged");
        let moved = result(2, Some(&Written::Done), false);
        assert_eq!(moved.result, "moved");
        assert!(
            moved
                .message
                .ends_with("(it matches exclusion filter 'dev-*')"),
            "{}",
            moved.message
        );
        assert_eq!(result(3, Some(&Written::Done), false).result, "created");
        let lost = result(3, Some(&Written::DoneFirstAnswerLost), false);
        assert_eq!(lost.result, "created");
        assert_eq!(lost.message, "new tag created (the first answer was lost)");
        assert_eq!(result(3, None, true).result, "planned");
        assert_eq!(result(3, None, false).result, "skipped");
        assert_eq!(
            result(3, Some(&Written::AlreadyThere), false).result,
            "unchanged"
        );
        let taken = result(3, Some(&Written::TakenBy(A.into())), false);
        assert_eq!((taken.result, taken.exit), ("refused", Exit::PushConflict));
        let failed = Written::Failed {
            text: "boom".into(),
            exit: Exit::Service,
        };
        assert_eq!(result(3, Some(&failed), false).exit, Exit::Service);
        // Unknown mutability of a tag that exists elsewhere: said why, not "(unknown)".
        let remotes = std::collections::HashMap::from([("v1".to_string(), image(B, &["v1"]))]);
        let unknown = &plan_tags(&["v1".to_string()], None, &remotes, A)[0];
        let said = tag_outcome(unknown, None, false);
        assert_eq!((said.result, said.exit), ("unknown", Exit::PushUnknown));
        assert!(
            said.message
                .contains("tag mutability is unknown (not in ECR's answer)"),
            "{}",
            said.message
        );
    }

    fn moving(digest: &str, tags: Option<&[&str]>, tag: &str) -> TagMove {
        TagMove {
            digest: digest.into(),
            tags: tags.map(|t| t.iter().map(|t| t.to_string()).collect()),
            tag: tag.into(),
        }
    }

    #[test]
    fn tag_moves_leave_an_image_untagged_only_when_every_tag_goes() {
        // The only tag moves: untagged.
        assert_eq!(
            left_untagged(&[moving("sha256:a", Some(&["latest"]), "latest")]),
            [("sha256:a".to_string(), vec!["latest".to_string()])]
        );
        // Another tag stays.
        assert!(left_untagged(&[moving("sha256:a", Some(&["latest", "v1"]), "latest")]).is_empty());
        // Both move, in two moves: untagged.
        assert_eq!(
            left_untagged(&[
                moving("sha256:a", Some(&["latest", "v1"]), "latest"),
                moving("sha256:a", None, "v1"),
                moving("sha256:b", Some(&["x", "y"]), "x"),
            ]),
            [(
                "sha256:a".to_string(),
                vec!["latest".to_string(), "v1".to_string()]
            )]
        );
        // Tags not known: nothing claimed.
        assert!(left_untagged(&[moving("sha256:a", None, "latest")]).is_empty());
    }
}
