//! Integration tests: the real binary against a local ECR emulator, and the library against
//! in-process mocks where the emulator cannot go (ECR Public, paging, faults).

mod harness;
mod mocks;

mod audit;
mod audit_mocks;
mod check_push;
mod check_push_mocks;
mod completions;
mod demo;
mod fake_ecr;
mod faults;
mod images;
mod images_mocks;
mod pipelines;
mod policy;
mod policy_mocks;
mod public;
mod readme;
mod repo;
mod secrets;
mod snapshots;
mod tables;
mod trust;
mod validation;
