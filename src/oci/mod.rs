//! Images between registries over the OCI distribution API (`images copy`, `images sync`):
//! references in any registry, manifests, the HTTP client and the copy itself. No AWS types:
//! ECR passwords come from `registry::transfer`.

pub mod challenge;
pub mod client;
pub mod copy;
pub mod manifest;
pub mod reference;
