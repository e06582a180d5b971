//! The binary for `embed-quiz.html`: the Fork quiz inside another site's page.

fn main() {
    forkpoint::start_embed(forkpoint::embed::Instrument::Quiz);
}
