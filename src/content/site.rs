//! Text shared by every screen: the brand, the skip link, the footer.

pub const BRAND: &str = "Forkpoint";
pub const BRAND_TAGLINE: &str = "Decide your next career move";
pub const SKIP_TO_CONTENT: &str = "Skip to content";
pub const HOME_LINK_LABEL: &str = "Forkpoint home";
pub const NAV_LABEL: &str = "Main";
/// The embed documentation page (`assets/embedding.html`, built next to the app).
pub const EMBED_DOCS_HREF: &str = "embedding.html";
pub const EMBED_DOCS_LINK: &str = "Embed Forkpoint on your careers site.";
pub const FOOTER_PRIVACY: &str =
    "Everything you answer stays in this browser. Forkpoint has no server, no account and no tracking.";
pub const NOT_FOUND_TITLE: &str = "We could not find that page";
pub const NOT_FOUND_BODY: &str =
    "The link may be old or mistyped. Both instruments are on the home page.";
pub const BACK_HOME: &str = "Back to the home page";
