//! Reads shared by several commands, on the SDK clients; they return ecrctl's own types.

pub mod lookup;
