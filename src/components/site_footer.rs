//! The bottom bar: the privacy promise on every screen, and the way to the
//! embed documentation for career sites.

use yew::prelude::*;

use crate::content::site;

pub fn site_footer() -> Html {
    html! {
        <footer class="site-footer">
            <p>
                { site::FOOTER_PRIVACY }{ " " }
                <a href={site::EMBED_DOCS_HREF}>{ site::EMBED_DOCS_LINK }</a>
            </p>
        </footer>
    }
}
