//! Manifests as the distribution API serves them: their media types, what each refers to (the
//! blobs of an image, the manifests of an index, the image a referrer is attached to), digests.
//! Pure: bytes in, descriptors out. A manifest is copied byte for byte; this only reads it.

use serde::Deserialize;
use sha2::{Digest, Sha256};

pub const DOCKER_MANIFEST: &str = "application/vnd.docker.distribution.manifest.v2+json";
pub const DOCKER_LIST: &str = "application/vnd.docker.distribution.manifest.list.v2+json";
pub const OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
pub const OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";

/// The Accept list of every manifest request: the four kinds ecrctl copies. Docker's schema 1
/// is left out on purpose (registries then convert or refuse; ecrctl cannot keep its digest).
pub const ACCEPT: &str = "application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.docker.distribution.manifest.v2+json";

/// The most a manifest may weigh (distribution's own limit): a larger answer is not read.
pub const MAX_MANIFEST_BYTES: usize = 4 * 1024 * 1024;

/// What a manifest points at: a blob or another manifest.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Descriptor {
    #[serde(default)]
    pub media_type: Option<String>,
    pub digest: String,
    #[serde(default)]
    pub size: u64,
    #[serde(default)]
    pub platform: Option<Platform>,
    #[serde(default)]
    pub artifact_type: Option<String>,
    #[serde(default)]
    pub annotations: Option<std::collections::BTreeMap<String, String>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Platform {
    #[serde(default)]
    pub os: String,
    #[serde(default)]
    pub architecture: String,
    #[serde(default)]
    pub variant: Option<String>,
}

/// An image manifest (its config and layers are blobs) or an index (its entries are manifests).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Image,
    Index,
}

/// A manifest, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manifest {
    /// Its media type: the document's own `mediaType`, else the answer's Content-Type.
    pub media_type: String,
    pub kind: Kind,
    /// An image's config then layers, in order; empty for an index.
    pub blobs: Vec<Descriptor>,
    /// An index's manifests; empty for an image.
    pub manifests: Vec<Descriptor>,
    /// The manifest this one is attached to (an OCI 1.1 referrer: a signature, an SBOM).
    pub subject: Option<Descriptor>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Document {
    #[serde(default)]
    schema_version: Option<i64>,
    #[serde(default)]
    media_type: Option<String>,
    #[serde(default)]
    config: Option<Descriptor>,
    #[serde(default)]
    layers: Option<Vec<Descriptor>>,
    #[serde(default)]
    manifests: Option<Vec<Descriptor>>,
    #[serde(default)]
    subject: Option<Descriptor>,
}

/// Read a manifest's bytes (`content_type`: the answer's Content-Type header).
pub fn parse(bytes: &[u8], content_type: Option<&str>) -> Result<Manifest, String> {
    let doc: Document = serde_json::from_slice(bytes)
        .map_err(|e| format!("the manifest is not valid JSON ({e})"))?;
    let header = content_type
        .map(|c| c.split(';').next().unwrap_or_default().trim().to_string())
        .filter(|c| !c.is_empty());
    if doc.schema_version == Some(1)
        || header
            .as_deref()
            .is_some_and(|h| h.starts_with("application/vnd.docker.distribution.manifest.v1"))
    {
        return Err(
            "it is a Docker schema 1 manifest, which registries no longer accept: pull and push it with docker to convert it"
                .into(),
        );
    }
    let media_type = doc
        .media_type
        .clone()
        .or(header)
        .or_else(|| {
            // OCI leaves mediaType optional: the shape says which it is.
            if doc.manifests.is_some() {
                Some(OCI_INDEX.to_string())
            } else if doc.config.is_some() {
                Some(OCI_MANIFEST.to_string())
            } else {
                None
            }
        })
        .ok_or("the manifest says neither its media type nor what it holds")?;
    let kind = match media_type.as_str() {
        OCI_INDEX | DOCKER_LIST => Kind::Index,
        OCI_MANIFEST | DOCKER_MANIFEST => Kind::Image,
        other if doc.manifests.is_some() => {
            let _ = other;
            Kind::Index
        }
        other if doc.config.is_some() => {
            let _ = other;
            Kind::Image
        }
        other => return Err(format!("unknown manifest media type {other}")),
    };
    let mut blobs = Vec::new();
    let mut manifests = Vec::new();
    match kind {
        Kind::Image => {
            let config = doc.config.ok_or("an image manifest without a config")?;
            blobs.push(config);
            blobs.extend(doc.layers.unwrap_or_default());
        }
        Kind::Index => manifests = doc.manifests.unwrap_or_default(),
    }
    for d in blobs.iter().chain(&manifests).chain(doc.subject.iter()) {
        check_digest(&d.digest)?;
    }
    Ok(Manifest {
        media_type,
        kind,
        blobs,
        manifests,
        subject: doc.subject,
    })
}

