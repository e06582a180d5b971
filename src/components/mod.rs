//! Presentational function components: props in, markup and `on*` callbacks out.

pub mod blend_bar;
pub mod choice_group;
pub mod diverging_bar;
pub mod focus;
pub mod instrument_card;
pub mod notice_list;
pub mod page_title;
pub mod progress_bar;
pub mod result_actions;
pub mod share_box;
pub mod site_footer;
pub mod site_header;
pub mod skip_link;
pub mod step_nav;
pub mod welcome_back;

use yew::{Callback, MouseEvent};

/// A click handler that just fires `callback`. One shared closure type for
/// every such button keeps the wasm smaller than a closure at each site.
pub fn on_click(callback: &Callback<()>) -> Callback<MouseEvent> {
    callback.reform(|_: MouseEvent| ())
}
