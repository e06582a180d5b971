//! Trends: each instrument's completed results over time, as series of
//! 0–100 values that a chart and its table show (the results page). Pure,
//! tested on the host: the view only draws and words them.

use crate::content::words::Word;
use crate::instrument::Instrument;
use crate::state::{SavedAnswers, SavedResult};

/// The most recent results a trend shows: a chart of more is unreadable.
pub const MOST_SHOWN: usize = 24;

/// What a line follows: one of the scores an instrument reads
/// (`positions::Reading`), named by its word: the Fork quiz's five
/// dimensions (0 fully Maker, 100 fully Multiplier), the path diagnostic's
/// share of management, the balance check's two readings, the stage's footing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    Score(Word),
}

/// One line: a value (0–100) for each result shown, oldest first.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub measure: Measure,
    pub values: Vec<u8>,
}

/// An instrument taken two or more times.
#[derive(Clone, Debug, PartialEq)]
pub struct Trend {
    pub instrument: Instrument,
    /// When each result shown was completed (ms since the epoch), oldest first.
    pub dates: Vec<u64>,
    pub series: Vec<Series>,
    /// How many complete results there are in all (more than shown when
    /// there are over `MOST_SHOWN`).
    pub total: usize,
}

/// A result's values, one per measure of its instrument; none for a result
/// that cannot be read (saved before every answer was in).
fn values(result: &SavedResult) -> Option<Vec<(Measure, u8)>> {
    let SavedAnswers::Positions(of, answers) = &result.answers;
    (of.reading)(answers).map(|reading| {
        reading
            .scores
            .into_iter()
            .map(|(name, score)| (Measure::Score(name), score))
            .collect()
    })
}

