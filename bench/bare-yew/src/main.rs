//! A heading and one link styled as Forkpoint's start buttons are, so the
//! benchmark's probe ("the first `main a.button.primary`") finds it the same way.

use yew::prelude::*;

#[function_component(App)]
fn app() -> Html {
    html! {
        <main>
            <h1>{ "Bare Yew" }</h1>
            <a class="button primary" href="#/">{ "Start" }</a>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
