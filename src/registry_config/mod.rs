//! Registry-wide settings as `registry scanning|replication|pull-through|policy` write them:
//! models, the checks ECR's API makes (so nothing invalid is sent), normal forms for diffs,
//! which repositories each rule covers, and whether a destination's registry policy allows
//! replication. Pure: no AWS types.

pub mod filters;
pub mod pull_through;
pub mod replication;
pub mod scanning;
