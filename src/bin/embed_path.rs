//! The binary for `embed-path.html`: the path diagnostic inside another site's page.

fn main() {
    forkpoint::start_embed(forkpoint::embed::Instrument::Path);
}
