//! Presentational function components: props in, markup and `on*` callbacks out.

pub mod blend_bar;
pub mod choice_group;
pub mod confirm;
pub mod diverging_bar;
pub mod focus;
pub mod instrument_card;
pub mod later_words;
pub mod notice_list;
pub mod page_title;
pub mod progress_bar;
pub mod result_actions;
pub mod score_bar;
pub mod screen;
pub mod share_box;
pub mod site_footer;
pub mod site_header;
pub mod skip_link;
pub mod step_nav;
pub mod welcome_back;
pub mod what_moved;

use yew::{Callback, MouseEvent};

/// A click handler that just fires `callback`. One shared closure type for
/// every such button keeps the wasm smaller than a closure at each site.
pub fn on_click(callback: &Callback<()>) -> Callback<MouseEvent> {
    callback.reform(|_: MouseEvent| ())
}

/// A word from the catalogs can stand wherever text goes in `html!`:
/// `{ site::BRAND }` as a child, `aria-label={site::HOME_LINK_LABEL}`.
mod word_props {
    use yew::html::IntoPropValue;
    use yew::virtual_dom::VNode;
    use yew::AttrValue;

    use crate::content::words::Word;

    impl IntoPropValue<VNode> for Word {
        fn into_prop_value(self) -> VNode {
            VNode::from(self.text())
        }
    }

    impl From<Word> for AttrValue {
        fn from(word: Word) -> AttrValue {
            AttrValue::from(word.text())
        }
    }

    impl IntoPropValue<AttrValue> for Word {
        fn into_prop_value(self) -> AttrValue {
            AttrValue::from(self.text())
        }
    }

    impl IntoPropValue<Option<AttrValue>> for Word {
        fn into_prop_value(self) -> Option<AttrValue> {
            Some(AttrValue::from(self.text()))
        }
    }
}
