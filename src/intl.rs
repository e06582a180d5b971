//! The browser's `Intl`, for what differs between languages beyond words:
//! plural categories and how numbers are written. Host builds (the tests)
//! follow English.

/// The browser's formatters, made once per locale: making one costs far
/// more than using it (`Number.toLocaleString` makes one on every call).
#[cfg(target_arch = "wasm32")]
struct Formatters {
    locale: String,
    numbers: Option<js_sys::Function>,
    plurals: Option<js_sys::Intl::PluralRules>,
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    static FORMATTERS: std::cell::RefCell<Option<Formatters>> = const { std::cell::RefCell::new(None) };
}

/// `[locale]`, as `Intl` constructors take their locales.
#[cfg(target_arch = "wasm32")]
fn locales_of(locale: &str) -> js_sys::Array {
    js_sys::Array::of1(&locale.into())
}

#[cfg(target_arch = "wasm32")]
fn with_formatters<T>(locale: &str, use_them: impl FnOnce(&mut Formatters) -> T) -> T {
    FORMATTERS.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.as_ref().is_some_and(|f| f.locale != locale) {
            *cell = None;
        }
        let formatters = cell.get_or_insert_with(|| Formatters {
            locale: locale.to_string(),
            numbers: None,
            plurals: None,
        });
        use_them(formatters)
    })
}

/// The plural category of `count` in `locale`: `one`, `other`, and in some
/// languages `zero`, `two`, `few` or `many`.
pub fn plural_category(locale: &str, count: usize) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        with_formatters(locale, |f| {
            let locales = js_sys::Array::of1(&f.locale.as_str().into());
            f.plurals
                .get_or_insert_with(|| {
                    js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new())
                })
                .select(count as f64)
                .into()
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = locale;
        if count == 1 { "one" } else { "other" }.to_string()
    }
}

/// A whole number as the locale writes it ("1,250" in English, "1.250" in German).
pub fn whole_number(locale: &str, value: i64) -> String {
    // 0 to 999 read the same in every locale the catalogs hold (Latin
    // digits, nothing to group), and the first screen shows only such
    // numbers: making the browser's formatter costs a slow phone tens of
    // milliseconds before anything shows. A locale with digits of its own
    // (Arabic, Bengali…) must remove this shortcut.
    if (0..1000).contains(&value) {
        return value.to_string();
    }
    number(locale, value as f64, 0)
}

/// A number with at most `fraction_digits` decimals, as the locale writes it.
pub fn number(locale: &str, value: f64, fraction_digits: u8) -> String {
    // Rounded here, so the browser's default (up to three decimals) shows
    // no more than asked.
    let scale = 10f64.powi(i32::from(fraction_digits));
    let rounded = crate::content::numbers::whole(value * scale) as f64 / scale;
    #[cfg(target_arch = "wasm32")]
    {
        with_formatters(locale, |f| {
            let Formatters {
                locale, numbers, ..
            } = f;
            numbers
                .get_or_insert_with(|| {
                    let options = js_sys::Object::new();
                    // Callers round first; this only keeps the browser from adding digits.
                    let _ =
                        js_sys::Reflect::set(&options, &"maximumFractionDigits".into(), &3.into());
                    js_sys::Intl::NumberFormat::new(&locales_of(locale), &options).format()
                })
                .call1(&wasm_bindgen::JsValue::UNDEFINED, &rounded.into())
                .ok()
                .and_then(|text| text.as_string())
                .unwrap_or_default()
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = locale;
        let sign = if rounded < 0.0 { "-" } else { "" };
        let scaled = crate::content::numbers::whole(rounded.abs() * scale).unsigned_abs();
        let whole = (scaled / scale as u64).to_string();
        // English groups thousands with commas.
        let mut grouped = String::new();
        for (at, digit) in whole.chars().enumerate() {
            if at > 0 && (whole.len() - at).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(digit);
        }
        let fraction = scaled % scale as u64;
        if fraction == 0 {
            format!("{sign}{grouped}")
        } else {
            let digits = format!("{fraction:0width$}", width = usize::from(fraction_digits));
            format!("{sign}{grouped}.{}", digits.trim_end_matches('0'))
        }
    }
}

/// A moment (ms since the epoch) as the locale writes a date and time;
/// None past the last moment a browser's `Date` can hold (stored data may
/// say anything), for the caller to word.
pub fn date_time(locale: &str, at_ms: u64) -> Option<String> {
    if at_ms > LAST_MS {
        return None;
    }
    #[cfg(target_arch = "wasm32")]
    {
        let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at_ms as f64));
        Some(String::from(
            date.to_locale_string(locale, &wasm_bindgen::JsValue::UNDEFINED),
        ))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = locale;
        iso_date_time(at_ms)
    }
}

/// The last moment a JavaScript `Date` can hold (ms since the epoch): past
/// it a date is invalid, and `toISOString` throws.
const LAST_MS: u64 = 8_640_000_000_000_000;

/// A moment (ms since the epoch) for machines: the `datetime` of `<time>`;
/// None where `date_time` is.
pub fn iso_date_time(at_ms: u64) -> Option<String> {
    if at_ms > LAST_MS {
        return None;
    }
    #[cfg(target_arch = "wasm32")]
    {
        let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at_ms as f64));
        Some(String::from(date.to_iso_string()))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Some(format!("@{at_ms}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_on_the_host() {
        assert_eq!(plural_category("en", 1), "one");
        assert_eq!(plural_category("en", 0), "other");
        assert_eq!(whole_number("en", 1250), "1,250");
        assert_eq!(whole_number("en", 59), "59");
        assert_eq!(number("en", 17.25, 1), "17.3");
        assert_eq!(number("en", 17.0, 1), "17");
        assert_eq!(number("en", -2.5, 1), "-2.5");
    }

    #[test]
    fn a_moment_no_date_can_hold_is_none_never_invalid() {
        // Issue "Never lose an answer", failure 11: "Invalid Date" was shown.
        assert!(date_time("en", LAST_MS).is_some());
        assert_eq!(date_time("en", LAST_MS + 1), None);
        assert_eq!(iso_date_time(u64::MAX), None);
    }
}
