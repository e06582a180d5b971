//! The share image of a result, drawn on a canvas in the browser: the
//! result's name, its heading and its chart, never the answers. The page
//! says what to draw (`Picture`, words already filled in); this adapter
//! draws it and turns every canvas error into a message.

use wasm_bindgen::{JsCast, JsValue};

use crate::download::message;

/// The image's size in pixels: the size link previews use (1.91 : 1).
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// One lean from 0 to 100 with its two ends, drawn as a track and a dot.
pub struct Lean {
    pub label: String,
    /// 0 to 100.
    pub score: f64,
    /// The score as the page writes it ("72 of 100").
    pub value: String,
}

/// What the chart shows.
pub enum Chart {
    /// Leans between two poles (the Fork quiz: overall, then each dimension).
    Leans {
        leans: Vec<Lean>,
        left: String,
        right: String,
    },
    /// Scores from 0 to 100 (an instrument whose answers are positions),
    /// each a bar filled as far as its score.
    Scores(Vec<Lean>),
    /// One whole split in two (the path diagnostic's blend): the first part
    /// takes `first` percent.
    Split {
        first: u8,
        first_label: String,
        second_label: String,
    },
}

/// Everything on the image, in the person's language.
pub struct Picture {
    pub eyebrow: String,
    pub title: String,
    pub chart: Chart,
    pub footer: String,
}

const INK: &str = "#1b1b24";
const MUTED: &str = "#4a4a5a";
const ACCENT: &str = "#3a3fb8";
const ACCENT_SOFT: &str = "#c9cbf2";
const TRACK: &str = "#e4e4ee";
const PAPER: &str = "#ffffff";
const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const LEFT: f64 = 80.0;
const RIGHT: f64 = WIDTH as f64 - 80.0;

/// How a line of the image is set: size in px, weight, colour.
#[derive(Clone, Copy)]
struct Set(f64, &'static str, &'static str);

/// Writes `text` at (x, y), made smaller until it fits `width`.
fn text(
    ctx: &web_sys::CanvasRenderingContext2d,
    text: &str,
    (x, y): (f64, f64),
    Set(size, weight, colour): Set,
    width: f64,
) -> Result<(), String> {
    let mut size = size;
    loop {
        ctx.set_font(&format!("{weight} {size}px {FONT}"));
        let measured = ctx.measure_text(text).map_err(message)?.width();
        if measured <= width || size <= 12.0 {
            break;
        }
        size -= 2.0;
    }
    ctx.set_fill_style_str(colour);
    ctx.fill_text(text, x, y).map_err(message)
}

fn rounded(
    ctx: &web_sys::CanvasRenderingContext2d,
    x: f64,
    y: f64,
    width: f64,
    height: f64,
    colour: &str,
) {
    ctx.set_fill_style_str(colour);
    ctx.begin_path();
    let radius = (height / 2.0).min(width / 2.0);
    let _ = ctx.round_rect_with_f64(x, y, width, height, radius);
    ctx.fill();
}

