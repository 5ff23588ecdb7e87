//! How long `images scan` takes to judge and render 5,000 findings, each view on its own
//! (the target: under 0.2 s). `cargo run --release --example scan_render [N]`; the
//! figures are for reading, never asserted (these machines are shared and noisy).

use std::time::Instant;

use ecrctl::scan::report::{self, Run};
use ecrctl::scan::{
    judge, FailOn, Finding, Fix, IgnoreList, ImageScan, Policy, ScanKind, Severity,
};

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(5000);
    let findings: Vec<Finding> = (0..n)
        .map(|i| Finding {
            package: Some(format!("package-{}", i % 700)),
            installed_version: Some(format!("1.{}.{}", i % 13, i % 7)),
            fixed_version: (i % 3 == 0).then(|| format!("1.{}.99", i % 13)),
            fix: if i % 3 == 0 { Fix::Yes } else { Fix::No },
            cvss_score: Some((i % 100) as f64 / 10.0),
            uri: Some(format!(
                "https://nvd.nist.gov/vuln/detail/CVE-2024-{:05}",
                i
            )),
            title: Some(format!(
                "CVE-2024-{i:05}: a buffer overflow in package-{}",
                i % 700
            )),
            description: Some(
                "A long description of the vulnerability, as Inspector gives it. ".repeat(6),
            ),
            ..Finding::new(format!("CVE-2024-{i:05}"), Severity::ALL[i % 6])
        })
        .collect();
    let ignore: String = (0..50)
        .map(|i| format!("CVE-2024-{:05} exp:2099-01-01 reviewed\n", i * 7))
        .collect();
    let scans = vec![ImageScan {
        repository: "team-a/api".into(),
        image: "team-a/api:v1".into(),
        digest: format!("sha256:{}", "a".repeat(64)),
        platform: Some("linux/amd64".into()),
        kind: Some(ScanKind::Enhanced),
        status: "COMPLETE".into(),
        status_description: None,
        completed_at: Some(1_796_000_000),
        source_updated_at: None,
        findings,
        started: false,
    }];
    let policy = Policy {
        fail_on: Some(FailOn::High),
        fixable_only: false,
        ignore: IgnoreList::parse("ignore", &ignore).expect("a valid ignore file"),
        now: 1_796_000_000,
    };
    let t = Instant::now();
    let judged = judge(scans, &policy);
    let judge_time = t.elapsed();
    let run = Run {
        images: &judged.images,
        fail_on: Some("high"),
        started_at: 1_796_000_000,
        finished_at: 1_796_000_060,
        location: None,
    };
    println!(
        "{n} findings: judge {:.1} ms",
        judge_time.as_secs_f64() * 1e3
    );
    let views: [(&str, &dyn Fn() -> usize); 5] = [
        ("sarif", &|| report::sarif(&run).len()),
        ("gitlab", &|| report::gitlab(&run).len()),
        ("junit", &|| report::junit(&run).len()),
        ("github annotations", &|| {
            report::github_annotations(&run).len()
        }),
        ("step summary", &|| report::step_summary(&run).len()),
    ];
    for (name, view) in views {
        let t = Instant::now();
        let size = view();
        println!(
            "{name:>20}: {:7.1} ms ({size} bytes or lines)",
            t.elapsed().as_secs_f64() * 1e3
        );
    }
}
