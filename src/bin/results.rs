//! The binary for `results.html`: history, comparison, export, import and
//! shared results, loaded only when someone opens them.

fn main() {
    forkpoint::start_results();
}