/// Draws `picture` on `canvas`, sized `WIDTH` × `HEIGHT`.
pub fn draw(canvas: &web_sys::HtmlCanvasElement, picture: &Picture) -> Result<(), String> {
    canvas.set_width(WIDTH);
    canvas.set_height(HEIGHT);
    let ctx: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .map_err(message)?
        .ok_or("no 2D canvas")?
        .dyn_into()
        .map_err(|_| "no 2D canvas".to_string())?;
    ctx.set_fill_style_str(PAPER);
    ctx.fill_rect(0.0, 0.0, WIDTH as f64, HEIGHT as f64);
    ctx.set_fill_style_str(ACCENT);
    ctx.fill_rect(0.0, 0.0, 20.0, HEIGHT as f64);
    ctx.set_text_baseline("alphabetic");
    let width = RIGHT - LEFT;
    text(
        &ctx,
        &picture.eyebrow,
        (LEFT, 96.0),
        Set(30.0, "600", ACCENT),
        width,
    )?;
    text(
        &ctx,
        &picture.title,
        (LEFT, 172.0),
        Set(64.0, "700", INK),
        width,
    )?;
    match &picture.chart {
        Chart::Leans { leans, left, right } => {
            let label_width = 300.0;
            let track_x = LEFT + label_width;
            let track_width = RIGHT - track_x;
            let mut y = 232.0;
            text(
                &ctx,
                left,
                (track_x, y),
                Set(20.0, "400", MUTED),
                track_width / 2.0,
            )?;
            ctx.set_text_align("right");
            text(
                &ctx,
                right,
                (RIGHT, y),
                Set(20.0, "400", MUTED),
                track_width / 2.0,
            )?;
            ctx.set_text_align("left");
            for (at, lean) in leans.iter().enumerate() {
                y += if at == 0 { 44.0 } else { 50.0 };
                let weight = if at == 0 { "700" } else { "400" };
                text(
                    &ctx,
                    &format!("{} · {}", lean.label, lean.value),
                    (LEFT, y + 8.0),
                    Set(24.0, weight, INK),
                    label_width - 20.0,
                )?;
                rounded(&ctx, track_x, y - 6.0, track_width, 12.0, TRACK);
                ctx.set_fill_style_str(MUTED);
                ctx.fill_rect(track_x + track_width / 2.0 - 1.0, y - 12.0, 2.0, 24.0);
                let dot = track_x + track_width * lean.score.clamp(0.0, 100.0) / 100.0;
                ctx.set_fill_style_str(ACCENT);
                ctx.begin_path();
                ctx.arc(
                    dot,
                    y,
                    if at == 0 { 14.0 } else { 11.0 },
                    0.0,
                    std::f64::consts::TAU,
                )
                .map_err(message)?;
                ctx.fill();
            }
        }
        Chart::Scores(scores) => {
            // Two scores fill the space between the title and the footer.
            let mut y = 270.0;
            for score in scores {
                text(
                    &ctx,
                    &format!("{} · {}", score.label, score.value),
                    (LEFT, y),
                    Set(34.0, "700", INK),
                    width,
                )?;
                rounded(&ctx, LEFT, y + 26.0, width, 52.0, ACCENT_SOFT);
                let filled = width * score.score.clamp(0.0, 100.0) / 100.0;
                if filled > 0.0 {
                    rounded(&ctx, LEFT, y + 26.0, filled, 52.0, ACCENT);
                }
                y += 150.0;
            }
        }
        Chart::Split {
            first,
            first_label,
            second_label,
        } => {
            let y = 300.0;
            let split = width * f64::from((*first).min(100)) / 100.0;
            rounded(&ctx, LEFT, y, width, 72.0, ACCENT_SOFT);
            if split > 0.0 {
                rounded(&ctx, LEFT, y, split, 72.0, ACCENT);
            }
            text(
                &ctx,
                first_label,
                (LEFT, y + 130.0),
                Set(34.0, "700", ACCENT),
                width / 2.0,
            )?;
            ctx.set_text_align("right");
            text(
                &ctx,
                second_label,
                (RIGHT, y + 130.0),
                Set(34.0, "700", INK),
                width / 2.0,
            )?;
            ctx.set_text_align("left");
        }
    }
    text(
        &ctx,
        &picture.footer,
        (LEFT, HEIGHT as f64 - 48.0),
        Set(22.0, "400", MUTED),
        width,
    )
}

/// The canvas as a PNG, handed to `done` (the browser makes it off the
/// main thread, then calls back); an error now when the browser refuses.
pub fn to_png(
    canvas: &web_sys::HtmlCanvasElement,
    done: impl FnOnce(Result<web_sys::Blob, String>) + 'static,
) -> Result<(), String> {
    let callback = wasm_bindgen::closure::Closure::once_into_js(move |blob: JsValue| {
        done(
            blob.dyn_into::<web_sys::Blob>()
                .map_err(|_| "no image came back".to_string()),
        )
    });
    canvas
        .to_blob_with_type(callback.unchecked_ref(), "image/png")
        .map_err(message)
}
