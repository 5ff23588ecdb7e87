//! What a command works on, parsed and checked once before any client is built: nothing, an
//! account (`--registry-id`), one repository, image references or registries. A command names
//! its target type in [`super::Run`]; its handler receives the resolved value.

use anyhow::Result;

use crate::error::{self, AppError};
use crate::reference::{
    login_registry, parse_image_ref, parse_repo_arg, split_image_arg, ImageRef, RepoName,
    Target as Host,
};

/// A command's target: how it is read from the arguments, and what it says about the region.
pub trait Target: Sized {
    /// The arguments that name it, as given.
    type Given<'a>;
    /// Parse and check it; `registry_id` is --registry-id as given.
    fn resolve(given: Self::Given<'_>, registry_id: Option<&str>) -> Result<Self>;
    /// The region a URI names: it wins over --region.
    fn uri_region(&self) -> Option<&str> {
        None
    }
    /// The region to use when none is configured.
    fn fallback_region(&self) -> Option<String> {
        None
    }
}

/// --registry-id, checked: 12 digits.
fn checked_registry_id(id: Option<&str>) -> Result<Option<&str>> {
    match id {
        Some(id) if id.len() != 12 || !id.bytes().all(|b| b.is_ascii_digit()) => {
            error::usage(format!(
                "--registry-id '{}' is not an AWS account id (12 digits, e.g. 123456789012)",
                error::cut(id)
            ))
        }
        other => Ok(other),
    }
}

/// A command without a repository refuses --registry-id.
fn no_registry_id(id: Option<&str>) -> Result<()> {
    match checked_registry_id(id)? {
        Some(_) => error::usage(
            "--registry-id applies to commands that take a repository (check-push takes full URIs)",
        ),
        None => Ok(()),
    }
}

/// Nothing: the command takes no repository (and so no --registry-id).
impl Target for () {
    type Given<'a> = ();
    fn resolve((): (), registry_id: Option<&str>) -> Result<()> {
        no_registry_id(registry_id)
    }
}

/// A whole registry: the caller's, or the account --registry-id names (`repo list`, `audit`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Account {
    pub registry_id: Option<String>,
}

impl Target for Account {
    type Given<'a> = ();
    fn resolve((): (), registry_id: Option<&str>) -> Result<Account> {
        Ok(Account {
            registry_id: checked_registry_id(registry_id)?.map(str::to_string),
        })
    }
}