/// `sha256:<hex>` of some bytes.
pub fn digest_of(bytes: &[u8]) -> String {
    format!("sha256:{}", hex(&Sha256::digest(bytes)))
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A digest ecrctl can verify: `sha256:` and 64 lower-case hex characters. Other algorithms
/// (sha512) are refused rather than copied unverified.
pub fn check_digest(digest: &str) -> Result<(), String> {
    match digest.split_once(':') {
        Some(("sha256", _)) => {
            crate::reference::validate_digest(digest).map_err(|e| format!("'{digest}': {e}"))
        }
        Some((algorithm, _)) => Err(format!(
            "'{}' uses {algorithm}: ecrctl verifies sha256 digests only",
            crate::error::cut(digest)
        )),
        None => Err(format!("'{}' is not a digest", crate::error::cut(digest))),
    }
}

/// The tag under which a registry without the referrers API keeps the referrers of `digest`
/// (the OCI 1.1 "referrers tag schema"): `sha256-<hex>`.
pub fn referrers_tag(digest: &str) -> String {
    digest.replacen(':', "-", 1)
}

/// The entries of a referrers answer (an index), those whose `artifactType` is not wanted
/// left out (`None`: all).
pub fn referrers(index: &[u8]) -> Result<Vec<Descriptor>, String> {
    let doc: Document = serde_json::from_slice(index)
        .map_err(|e| format!("the referrers answer is not valid JSON ({e})"))?;
    let list = doc.manifests.unwrap_or_default();
    for d in &list {
        check_digest(&d.digest)?;
    }
    Ok(list)
}

/// A referrers-tag index holding `entries` (after adding one): OCI's schema for registries
/// without the referrers API. Entries keep their order; a digest already listed is not added.
pub fn referrers_index(mut entries: Vec<serde_json::Value>, add: serde_json::Value) -> Vec<u8> {
    let digest = add.get("digest").cloned();
    if !entries.iter().any(|e| e.get("digest") == digest.as_ref()) {
        entries.push(add);
    }
    let doc = serde_json::json!({
        "schemaVersion": 2,
        "mediaType": OCI_INDEX,
        "manifests": entries,
    });
    serde_json::to_vec(&doc).expect("JSON values serialise")
}

/// The entries of an existing referrers-tag index, as raw JSON (kept as they are).
pub fn index_entries(index: &[u8]) -> Vec<serde_json::Value> {
    serde_json::from_slice::<serde_json::Value>(index)
        .ok()
        .and_then(|v| v.get("manifests").and_then(|m| m.as_array()).cloned())
        .unwrap_or_default()
}

/// The descriptor a referrers index lists for a manifest: media type, digest, size, its
/// artifact type (the manifest's `artifactType`, else its config's media type) and annotations.
pub fn referrer_entry(bytes: &[u8], media_type: &str) -> serde_json::Value {
    let doc: serde_json::Value = serde_json::from_slice(bytes).unwrap_or_default();
    let artifact_type = doc
        .get("artifactType")
        .cloned()
        .or_else(|| doc.pointer("/config/mediaType").cloned());
    let mut entry = serde_json::json!({
        "mediaType": media_type,
        "digest": digest_of(bytes),
        "size": bytes.len(),
    });
    if let Some(a) = artifact_type {
        entry["artifactType"] = a;
    }
    if let Some(a) = doc.get("annotations") {
        entry["annotations"] = a.clone();
    }
    entry
}

#[cfg(test)]
mod tests {
    use super::*;

    const D1: &str = "sha256:1111111111111111111111111111111111111111111111111111111111111111";
    const D2: &str = "sha256:2222222222222222222222222222222222222222222222222222222222222222";

    #[test]
    fn an_image_lists_its_config_then_its_layers() {
        let m = format!(
            r#"{{"schemaVersion":2,"mediaType":"{DOCKER_MANIFEST}","config":{{"mediaType":"x","digest":"{D1}","size":3}},"layers":[{{"mediaType":"l","digest":"{D2}","size":9}}]}}"#
        );
        let p = parse(m.as_bytes(), None).unwrap();
        assert_eq!(p.kind, Kind::Image);
        assert_eq!(p.media_type, DOCKER_MANIFEST);
        let digests: Vec<&str> = p.blobs.iter().map(|b| b.digest.as_str()).collect();
        assert_eq!(digests, [D1, D2]);
        assert_eq!(p.blobs[1].size, 9);
        assert!(p.manifests.is_empty() && p.subject.is_none());
    }

    #[test]
    fn an_index_lists_manifests_and_the_media_type_may_come_from_the_header() {
        let m = format!(
            r#"{{"schemaVersion":2,"manifests":[{{"mediaType":"{OCI_MANIFEST}","digest":"{D1}","size":5,"platform":{{"os":"linux","architecture":"arm64","variant":"v8"}}}}]}}"#
        );
        let p = parse(m.as_bytes(), Some(&format!("{DOCKER_LIST}; charset=utf-8"))).unwrap();
        assert_eq!(p.kind, Kind::Index);
        assert_eq!(p.media_type, DOCKER_LIST);
        assert_eq!(
            p.manifests[0].platform.as_ref().unwrap().architecture,
            "arm64"
        );
        // Without mediaType or header, the shape decides.
        assert_eq!(parse(m.as_bytes(), None).unwrap().media_type, OCI_INDEX);
    }

    #[test]
    fn a_referrer_names_its_subject() {
        let m = format!(
            r#"{{"schemaVersion":2,"mediaType":"{OCI_MANIFEST}","artifactType":"application/vnd.dev.cosign.artifact.sig.v1+json","config":{{"mediaType":"application/vnd.oci.empty.v1+json","digest":"{D1}","size":2}},"layers":[],"subject":{{"mediaType":"{OCI_INDEX}","digest":"{D2}","size":7}}}}"#
        );
        let p = parse(m.as_bytes(), None).unwrap();
        assert_eq!(p.subject.unwrap().digest, D2);
        let entry = referrer_entry(m.as_bytes(), OCI_MANIFEST);
        assert_eq!(
            entry["artifactType"],
            "application/vnd.dev.cosign.artifact.sig.v1+json"
        );
        assert_eq!(entry["digest"], digest_of(m.as_bytes()));
    }

    #[test]
    fn bad_manifests_are_refused_with_the_reason() {
        assert!(parse(b"nope", None).unwrap_err().contains("not valid JSON"));
        let v1 = br#"{"schemaVersion":1,"name":"x","fsLayers":[]}"#;
        assert!(parse(v1, None).unwrap_err().contains("schema 1"));
        let bad = r#"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"digest":"sha256:XYZ","size":1},"layers":[]}"#;
        assert!(parse(bad.as_bytes(), None).is_err());
        let sha512 = format!(
            r#"{{"schemaVersion":2,"config":{{"digest":"sha512:{}","size":1}},"layers":[]}}"#,
            "a".repeat(128)
        );
        assert!(parse(sha512.as_bytes(), None)
            .unwrap_err()
            .contains("sha256 digests only"));
        assert!(parse(br#"{"schemaVersion":2}"#, None).is_err());
    }

    #[test]
    fn digests_and_the_referrers_tag() {
        assert_eq!(
            digest_of(b""),
            "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(referrers_tag(D1), format!("sha256-{}", &D1[7..]));
    }

    #[test]
    fn a_referrers_index_adds_each_entry_once() {
        let a = serde_json::json!({"digest": D1, "size": 1});
        let b = serde_json::json!({"digest": D2, "size": 2});
        let once = referrers_index(vec![], a.clone());
        let twice = referrers_index(index_entries(&once), a.clone());
        assert_eq!(once, twice);
        let both = referrers_index(index_entries(&once), b);
        let listed = referrers(&both).unwrap();
        assert_eq!(listed.len(), 2);
        assert_eq!(listed[1].digest, D2);
    }
}
