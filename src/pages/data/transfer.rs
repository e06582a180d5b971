//! Export to a file, and import one back: validated, previewed, and only
//! applied after the person confirms.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::focus::focus_soon;
use crate::content::data_screens as text;
use crate::download::{export_document, read_chosen_file};
use crate::persist::plan::Notice;
use crate::state::document::DocAction;
use crate::state::{preview_import, ImportPreview, LoadError};
use crate::store::{DocHandle, StoreAction};

#[derive(Properties, PartialEq)]
pub struct TransferProps {
    pub store: DocHandle,
    pub notify: Callback<Notice>,
}

#[derive(Clone, PartialEq)]
enum Import {
    Idle,
    Preview(Box<ImportPreview>),
    /// Why the file cannot be read: its words (the data errors) come with
    /// the page's later words, so it is worded when shown.
    Failed(LoadError),
    /// The file itself could not be read (the browser's message).
    Unreadable(String),
}

#[function_component(Transfer)]
pub fn transfer(props: &TransferProps) -> Html {
    let import = use_state(|| Import::Idle);
    let input = use_node_ref();
    let onexport = {
        let store = props.store.clone();
        Callback::from(move |_: MouseEvent| export_document(&store.doc))
    };
    let onchange = {
        let import = import.clone();
        Callback::from(move |event: Event| {
            let Some(field) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            let import = import.clone();
            yew::platform::spawn_local(async move {
                let next = match read_chosen_file(&field).await {
                    Ok(content) => match preview_import(&content) {
                        Ok(preview) => Import::Preview(Box::new(preview)),
                        Err(error) => Import::Failed(error),
                    },
                    Err(error) => Import::Unreadable(error),
                };
                let previewing = matches!(next, Import::Preview(_));
                import.set(next);
                // The preview asks for a decision: take the person to it.
                if previewing {
                    focus_soon("#import-preview");
                }
            });
        })
    };
    let reset = {
        let (import, input) = (import.clone(), input.clone());
        move || {
            import.set(Import::Idle);
            if let Some(field) = input.cast::<web_sys::HtmlInputElement>() {
                field.set_value("");
            }
        }
    };
    let oncancel = {
        let reset = reset.clone();
        Callback::from(move |_: MouseEvent| {
            reset();
            focus_soon("#import-file");
        })
    };
    let onconfirm = {
        let (import, store, notify) = (import.clone(), props.store.clone(), props.notify.clone());
        Callback::from(move |_: MouseEvent| {
            if let Import::Preview(preview) = &*import {
                store.dispatch(StoreAction::Do(DocAction::Replace(
                    preview.loaded.document.clone(),
                )));
                notify.emit(Notice::Imported);
                focus_soon("[data-notice=imported]");
            } else {
                focus_soon("#import-file");
            }
            reset();
        })
    };
    let failed = |message: String| {
        html! {
            <div class="callout" role="alert">
                <h3>{ text::IMPORT_FAILED }</h3>
                <p>{ message }</p>
            </div>
        }
    };
    html! {
        <section class="result-section" aria-labelledby="transfer-heading">
            <h2 id="transfer-heading">{ text::TRANSFER_HEADING }</h2>
            <p>{ text::EXPORT_LEAD }</p>
            <p><button type="button" class="button" onclick={onexport}>{ text::EXPORT }</button></p>
            <label class="field-label" for="import-file">{ text::IMPORT_LABEL }</label>
            <p class="muted" id="import-hint">{ text::IMPORT_HINT }</p>
            <input id="import-file" type="file" accept=".json,application/json" ref={input}
                aria-describedby="import-hint" {onchange} />
            { match &*import {
                Import::Idle => html! {},
                Import::Failed(error) => failed(error.message()),
                Import::Unreadable(message) => failed(message.clone()),
                Import::Preview(preview) => html! {
                    <div class="import-preview" id="import-preview" tabindex="-1" role="region" aria-label={text::IMPORT_PREVIEW_LABEL}>
                        <p>{ text::import_summary(&preview.results, preview.in_progress) }</p>
                        if preview.loaded.skipped_entries > 0 {
                            <div class="callout"><p>{ text::import_drops(preview.loaded.skipped_entries) }</p></div>
                        }
                        <p>{ text::IMPORT_REPLACES }</p>
                        <div class="step-nav">
                            <button type="button" class="button" onclick={oncancel}>{ text::IMPORT_CANCEL }</button>
                            <button type="button" class="button primary" onclick={onconfirm}>{ text::IMPORT_CONFIRM }</button>
                        </div>
                    </div>
                },
            } }
        </section>
    }
}