/// Every instrument with two or more readable results, in the home
/// screen's order, each with its latest `MOST_SHOWN` results oldest first.
pub fn trends(history: &[SavedResult]) -> Vec<Trend> {
    Instrument::ALL
        .into_iter()
        .filter_map(|instrument| {
            // The history is kept oldest first (`Document::history`).
            let read: Vec<(u64, Vec<(Measure, u8)>)> = history
                .iter()
                .filter(|result| result.instrument() == instrument)
                .filter_map(|result| Some((result.completed_at, values(result)?)))
                .collect();
            let total = read.len();
            if total < 2 {
                return None;
            }
            let shown = &read[total.saturating_sub(MOST_SHOWN)..];
            let series = shown[0]
                .1
                .iter()
                .enumerate()
                .map(|(at, (measure, _))| Series {
                    measure: *measure,
                    values: shown
                        .iter()
                        .map(|(_, values)| values.get(at).map_or(0, |(_, value)| *value))
                        .collect(),
                })
                .collect();
            Some(Trend {
                instrument,
                dates: shown.iter().map(|(at, _)| *at).collect(),
                series,
                total,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::path::PathAnswers;
    use crate::quiz::{Agreement, Answers, Dimension, ITEMS};
    use crate::vec_map::VecMap;

    fn quiz(at: u64, agree: u8) -> SavedResult {
        let answers: Answers = ITEMS
            .iter()
            .map(|item| (item.id.to_string(), Agreement::new(agree).unwrap().value()))
            .collect();
        SavedResult {
            id: format!("quiz-{at}"),
            completed_at: at,
            model_version: 1,
            answers: crate::quiz::run_tests::saved(answers),
        }
    }

    fn path(at: u64, choice: usize) -> SavedResult {
        let mut answers = PathAnswers::default();
        for question in crate::path::QUESTIONS {
            answers.choices.insert(
                question.id.to_string(),
                question.choices[choice].id.to_string(),
            );
        }
        SavedResult {
            id: format!("path-{at}"),
            completed_at: at,
            model_version: 1,
            answers: SavedAnswers::Positions(
                &crate::path::PATH_RUN,
                crate::path::run_answers(&answers),
            ),
        }
    }

    #[test]
    fn three_quiz_runs_make_one_line_per_dimension_oldest_first() {
        let history = [quiz(100, 1), path(150, 0), quiz(200, 3), quiz(300, 5)];
        let trends = trends(&history);
        assert_eq!(trends.len(), 1, "one path result is not a trend");
        let trend = &trends[0];
        assert_eq!(trend.instrument, Instrument::Quiz);
        assert_eq!(trend.dates, [100, 200, 300]);
        assert_eq!(trend.total, 3);
        assert_eq!(trend.series.len(), Dimension::ALL.len());
        for (series, dimension) in trend.series.iter().zip(Dimension::ALL) {
            assert_eq!(series.measure, Measure::Score(dimension.label()));
            let expected: Vec<u8> = [1, 3, 5]
                .iter()
                .map(|agree| {
                    let SavedAnswers::Positions(_, a) = quiz(0, *agree).answers;
                    let scores = crate::quiz::dimension_scores(&a);
                    let score = scores
                        .iter()
                        .find(|d| d.dimension == dimension)
                        .unwrap()
                        .score;
                    score.round() as u8
                })
                .collect();
            assert_eq!(series.values, expected, "{dimension:?}");
        }
    }

    #[test]
    fn the_path_diagnostic_follows_its_share_of_management() {
        let first = path(1, 0);
        let last = path(2, crate::path::QUESTIONS[0].choices.len() - 1);
        let trends = trends(&[first.clone(), last.clone()]);
        let read = |r: &SavedResult| {
            let answers = r.answers.positions_of(Instrument::Path).unwrap();
            crate::path::reading(&crate::path::answers_of(answers))
                .unwrap()
                .management
        };
        assert_eq!(trends.len(), 1);
        assert_eq!(
            trends[0].series[0].measure,
            Measure::Score(crate::content::words::keys::RESULTS_TRENDS_MANAGEMENT)
        );
        assert_eq!(trends[0].series[0].values, [read(&first), read(&last)]);
    }

    #[test]
    fn unreadable_results_are_left_out_and_only_the_latest_are_shown() {
        let mut unfinished = quiz(5, 3);
        let SavedAnswers::Positions(_, answers) = &mut unfinished.answers;
        *answers = VecMap::new();
        assert!(trends(&[quiz(1, 3), unfinished]).is_empty());
        let many: Vec<SavedResult> = (0..MOST_SHOWN as u64 + 6).map(|at| quiz(at, 4)).collect();
        let trend = &trends(&many)[0];
        assert_eq!(trend.total, MOST_SHOWN + 6);
        assert_eq!(trend.dates.len(), MOST_SHOWN);
        assert_eq!(trend.dates[0], 6, "the oldest are left out");
        assert!(trend.series.iter().all(|s| s.values.len() == MOST_SHOWN));
    }

    /// A run of an instrument whose answers are positions, every question
    /// it asks (the first answer can pick the rest) at `position`.
    #[cfg(all(feature = "balance", feature = "stage"))]
    fn run(
        of: &'static crate::positions::PositionsInstrument,
        at: u64,
        position: u8,
    ) -> SavedResult {
        let mut answers = crate::positions::Answers::new();
        while let Some(next) = (of.asked)(&answers)
            .into_iter()
            .find(|asked| !answers.contains_key(asked.id))
        {
            answers.insert(next.id.to_string(), position.min(next.options));
        }
        SavedResult {
            id: format!("{}-{at}", of.instrument.id()),
            completed_at: at,
            model_version: of.model_version,
            answers: SavedAnswers::Positions(of, answers),
        }
    }

    #[cfg(all(feature = "balance", feature = "stage"))]
    #[test]
    fn the_balance_check_and_the_stage_follow_each_score_they_read() {
        use crate::balance::run::BALANCE_RUN;
        use crate::stage::run::STAGE_RUN;
        let history = [
            run(&BALANCE_RUN, 1, 1),
            run(&STAGE_RUN, 2, 2),
            run(&BALANCE_RUN, 3, 5),
            run(&STAGE_RUN, 4, 4),
            run(&BALANCE_RUN, 5, 3),
        ];
        let trends = trends(&history);
        let order: Vec<Instrument> = trends.iter().map(|t| t.instrument).collect();
        let home_order: Vec<Instrument> = Instrument::ALL
            .into_iter()
            .filter(|i| [Instrument::Balance, Instrument::Stage].contains(i))
            .collect();
        assert_eq!(order, home_order, "the home screen's order");
        for trend in &trends {
            let of = if trend.instrument == Instrument::Balance {
                &BALANCE_RUN
            } else {
                &STAGE_RUN
            };
            let runs: Vec<&SavedResult> = history
                .iter()
                .filter(|r| r.instrument() == trend.instrument)
                .collect();
            assert_eq!(
                trend.dates,
                runs.iter().map(|r| r.completed_at).collect::<Vec<_>>()
            );
            let readings: Vec<crate::positions::Reading> = runs
                .iter()
                .map(|r| {
                    let SavedAnswers::Positions(_, answers) = &r.answers;
                    (of.reading)(answers).unwrap()
                })
                .collect();
            assert_eq!(trend.series.len(), 2, "{:?}: both scores", trend.instrument);
            for (at, series) in trend.series.iter().enumerate() {
                assert_eq!(series.measure, Measure::Score(readings[0].scores[at].0));
                let expected: Vec<u8> = readings.iter().map(|r| r.scores[at].1).collect();
                assert_eq!(series.values, expected, "{:?} {at}", trend.instrument);
            }
        }
    }

    #[cfg(all(feature = "balance", feature = "stage"))]
    #[test]
    fn each_balance_line_follows_its_own_scale() {
        use crate::balance::run::BALANCE_RUN;
        use crate::balance::{Scale, BALANCE};
        // Every sign of `showing` seen, every other sign absent.
        let showing = |at: u64, showing: Scale| {
            let mut result = run(&BALANCE_RUN, at, 1);
            let SavedAnswers::Positions(_, answers) = &mut result.answers;
            for item in BALANCE.items {
                let present = BALANCE.signs[item.sign].scale == showing;
                answers.insert(
                    item.id.to_string(),
                    if present != item.reverse { 5 } else { 1 },
                );
            }
            result
        };
        let trend = &trends(&[showing(1, Scale::First), showing(2, Scale::Second)])[0];
        let names: Vec<Measure> = Scale::BOTH
            .iter()
            .map(|scale| Measure::Score(BALANCE.scales[scale.index()].name))
            .collect();
        assert_eq!(
            trend.series.iter().map(|s| s.measure).collect::<Vec<_>>(),
            names
        );
        assert_eq!(trend.series[0].values, [100, 0], "over-managing, then not");
        assert_eq!(
            trend.series[1].values,
            [0, 100],
            "over-leading only the second time"
        );
    }

    #[cfg(all(feature = "balance", feature = "stage"))]
    #[test]
    fn an_unfinished_run_is_no_point_on_its_trend() {
        use crate::balance::run::BALANCE_RUN;
        let mut unfinished = run(&BALANCE_RUN, 2, 4);
        let SavedAnswers::Positions(_, answers) = &mut unfinished.answers;
        let first = answers.keys().next().unwrap().clone();
        answers.remove(&first);
        assert!(trends(&[run(&BALANCE_RUN, 1, 4), unfinished.clone()]).is_empty());
        let trend = &trends(&[run(&BALANCE_RUN, 1, 4), unfinished, run(&BALANCE_RUN, 3, 2)])[0];
        assert_eq!(trend.dates, [1, 3]);
    }
}
