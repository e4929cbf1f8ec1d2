//! Figures: medians and ranges, memory totals, file sizes, and the printed tables.

use std::fs;
use std::path::{Path, PathBuf};

use crate::run::Measured;

/// Median, min and max of `values` (not empty).
pub fn spread(values: &[f64]) -> (f64, f64, f64) {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    let median = if n % 2 == 1 { v[n / 2] } else { (v[n / 2 - 1] + v[n / 2]) / 2.0 };
    (median, v[0], v[n - 1])
}

pub fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

pub fn total_rss(m: &Measured) -> f64 {
    mib(m.procs.iter().map(|p| p.rss_kib).sum())
}

pub fn total_pss(m: &Measured) -> f64 {
    mib(m.procs.iter().map(|p| p.pss_kib).sum())
}

/// Everything measured for one app.
pub struct Results {
    pub label: String,
    pub runs: Vec<Measured>,
    pub sizes: Sizes,
}

impl Results {
    pub fn start(&self) -> (f64, f64, f64) {
        spread(&self.runs.iter().map(|m| m.start_ms).collect::<Vec<_>>())
    }
    pub fn self_reported(&self) -> (f64, f64, f64) {
        spread(&self.runs.iter().map(|m| m.self_ms as f64).collect::<Vec<_>>())
    }
    pub fn rss(&self) -> (f64, f64, f64) {
        spread(&self.runs.iter().map(total_rss).collect::<Vec<_>>())
    }
    pub fn pss(&self) -> (f64, f64, f64) {
        spread(&self.runs.iter().map(total_pss).collect::<Vec<_>>())
    }
}

/// On-disk sizes in bytes: the release binary and the installers (None when not built).
#[derive(Clone)]
pub struct Sizes {
    pub binary: (PathBuf, Option<u64>),
    pub deb: Option<(PathBuf, u64)>,
    pub rpm: Option<(PathBuf, u64)>,
}

impl Sizes {
    /// `product` is the bundle's productName: `Garage Desk_0.1.0_amd64.deb`,
    /// `Garage Desk-0.1.0-1.x86_64.rpm`. The newest matching file wins.
    pub fn find(binary: &Path, bundle_dir: &Path, product: &str) -> Sizes {
        let newest = |sub: &str, sep: &str, ext: &str| -> Option<(PathBuf, u64)> {
            let entries = fs::read_dir(bundle_dir.join(sub)).ok()?;
            entries
                .filter_map(|e| e.ok())
                .filter(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    name.starts_with(&format!("{product}{sep}")) && name.ends_with(ext)
                })
                .filter_map(|e| Some((e.path(), e.metadata().ok()?)))
                .max_by_key(|(_, m)| m.modified().ok())
                .map(|(p, m)| (p, m.len()))
        };
        Sizes {
            binary: (binary.to_owned(), fs::metadata(binary).ok().map(|m| m.len())),
            deb: newest("deb", "_", ".deb"),
            rpm: newest("rpm", "-", ".rpm"),
        }
    }

    pub fn figures(&self) -> [Option<u64>; 3] {
        [self.binary.1, self.deb.as_ref().map(|d| d.1), self.rpm.as_ref().map(|r| r.1)]
    }
}

fn mb(bytes: Option<u64>) -> String {
    bytes.map(|b| format!("{:.2}", b as f64 / 1e6)).unwrap_or_else(|| "-".to_owned())
}

fn ratio(a: f64, b: f64) -> String {
    if b > 0.0 {
        format!("{:.2}x", a / b)
    } else {
        "-".to_owned()
    }
}

pub fn print_start(all: &[&Results]) {
    println!("\n1. Cold start to the first interactive screen (spawn -> ready line on stderr), ms");
    println!("   {:<20} {:>8} {:>8} {:>8}   {:>22}", "app", "median", "min", "max", "app's own figure, median");
    for r in all {
        let (med, lo, hi) = r.start();
        let (own, _, _) = r.self_reported();
        println!("   {:<20} {med:>8.0} {lo:>8.0} {hi:>8.0}   {own:>22.0}", r.label);
    }
}

pub fn print_memory(all: &[&Results], idle_secs: f64) {
    println!(
        "\n2. Idle memory {idle_secs:.0} s after ready, all the app's processes (itself and every descendant), MiB"
    );
    println!(
        "   {:<20} {:>8} {:>8} {:>8}   {:>8} {:>8} {:>8}",
        "app", "RSS med", "min", "max", "PSS med", "min", "max"
    );
    for r in all {
        let (rm, rl, rh) = r.rss();
        let (pm, pl, ph) = r.pss();
        println!("   {:<20} {rm:>8.1} {rl:>8.1} {rh:>8.1}   {pm:>8.1} {pl:>8.1} {ph:>8.1}", r.label);
    }
    let others: Vec<usize> = all.iter().flat_map(|r| r.runs.iter().map(|m| m.other_webkit)).collect();
    println!(
        "   PSS splits shared pages among every process mapping them: other WebKit processes on the \
         machine (here {}-{} WebKitWebProcess not ours) lower it; RSS counts them in full",
        others.iter().min().unwrap_or(&0),
        others.iter().max().unwrap_or(&0)
    );
    println!("   per process, in the run with the median PSS (RSS / PSS, MiB):");
    for r in all {
        let (median, _, _) = r.pss();
        let run = r.runs.iter().min_by(|a, b| (total_pss(a) - median).abs().total_cmp(&(total_pss(b) - median).abs()));
        let Some(run) = run else { continue };
        let parts: Vec<String> =
            run.procs.iter().map(|p| format!("{} {:.1} / {:.1}", p.name, mib(p.rss_kib), mib(p.pss_kib))).collect();
        println!("   {:<20} {}", r.label, parts.join("; "));
    }
}

pub fn print_sizes(apps: &[(&str, &Sizes)]) {
    println!("\n3. Sizes on disk, MB (10^6 bytes)");
    println!("   {:<20} {:>10} {:>10} {:>10}", "app", "binary", ".deb", ".rpm");
    for (label, sizes) in apps {
        let [bin, deb, rpm] = sizes.figures();
        println!("   {label:<20} {:>10} {:>10} {:>10}", mb(bin), mb(deb), mb(rpm));
    }
    for (_, sizes) in apps {
        let files = std::iter::once(&sizes.binary.0).chain(sizes.deb.iter().chain(sizes.rpm.iter()).map(|f| &f.0));
        files.for_each(|f| println!("   {}", f.display()));
    }
}

pub fn print_ratios(bare: &Results, apps: &[&Results]) {
    println!("\nGarage Desk / {}", bare.label);
    println!("   {:<20} {:>10} {:>10} {:>10} {:>10} {:>10}", "", "start", "idle PSS", "binary", ".deb", ".rpm");
    let [bb, bd, br] = bare.sizes.figures();
    for r in apps {
        let [b, d, rp] = r.sizes.figures();
        let size = |a: Option<u64>, b: Option<u64>| match (a, b) {
            (Some(a), Some(b)) => ratio(a as f64, b as f64),
            _ => "-".to_owned(),
        };
        println!(
            "   {:<20} {:>10} {:>10} {:>10} {:>10} {:>10}",
            r.label,
            ratio(r.start().0, bare.start().0),
            ratio(r.pss().0, bare.pss().0),
            size(b, bb),
            size(d, bd),
            size(rp, br)
        );
    }
}
