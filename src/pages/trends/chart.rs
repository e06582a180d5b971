//! Each instrument taken two or more times, over time: a chart (SVG
//! attributes, no inline styles, so the strict Content-Security-Policy
//! holds) with a line per measure, and the same figures in a table that
//! can be revealed. The series come from `crate::trends`.
//!
//! Written as markup text rather than `html!`: a chart is hundreds of
//! elements that never change once drawn, and building them as virtual
//! nodes costs the results page's first load several KiB. Every word and
//! date in it is escaped (`escape`); the rest are numbers and class names.

use std::fmt::Write as _;

use yew::prelude::*;

use crate::content::data_screens as text;
use crate::content::words::{keys, locale, Word};
use crate::instrument::Instrument;
use crate::state::SavedResult;
use crate::trends::{trends, Measure, Trend, MOST_SHOWN};

/// The chart's box: values 0–100 run from y 110 (0) up to y 10 (100).
const LEFT: usize = 12;
const RIGHT: usize = 308;

fn x(index: usize, count: usize) -> usize {
    LEFT + index * (RIGHT - LEFT) / count.saturating_sub(1).max(1)
}

fn y(value: u8) -> usize {
    110 - usize::from(value.min(100))
}

/// Text made safe to put between tags and inside double-quoted attributes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            other => out.push(other),
        }
    }
    out
}

fn word(word: Word) -> String {
    escape(&word.text())
}

fn measure_label(measure: Measure) -> Word {
    let Measure::Score(name) = measure;
    name
}

fn name(instrument: Instrument) -> Word {
    text::instrument_name(instrument)
}

fn date(at: u64) -> String {
    escape(&crate::intl::date_time(&locale(), at).unwrap_or_else(|| text::UNKNOWN_DATE.text()))
}

/// The chart: a faint axis and midline, then per series a line and a point per result.
fn chart(out: &mut String, trend: &Trend) {
    let count = trend.dates.len();
    let when = |at: Option<&u64>| at.map(|at| date(*at)).unwrap_or_default();
    let label = keys::RESULTS_TRENDS_CHART_LABEL.with(&[
        ("instrument", &name(trend.instrument).text()),
        ("count", &count.to_string()),
        ("first", &when(trend.dates.first())),
        ("last", &when(trend.dates.last())),
    ]);
    let _ = write!(
        out,
        r#"<svg class="trend-chart" viewBox="0 0 320 120" role="img" aria-label="{}"><line class="trend-axis" x1="{LEFT}" y1="110" x2="{RIGHT}" y2="110"/><line class="trend-middle" x1="{LEFT}" y1="60" x2="{RIGHT}" y2="60"/>"#,
        escape(&label)
    );
    for (at, series) in trend.series.iter().enumerate() {
        let _ = write!(out, r#"<g class="series series-{at}"><polyline points=""#);
        for (i, value) in series.values.iter().enumerate() {
            let _ = write!(out, "{},{} ", x(i, count), y(*value));
        }
        out.push_str(r#""/>"#);
        for (i, value) in series.values.iter().enumerate() {
            let _ = write!(
                out,
                r#"<circle cx="{}" cy="{}" r="2.5"/>"#,
                x(i, count),
                y(*value)
            );
        }
        out.push_str("</g>");
    }
    out.push_str("</svg>");
}

/// The legend (for several lines), then the figures in a table to reveal.
fn legend_and_figures(out: &mut String, trend: &Trend) {
    if trend.series.len() > 1 {
        out.push_str(r#"<ul class="trend-legend" aria-hidden="true">"#);
        for (at, series) in trend.series.iter().enumerate() {
            let _ = write!(
                out,
                r#"<li><svg viewBox="0 0 24 8" class="trend-key series-{at}"><line x1="0" y1="4" x2="24" y2="4"/></svg>{}</li>"#,
                word(measure_label(series.measure))
            );
        }
        out.push_str("</ul>");
    }
    let _ = write!(
        out,
        r#"<details class="trend-figures"><summary>{}</summary><div class="table-wrap"><table class="stack-table"><thead><tr><th scope="col">{}</th>"#,
        word(keys::RESULTS_TRENDS_SHOW_FIGURES),
        word(keys::RESULTS_TRENDS_DATE)
    );
    let labels: Vec<String> = trend
        .series
        .iter()
        .map(|s| word(measure_label(s.measure)))
        .collect();
    for label in &labels {
        let _ = write!(out, r#"<th scope="col">{label}</th>"#);
    }
    out.push_str("</tr></thead><tbody>");
    for (i, at) in trend.dates.iter().enumerate() {
        let _ = write!(out, r#"<tr><th scope="row">{}</th>"#, date(*at));
        for (series, label) in trend.series.iter().zip(&labels) {
            let value = series.values.get(i).copied().unwrap_or_default();
            let _ = write!(out, r#"<td data-label="{label}">{value}</td>"#);
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div></details>");
}

/// A section per instrument with two or more readable results; none
/// (`None`) when there is no such instrument.
pub fn trends_sections(history: &[SavedResult]) -> Option<Html> {
    let trends = trends(history);
    if trends.is_empty() {
        return None;
    }
    let mut out = String::new();
    for trend in &trends {
        let _ = write!(
            out,
            r#"<section class="result-section trend"><h2>{}</h2><p class="muted">{}</p>"#,
            word(name(trend.instrument)),
            word(trend.instrument.trend_caption())
        );
        if trend.total > MOST_SHOWN {
            let latest = keys::RESULTS_TRENDS_LATEST
                .count(trend.dates.len(), &[("total", &trend.total.to_string())]);
            let _ = write!(out, "<p>{}</p>", escape(&latest));
        }
        chart(&mut out, trend);
        legend_and_figures(&mut out, trend);
        out.push_str("</section>");
    }
    Some(Html::from_html_unchecked(AttrValue::from(out)))
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn words_and_dates_cannot_become_markup() {
        assert_eq!(
            escape(r#"<img src=x onerror="a()"> & co"#),
            "&lt;img src=x onerror=&quot;a()&quot;&gt; &amp; co"
        );
    }
}
