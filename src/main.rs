//! The binary for `index.html`: home and the two instruments.

fn main() {
    forkpoint::start();
}
