//! The page inside another site's frame: one instrument, the host's call to
//! action for the result's band, and the messages that keep the host
//! informed (`embed_bridge`). Each embed bundle holds one instrument only.

use yew::prelude::*;

use crate::content::words::keys;
use crate::embed::events::run_progress;
use crate::embed::{EmbedEvent, Screen};
use crate::embed_bridge::{config, post, use_host_confirmed, use_host_messages};
use crate::pages::run::{RunFlowPage, RunView};
use crate::persist::hook::PersistHandle;
use crate::persist::plan::Mode;
use crate::store::{DocHandle, LaterWords};

#[derive(Properties, PartialEq)]
pub struct EmbedPageProps {
    /// The instrument it embeds: the one its bundle is built with.
    pub view: &'static RunView,
}

#[function_component(EmbedPage)]
pub fn embed_page(props: &EmbedPageProps) -> Html {
    let config = use_memo((), |_| config());
    let Some(store) = use_context::<DocHandle>() else {
        return html! {};
    };
    let view = props.view;
    let now = run_progress(view.of(), &store.doc, view.summary);
    let hold = now.screen == Screen::Result && store.later_words != LaterWords::Ready;
    use_host_messages(&config, &now, hold);
    let host_confirmed = use_host_confirmed(&config);
    let band = now
        .summary
        .as_ref()
        .filter(|_| now.screen == Screen::Result && host_confirmed && !hold)
        .map(|summary| summary.band);
    let cta = band.and_then(|band| config.cta_for(band));
    // The host hears which band's call to action was followed, nothing more:
    // by a click, or by the middle button that opens it in a new tab (not
    // the right button, which only opens a menu).
    let oncta = {
        let config = config.clone();
        Callback::from(move |event: MouseEvent| {
            if let Some(band) = band.filter(|_| event.button() <= 1) {
                let _ = post(&config, &EmbedEvent::Cta { band });
            }
        })
    };
    // Where the frame may store nothing, one calm line beside the result
    // (not a warning on arrival) offers the answers as a file.
    let keeps_nothing = use_context::<PersistHandle>().is_some_and(|p| p.mode == Mode::InMemory);
    let ondownload = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| crate::download::export_document(&store.doc))
    };
    html! {
        <>
            <RunFlowPage {view} />
            if keeps_nothing && now.screen == Screen::Result && !hold {
                <div class="embed-keep flow no-print">
                    <p class="muted">{ keys::NOTICES_FRAME_KEEPS_NOTHING_BODY }</p>
                    <button type="button" class="button" onclick={ondownload}>{ keys::NOTICES_FRAME_KEEPS_NOTHING_DOWNLOAD }</button>
                </div>
            }
            if let Some(cta) = cta {
                <aside class="embed-cta flow no-print" aria-label={crate::content::ui::EMBED_CTA_LABEL}>
                    <a class="button primary" href={cta.url.clone()} target="_blank" rel="noopener noreferrer" onclick={oncta.clone()} onauxclick={oncta}>
                        { cta.label.clone().unwrap_or_else(|| keys::SITE_UI_EMBED_CTA_DEFAULT.text()) }
                    </a>
                </aside>
            }
        </>
    }
}