/// How a command names its repository.
#[derive(Debug, Clone, Copy)]
pub enum RepoArg<'a> {
    /// A repository name or URI, and whether `--public` was given.
    Name(&'a str, bool),
    /// An image (REPO:TAG, REPO@DIGEST, a URI): its repository.
    ImageOf(&'a str),
}

impl<'a> RepoArg<'a> {
    /// The repository of an argument that may carry a tag or digest.
    pub fn image_or_name(arg: &'a str, public: bool) -> RepoArg<'a> {
        RepoArg::Name(split_image_arg(arg).0, public)
    }
}

/// One repository, with --registry-id applied and a URI's region checked.
impl Target for RepoName {
    type Given<'a> = RepoArg<'a>;
    fn resolve(given: RepoArg<'_>, registry_id: Option<&str>) -> Result<RepoName> {
        let mut repo = match given {
            RepoArg::Name(arg, public) => parse_repo_arg(arg, public).map_err(AppError::usage)?,
            RepoArg::ImageOf(arg) => {
                RepoName::of_image(&parse_image_ref(arg).map_err(AppError::usage)?)
            }
        };
        if let Some(id) = checked_registry_id(registry_id)? {
            if repo.public {
                return error::usage(
                    "--registry-id names a private registry: public repositories have none",
                );
            }
            match &repo.registry_id {
                Some(from_uri) if from_uri != id => {
                    return error::usage(format!(
                        "--registry-id {id} disagrees with the repository URI's account {from_uri}: drop one"
                    ))
                }
                _ => repo.registry_id = Some(id.to_string()),
            }
        }
        if let Some(region) = &repo.region {
            error::check_host_region(region, &repo.given)?;
        }
        Ok(repo)
    }
    fn uri_region(&self) -> Option<&str> {
        self.region.as_deref()
    }
}

/// A repository when one is named (`lifecycle preview` reads a file of images instead).
impl Target for Option<RepoName> {
    type Given<'a> = Option<RepoArg<'a>>;
    fn resolve(given: Option<RepoArg<'_>>, registry_id: Option<&str>) -> Result<Self> {
        match given {
            Some(arg) => RepoName::resolve(arg, registry_id).map(Some),
            None => no_registry_id(registry_id).map(|()| None),
        }
    }
    fn uri_region(&self) -> Option<&str> {
        self.as_ref().and_then(RepoName::uri_region)
    }
}

/// One repository, or (`images list --all-repos`) every repository of a registry: the caller's
/// or the account --registry-id names.
#[derive(Debug, Clone, PartialEq)]
pub enum RepoOrAll {
    One(RepoName),
    All(Account),
}

impl Target for RepoOrAll {
    type Given<'a> = Option<RepoArg<'a>>;
    fn resolve(given: Option<RepoArg<'_>>, registry_id: Option<&str>) -> Result<Self> {
        match given {
            Some(arg) => RepoName::resolve(arg, registry_id).map(RepoOrAll::One),
            None => Account::resolve((), registry_id).map(RepoOrAll::All),
        }
    }
    fn uri_region(&self) -> Option<&str> {
        match self {
            RepoOrAll::One(repo) => repo.uri_region(),
            RepoOrAll::All(_) => None,
        }
    }
    fn fallback_region(&self) -> Option<String> {
        match self {
            RepoOrAll::One(repo) => repo.fallback_region(),
            RepoOrAll::All(_) => None,
        }
    }
}

/// Image references (`check-push`), each parsed once, its host's region checked.
#[derive(Debug, Clone, PartialEq)]
pub struct References(pub Vec<ImageRef>);

impl Target for References {
    type Given<'a> = &'a [String];
    fn resolve(given: &[String], registry_id: Option<&str>) -> Result<References> {
        no_registry_id(registry_id)?;
        let images = given
            .iter()
            .map(|r| parse_image_ref(r).map_err(AppError::usage))
            .collect::<Result<Vec<_>, _>>()?;
        // A region typo in a host is refused before any request, as `login` refuses it.
        for image in &images {
            if let Host::Private {
                region: Some(region),
                ..
            } = &image.target
            {
                error::check_host_region(region, &image.original)?;
            }
        }
        Ok(References(images))
    }

    /// With no configured region, every private reference must be a full URI (each names its
    /// region); a short reference needs the configured region, and must not silently borrow
    /// another reference's.
    fn fallback_region(&self) -> Option<String> {
        let regions: Vec<Option<&String>> = self
            .0
            .iter()
            .filter_map(|r| match &r.target {
                Host::Private { region, .. } => Some(region.as_ref()),
                Host::Public { .. } => None,
            })
            .collect();
        if regions.iter().any(Option::is_none) {
            return None;
        }
        regions.into_iter().flatten().next().cloned()
    }
}

/// The registries `login` names: when each is a registry host (they carry their regions), no
/// configured region is needed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Registries {
    all_hosts: bool,
}

impl Target for Registries {
    type Given<'a> = &'a [String];
    fn resolve(given: &[String], registry_id: Option<&str>) -> Result<Registries> {
        no_registry_id(registry_id)?;
        Ok(Registries {
            all_hosts: !given.is_empty() && given.iter().all(|r| login_registry(r).is_some()),
        })
    }
    fn fallback_region(&self) -> Option<String> {
        self.all_hosts
            .then(|| crate::aws::PUBLIC_REGION.to_string())
    }
}

/// The registry docker asks the credential helper about comes on stdin, its region with it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HelperRegistry;

impl Target for HelperRegistry {
    type Given<'a> = ();
    fn resolve((): (), registry_id: Option<&str>) -> Result<HelperRegistry> {
        no_registry_id(registry_id).map(|()| HelperRegistry)
    }
    fn fallback_region(&self) -> Option<String> {
        Some(crate::aws::PUBLIC_REGION.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs(list: &[&str]) -> Result<References> {
        let given: Vec<String> = list.iter().map(|s| s.to_string()).collect();
        References::resolve(&given, None)
    }

    #[test]
    fn references_are_parsed_once_and_lend_their_region() {
        let uri = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:v1";
        let r = refs(&[uri, "public.ecr.aws/alias/tool:1"]).unwrap();
        assert_eq!(r.0.len(), 2);
        assert_eq!(r.fallback_region().as_deref(), Some("eu-west-1"));
        // A short reference needs the configured region: it borrows none.
        assert_eq!(refs(&[uri, "app:v2"]).unwrap().fallback_region(), None);
        assert!(refs(&["UPPER:case"]).is_err());
    }

    #[test]
    fn registry_id_is_checked_then_applied_to_a_repository() {
        let err = |r: Result<RepoName>| error::render(&r.unwrap_err());
        let repo = RepoName::resolve(RepoArg::Name("app", false), Some("123456789012")).unwrap();
        assert_eq!(repo.registry_id.as_deref(), Some("123456789012"));
        assert!(
            err(RepoName::resolve(RepoArg::Name("app", false), Some("12"))).contains("12 digits")
        );
        assert!(err(RepoName::resolve(
            RepoArg::Name("app", true),
            Some("123456789012")
        ))
        .contains("public repositories have none"));
        let uri = "111111111111.dkr.ecr.eu-west-1.amazonaws.com/app";
        assert!(err(RepoName::resolve(
            RepoArg::Name(uri, false),
            Some("123456789012")
        ))
        .contains("disagrees"));
        assert!(<()>::resolve((), Some("123456789012")).is_err());
        assert!(References::resolve(&[], Some("123456789012")).is_err());
        let account = Account::resolve((), Some("123456789012")).unwrap();
        assert_eq!(account.registry_id.as_deref(), Some("123456789012"));
    }

    #[test]
    fn an_image_argument_names_its_repository() {
        let repo = RepoName::resolve(RepoArg::ImageOf("app:v1"), None).unwrap();
        assert_eq!(repo.name, "app");
        let RepoArg::Name(name, false) = RepoArg::image_or_name("team/app@sha256:ab", false) else {
            panic!("a name")
        };
        assert_eq!(name, "team/app");
        let typo = "123456789012.dkr.ecr.eu-wset-1.amazonaws.com/app";
        assert!(RepoName::resolve(RepoArg::Name(typo, false), None).is_err());
    }
}
