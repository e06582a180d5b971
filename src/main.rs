//! The binary Trunk builds: it only starts the app defined in the library.

fn main() {
    forkpoint::start();
}
