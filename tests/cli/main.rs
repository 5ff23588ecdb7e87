//! Integration tests: the real binary against a local ECR emulator, and the library against
//! in-process mocks where the emulator cannot go (ECR Public, paging, faults).

mod harness;
mod mocks;

mod audit;
mod check_push;
mod completions;
mod copy;
mod demo;
mod fake_ecr;
mod faults;
mod fleet;
mod images;
mod lifecycle;
mod login;
mod pipelines;
mod policy;
mod readme;
mod registry;
mod repo;
mod scan;
mod secrets;
mod selections;
mod snapshots;
mod tables;
mod template;
mod trust;
mod validation;
