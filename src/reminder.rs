//! A reminder to take an instrument again: the day some months from today,
//! and an iCalendar event (RFC 5545) for it that any calendar opens. Pure:
//! the page gives today's date, the words and the link back.

/// A calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    pub year: i32,
    /// 1 to 12.
    pub month: u8,
    /// 1 to the month's length.
    pub day: u8,
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Day {
    /// The same day `months` later; a day the month lacks (31 August plus
    /// six months) becomes that month's last.
    pub fn months_later(self, months: u32) -> Day {
        let from_zero = self.year as i64 * 12 + i64::from(self.month) - 1 + i64::from(months);
        let year = from_zero.div_euclid(12) as i32;
        let month = from_zero.rem_euclid(12) as u8 + 1;
        Day {
            year,
            month,
            day: self.day.min(days_in(year, month)),
        }
    }

    /// The day after.
    pub fn next(self) -> Day {
        if self.day < days_in(self.year, self.month) {
            Day {
                day: self.day + 1,
                ..self
            }
        } else if self.month < 12 {
            Day {
                month: self.month + 1,
                day: 1,
                ..self
            }
        } else {
            Day {
                year: self.year + 1,
                month: 1,
                day: 1,
            }
        }
    }

    /// `20270302`, as iCalendar writes a date.
    pub fn compact(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }

    /// `2027-03-02`, for a file name.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// One all-day event with an alarm that morning.
pub struct Event<'a> {
    /// Unique for this reminder, e.g. "20261202T101500Z-quiz-3@forkpoint".
    pub uid: &'a str,
    /// When it was made, in UTC: `20261202T101500Z`.
    pub stamp: &'a str,
    pub day: Day,
    pub summary: &'a str,
    pub description: &'a str,
    /// The way back to the instrument: never the answers.
    pub url: &'a str,
}

/// A text value with `\`, `;`, `,` and line breaks escaped.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets (never inside a character), each
/// line ended by CRLF.
fn folded(line: &str, into: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            into.push_str("\r\n ");
            width = 1;
        }
        into.push(c);
        width += c.len_utf8();
    }
    into.push_str("\r\n");
}

/// The `.ics` file for `event`.
pub fn calendar(event: &Event) -> String {
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Forkpoint//Reminder//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", text(event.uid)),
        format!("DTSTAMP:{}", event.stamp),
        format!("DTSTART;VALUE=DATE:{}", event.day.compact()),
        format!("DTEND;VALUE=DATE:{}", event.day.next().compact()),
        format!("SUMMARY:{}", text(event.summary)),
        format!(
            "DESCRIPTION:{}",
            text(&format!("{}\n{}", event.description, event.url))
        ),
        format!("URL:{}", event.url),
        "TRANSP:TRANSPARENT".to_string(),
        "BEGIN:VALARM".to_string(),
        "ACTION:DISPLAY".to_string(),
        format!("DESCRIPTION:{}", text(event.summary)),
        // Nine in the morning of the day.
        "TRIGGER;RELATED=START:PT9H".to_string(),
        "END:VALARM".to_string(),
        "END:VEVENT".to_string(),
        "END:VCALENDAR".to_string(),
    ];
    let mut out = String::new();
    for line in &lines {
        folded(line, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const fn day(year: i32, month: u8, day: u8) -> Day {
        Day { year, month, day }
    }

    #[test]
    fn months_later_keeps_the_day_or_takes_the_months_last() {
        assert_eq!(day(2026, 12, 2).months_later(3), day(2027, 3, 2));
        assert_eq!(day(2026, 12, 2).months_later(6), day(2027, 6, 2));
        assert_eq!(day(2026, 11, 30).months_later(3), day(2027, 2, 28));
        assert_eq!(day(2027, 11, 30).months_later(3), day(2028, 2, 29));
        assert_eq!(day(2026, 8, 31).months_later(6), day(2027, 2, 28));
        assert_eq!(day(2026, 5, 31).months_later(1), day(2026, 6, 30));
        assert_eq!(day(2026, 1, 15).months_later(0), day(2026, 1, 15));
        assert_eq!(day(2026, 1, 15).months_later(24), day(2028, 1, 15));
    }

    #[test]
    fn the_next_day_rolls_over_months_and_years() {
        assert_eq!(day(2027, 3, 2).next(), day(2027, 3, 3));
        assert_eq!(day(2027, 2, 28).next(), day(2027, 3, 1));
        assert_eq!(day(2028, 2, 28).next(), day(2028, 2, 29));
        assert_eq!(day(2026, 12, 31).next(), day(2027, 1, 1));
        assert_eq!(day(2027, 3, 2).compact(), "20270302");
        assert_eq!(day(2027, 3, 2).iso(), "2027-03-02");
    }

    fn event<'a>(summary: &'a str, description: &'a str) -> Event<'a> {
        Event {
            uid: "20261202T101500Z-quiz-3@forkpoint",
            stamp: "20261202T101500Z",
            day: day(2027, 3, 2),
            summary,
            description,
            url: "https://example.com/forkpoint/#/quiz",
        }
    }

    /// The content lines, unfolded.
    fn unfolded(ics: &str) -> Vec<String> {
        ics.replace("\r\n ", "")
            .split("\r\n")
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn an_all_day_event_with_an_alarm_and_the_link_back() {
        let ics = calendar(&event("Take the Fork quiz again", "Compare the two."));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(
            !ics.replace("\r\n", "").contains('\n'),
            "every line ends in CRLF"
        );
        let lines = unfolded(&ics);
        for expected in [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "BEGIN:VEVENT",
            "DTSTART;VALUE=DATE:20270302",
            "DTEND;VALUE=DATE:20270303",
            "SUMMARY:Take the Fork quiz again",
            "URL:https://example.com/forkpoint/#/quiz",
            "DESCRIPTION:Compare the two.\\nhttps://example.com/forkpoint/#/quiz",
            "BEGIN:VALARM",
            "END:VEVENT",
        ] {
            assert!(
                lines.iter().any(|l| l == expected),
                "{expected} in {lines:?}"
            );
        }
    }

    #[test]
    fn text_is_escaped_and_long_lines_fold_without_splitting_a_character() {
        let long = "Seit deinem letzten Ergebnis sind ein paar Monate vergangen; mach den Test, ja, noch einmal: größer, länger, schöner.";
        let ics = calendar(&event("A; B, C\\D", long));
        let lines = unfolded(&ics);
        assert!(
            lines.iter().any(|l| l == "SUMMARY:A\\; B\\, C\\\\D"),
            "{lines:?}"
        );
        assert!(lines
            .iter()
            .any(|l| l.starts_with("DESCRIPTION:Seit deinem")
                && l.contains("vergangen\\; mach den Test\\, ja\\,")));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        // Folding happened, and the text reads back whole.
        assert!(ics.contains("\r\n "));
        assert!(lines
            .iter()
            .any(|l| l.contains("größer\\, länger\\, schöner.")));
    }
}
