//! The team view's model: the share links a leader pastes, one person per
//! line, read into each person's reading (`Sheet`: their scores and the
//! answer they chose to each question) of one instrument that offers a
//! team view (`teamView` in its definition); the team's average and spread
//! per score; and for each question whether the team agrees or splits.
//! Pure and wordless (the view words every problem and verdict), and
//! nothing stored: the names and links live only in what the leader pasted.

use crate::instrument::{BandWords, Instrument};
use crate::share::{ShareError, SHARE_PREFIX};

/// The most people one view reads; the lines after are left out, each named.
pub const MAX_PEOPLE: usize = 20;

/// A question the team view compares: its id and how many answers it offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TeamQuestion {
    pub id: &'static str,
    pub options: usize,
}

/// One person's link, read: what the team view compares, whatever the
/// instrument.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    pub instrument: Instrument,
    /// Its scores (0–100) in the instrument's order, each with what it
    /// measures (the path diagnostic's one: its share of management).
    pub scores: Vec<(crate::content::words::Word, u8)>,
    /// Each question compared, in order, with the index of the answer chosen.
    pub picks: Vec<(TeamQuestion, Option<usize>)>,
    /// The band its reading falls in (the path diagnostic's view shows its
    /// blend instead).
    pub band: BandWords,
}

/// One person read from a line: the name the leader typed (none when the
/// line holds only the link) and their reading.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    /// 1-based, as the leader sees the lines.
    pub line: usize,
    pub name: Option<String>,
    pub sheet: Sheet,
}

/// Why a line was left out.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// Text with no share link in it.
    NoLink,
    /// A share link that cannot be opened, and why.
    Broken(ShareError),
    /// A link to a result of this instrument, which offers no team view or
    /// is not the one the first link's (a view compares one instrument).
    OtherInstrument(Instrument),
    /// The same name and link as an earlier line.
    Duplicate { first_line: usize },
    /// More than `MAX_PEOPLE` people.
    OverLimit,
}

/// What the pasted text held: the people read, in order, and each line left
/// out with its reason (blank lines are neither).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pasted {
    pub people: Vec<Person>,
    pub left_out: Vec<(usize, Problem)>,
}

/// Reads the pasted text, one person per line: a share link anywhere in the
/// line, and whatever else the line says as the person's name ("Ana:
/// https://…/results.html#/share/p1…"). The link is read by its
/// instrument's share codec, so a tampered or cut-off link is refused as it
/// is everywhere else. The first readable link's instrument is the view's.
pub fn read_pasted(text: &str) -> Pasted {
    let mut pasted = Pasted::default();
    // Name and payload of each person kept, for telling duplicates.
    let mut seen: Vec<(Option<String>, String, usize)> = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        let read = read_line(line).and_then(|read| match pasted.people.first() {
            Some(first) if first.sheet.instrument != read.2.instrument => {
                Err(Problem::OtherInstrument(read.2.instrument))
            }
            _ => Ok(read),
        });
        match read {
            Err(problem) => pasted.left_out.push((number, problem)),
            Ok((name, payload, sheet)) => {
                if let Some(&(_, _, first_line)) =
                    seen.iter().find(|(n, p, _)| *n == name && *p == payload)
                {
                    pasted
                        .left_out
                        .push((number, Problem::Duplicate { first_line }));
                } else if pasted.people.len() == MAX_PEOPLE {
                    pasted.left_out.push((number, Problem::OverLimit));
                } else {
                    seen.push((name.clone(), payload, number));
                    pasted.people.push(Person {
                        line: number,
                        name,
                        sheet,
                    });
                }
            }
        }
    }
    pasted
}

/// A line's name, its link's payload and the reading it carries.
fn read_line(line: &str) -> Result<(Option<String>, String, Sheet), Problem> {
    let token = line
        .split_whitespace()
        .find(|token| token.contains(SHARE_PREFIX))
        .ok_or(Problem::NoLink)?;
    let (_, payload) = token.split_once(SHARE_PREFIX).ok_or(Problem::NoLink)?;
    // A link pasted from a sentence may end in its punctuation.
    let payload = payload.trim_end_matches([',', ';', ')', '>']);
    let sheet = read_link(payload)?;
    let rest = line.replacen(token, " ", 1);
    let name = rest
        .trim()
        .trim_end_matches([':', ',', '-', '–', '—', '('])
        .trim();
    let name = (!name.is_empty()).then(|| name.to_string());
    Ok((name, payload.to_string(), sheet))
}

/// A link's payload read by the instrument its first letter names, if that
/// instrument offers a team view and this build reads it.
fn read_link(payload: &str) -> Result<Sheet, Problem> {
    let kind = *payload
        .as_bytes()
        .first()
        .ok_or(Problem::Broken(ShareError::Empty))?;
    let instrument = Instrument::ALL
        .into_iter()
        .find(|instrument| instrument.share_kind() == kind)
        .ok_or(Problem::Broken(ShareError::UnknownKind))?;
    if !instrument.team_view() {
        return Err(Problem::OtherInstrument(instrument));
    }
    if let Some(of) = crate::state::instruments::positions().find(|of| of.instrument == instrument)
    {
        return positions_sheet(of, payload).map_err(Problem::Broken);
    }
    Err(Problem::OtherInstrument(instrument))
}

/// The reading of an instrument whose answers are positions: its scores and
/// band, and the position chosen on each question it asked.
fn positions_sheet(
    of: &'static crate::positions::PositionsInstrument,
    payload: &str,
) -> Result<Sheet, ShareError> {
    let answers = of.read_link(payload)?;
    let reading = (of.reading)(&answers).ok_or(ShareError::Incomplete)?;
    Ok(Sheet {
        instrument: of.instrument,
        scores: reading.scores,
        picks: (of.asked)(&answers)
            .into_iter()
            .map(|asked| {
                let chosen = answers
                    .get(asked.id)
                    .and_then(|position| usize::from(*position).checked_sub(1));
                (
                    TeamQuestion {
                        id: asked.id,
                        options: usize::from(asked.options),
                    },
                    chosen,
                )
            })
            .collect(),
        band: reading.band,
    })
}

/// How the team answered one question.
#[derive(Clone, Debug, PartialEq)]
pub struct QuestionSpread {
    pub question: TeamQuestion,
    /// How many chose each answer, in the question's order.
    pub counts: Vec<usize>,
    pub verdict: Verdict,
}

/// Whether a team sees a question alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Every answer the same or next to each other on the question's scale.
    Agrees,
    /// Answers two or more steps apart: the team does not see it alike.
    Splits,
}

/// One score across the team: the mean (rounded half-up) and the range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScoreSpread {
    pub mean: u8,
    pub lowest: u8,
    pub highest: u8,
}

/// The team's readings together.
#[derive(Clone, Debug, PartialEq)]
pub struct Team {
    pub instrument: Instrument,
    /// Each score's spread, in the instrument's order, with what it measures.
    pub scores: Vec<(crate::content::words::Word, ScoreSpread)>,
    pub questions: Vec<QuestionSpread>,
}

/// The team's average, spread and agreement; none for no one. Every person
/// read the same instrument (`read_pasted` keeps one).
pub fn team(people: &[Person]) -> Option<Team> {
    let first = &people.first()?.sheet;
    let count = u32::try_from(people.len()).ok()?;
    let scores = first
        .scores
        .iter()
        .enumerate()
        .map(|(at, (name, _))| {
            let values: Vec<u8> = people
                .iter()
                .map(|p| p.sheet.scores.get(at).map_or(0, |(_, v)| *v))
                .collect();
            let total: u32 = values.iter().map(|v| u32::from(*v)).sum();
            let mean = (2 * total + count) / (2 * count);
            let spread = ScoreSpread {
                mean: u8::try_from(mean).unwrap_or(100),
                lowest: values.iter().copied().min().unwrap_or(0),
                highest: values.iter().copied().max().unwrap_or(0),
            };
            (*name, spread)
        })
        .collect();
    let questions = first
        .picks
        .iter()
        .map(|(question, _)| {
            let mut counts = vec![0; question.options];
            let chosen: Vec<usize> = people
                .iter()
                .filter_map(|p| {
                    p.sheet
                        .picks
                        .iter()
                        .find(|(q, _)| q.id == question.id)
                        .and_then(|(_, at)| *at)
                })
                .filter(|at| *at < question.options)
                .collect();
            for &at in &chosen {
                counts[at] += 1;
            }
            let spread = chosen.iter().max().unwrap_or(&0) - chosen.iter().min().unwrap_or(&0);
            QuestionSpread {
                question: *question,
                counts,
                verdict: if spread >= 2 {
                    Verdict::Splits
                } else {
                    Verdict::Agrees
                },
            }
        })
        .collect();
    Some(Team {
        instrument: first.instrument,
        scores,
        questions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::path::{reading, ContextAnswers, PathAnswers, QUESTIONS};
    use crate::share::{encode, share_fragment, Shared};
    use crate::test_rng::TestRng;

    /// The answers choosing the `at`-th answer of each question.
    fn answers(at: [usize; 5]) -> PathAnswers {
        let mut answers = PathAnswers {
            context: ContextAnswers::default(),
            ..PathAnswers::default()
        };
        for (question, &at) in QUESTIONS.iter().zip(&at) {
            assert!(answers.choose(question.id, question.choices[at].id));
        }
        answers
    }

    fn link(at: [usize; 5]) -> String {
        let shared = Shared::of(
            &crate::path::PATH_RUN,
            crate::path::run_answers(&answers(at)),
        );
        format!(
            "https://forkpoint.example/results.html{}",
            share_fragment(&shared)
        )
    }

    #[test]
    fn a_line_gives_a_name_and_a_reading_and_a_bare_link_no_name() {
        let text = format!(
            "Ana: {}\n\n  {}  \nBo Li – {}",
            link([0; 5]),
            link([3; 5]),
            link([1, 1, 2, 2, 1])
        );
        let pasted = read_pasted(&text);
        assert_eq!(pasted.left_out, vec![]);
        let names: Vec<_> = pasted.people.iter().map(|p| p.name.as_deref()).collect();
        assert_eq!(names, vec![Some("Ana"), None, Some("Bo Li")]);
        let lines: Vec<_> = pasted.people.iter().map(|p| p.line).collect();
        assert_eq!(
            lines,
            vec![1, 3, 4],
            "blank lines count as lines, as the leader sees them"
        );
        let share = |at| reading(&answers(at)).unwrap().management;
        assert_eq!(pasted.people[0].sheet.scores[0].1, share([0; 5]));
        assert_eq!(pasted.people[1].sheet.scores[0].1, share([3; 5]));
        assert_eq!(pasted.people[2].sheet.instrument, Instrument::Path);
        let picks: Vec<_> = pasted.people[2]
            .sheet
            .picks
            .iter()
            .map(|(_, at)| *at)
            .collect();
        assert_eq!(picks, [1, 1, 2, 2, 1].map(Some));
    }

    #[test]
    fn broken_foreign_duplicate_and_linkless_lines_are_left_out_each_with_its_reason() {
        let good = link([0, 1, 1, 2, 0]);
        let quiz = Shared::of(
            &crate::quiz::QUIZ_RUN,
            crate::quiz::ITEMS
                .iter()
                .map(|item| {
                    (
                        item.id.to_string(),
                        crate::quiz::Agreement::MIDPOINT.value(),
                    )
                })
                .collect(),
        );
        let mut tampered = good.clone();
        let last = tampered.pop().unwrap();
        tampered.push(if last == '0' { '1' } else { '0' });
        let text = [
            format!("Ana {good}"),
            format!("Ana {good}"),
            format!("Ben {good}"),
            format!("Cy {tampered}"),
            format!("Di https://x.example/results.html#/share/{}", encode(&quiz)),
            "Ed has no link yet".to_string(),
        ]
        .join("\n");
        let pasted = read_pasted(&text);
        let names: Vec<_> = pasted
            .people
            .iter()
            .map(|p| p.name.clone().unwrap())
            .collect();
        assert_eq!(
            names,
            vec!["Ana", "Ben"],
            "the same answers under another name are another person"
        );
        assert_eq!(pasted.left_out.len(), 4);
        assert_eq!(
            pasted.left_out[0],
            (2, Problem::Duplicate { first_line: 1 })
        );
        assert!(matches!(pasted.left_out[1], (4, Problem::Broken(_))));
        assert_eq!(
            pasted.left_out[2],
            (5, Problem::OtherInstrument(Instrument::Quiz))
        );
        assert_eq!(pasted.left_out[3], (6, Problem::NoLink));
    }

    #[test]
    fn past_twenty_people_each_line_is_left_out_as_over_the_limit() {
        let text: Vec<String> = (0..23)
            .map(|n| format!("P{n} {}", link([n % 4, 0, 1, 2, 3])))
            .collect();
        let pasted = read_pasted(&text.join("\n"));
        assert_eq!(pasted.people.len(), MAX_PEOPLE);
        assert_eq!(
            pasted.left_out,
            vec![
                (21, Problem::OverLimit),
                (22, Problem::OverLimit),
                (23, Problem::OverLimit)
            ]
        );
    }

    #[test]
    fn the_team_has_the_mean_the_extremes_and_where_it_agrees_or_splits() {
        let pasted = read_pasted(
            &[
                link([0, 0, 0, 0, 0]),
                link([0, 1, 3, 1, 1]),
                link([1, 0, 2, 0, 1]),
            ]
            .join("\n"),
        );
        let team = team(&pasted.people).unwrap();
        let shares: Vec<u32> = pasted
            .people
            .iter()
            .map(|p| u32::from(p.sheet.scores[0].1))
            .collect();
        let mean = (2 * shares.iter().sum::<u32>() + 3) / 6;
        let spread = team.scores[0].1;
        assert_eq!(u32::from(spread.mean), mean);
        assert_eq!(u32::from(spread.lowest), *shares.iter().min().unwrap());
        assert_eq!(u32::from(spread.highest), *shares.iter().max().unwrap());
        let verdicts: Vec<_> = team.questions.iter().map(|q| q.verdict).collect();
        assert_eq!(
            verdicts,
            vec![
                Verdict::Agrees,
                Verdict::Agrees,
                Verdict::Splits,
                Verdict::Agrees,
                Verdict::Agrees
            ]
        );
        assert_eq!(team.questions[2].counts, vec![1, 0, 1, 1]);
        for question in &team.questions {
            assert_eq!(
                question.counts.iter().sum::<usize>(),
                3,
                "{}",
                question.question.id
            );
        }
    }

    #[test]
    fn the_team_is_the_same_whatever_the_order_and_one_person_agrees_with_themself() {
        let mut rng = TestRng::new(7);
        for _ in 0..50 {
            let mut people: Vec<Person> = (0..rng.below(8) + 1)
                .map(|line| {
                    let at = [
                        rng.below(4),
                        rng.below(4),
                        rng.below(4),
                        rng.below(4),
                        rng.below(4),
                    ];
                    let payload = encode(&Shared::of(
                        &crate::path::PATH_RUN,
                        crate::path::run_answers(&answers(at)),
                    ));
                    Person {
                        line,
                        name: None,
                        sheet: read_link(&payload).unwrap(),
                    }
                })
                .collect();
            let before = team(&people).unwrap();
            people.reverse();
            assert_eq!(team(&people).unwrap(), before);
            let spread = before.scores[0].1;
            assert!(spread.lowest <= spread.mean && spread.mean <= spread.highest);
            if people.len() == 1 {
                assert!(before
                    .questions
                    .iter()
                    .all(|q| q.verdict == Verdict::Agrees));
                assert_eq!(spread.lowest, spread.highest);
            }
        }
        assert_eq!(team(&[]), None);
    }

    /// A balance check link whose every statement is answered at `position`,
    /// but those of the first sign at `first`.
    #[cfg(all(feature = "balance", feature = "stage"))]
    fn balance_link(position: u8, first: u8) -> String {
        use crate::balance::run::BALANCE_RUN;
        use crate::balance::BALANCE;
        let answers: crate::positions::Answers = BALANCE
            .items
            .iter()
            .map(|item| {
                let at = if item.sign == 0 { first } else { position };
                (item.id.to_string(), at)
            })
            .collect();
        format!(
            "https://x.example/balance.html#/share/{}",
            BALANCE_RUN.share(&answers)
        )
    }

    #[cfg(all(feature = "balance", feature = "stage"))]
    #[test]
    fn balance_checks_make_a_team_of_both_scores_and_every_statement() {
        use crate::balance::run::BALANCE_RUN;
        use crate::balance::BALANCE;
        let text = [
            format!("Ana {}", balance_link(1, 1)),
            format!("Bo {}", balance_link(2, 5)),
            format!("Cy {}", balance_link(2, 3)),
            format!("Di {}", link([0; 5])),
        ]
        .join("\n");
        let pasted = read_pasted(&text);
        assert_eq!(
            pasted.left_out,
            vec![(4, Problem::OtherInstrument(Instrument::Path))],
            "one instrument at a time: the first link's"
        );
        assert_eq!(pasted.people.len(), 3);
        for person in &pasted.people {
            let sheet = &person.sheet;
            assert_eq!(sheet.instrument, Instrument::Balance);
            assert_eq!(sheet.picks.len(), BALANCE.items.len());
            let answers: crate::positions::Answers = sheet
                .picks
                .iter()
                .map(|(q, at)| (q.id.to_string(), u8::try_from(at.unwrap() + 1).unwrap()))
                .collect();
            let reading = (BALANCE_RUN.reading)(&answers).unwrap();
            assert_eq!(sheet.scores, reading.scores, "{:?}", person.name);
            assert_eq!(sheet.band, reading.band);
        }
        let team = team(&pasted.people).unwrap();
        assert_eq!(team.instrument, Instrument::Balance);
        assert_eq!(team.scores.len(), 2);
        for (at, (name, spread)) in team.scores.iter().enumerate() {
            let values: Vec<u8> = pasted.people.iter().map(|p| p.sheet.scores[at].1).collect();
            assert_eq!(*name, pasted.people[0].sheet.scores[at].0);
            assert_eq!(spread.lowest, *values.iter().min().unwrap());
            assert_eq!(spread.highest, *values.iter().max().unwrap());
            let total: u32 = values.iter().map(|v| u32::from(*v)).sum();
            assert_eq!(u32::from(spread.mean), (2 * total + 3) / 6);
        }
        // The first sign's statements were answered 1, 5 and 3: a split;
        // every other statement 1, 2 and 2: agreement.
        for spread in &team.questions {
            let item = BALANCE
                .items
                .iter()
                .find(|i| i.id == spread.question.id)
                .unwrap();
            assert_eq!(spread.counts.len(), 5);
            if item.sign == 0 {
                assert_eq!(spread.verdict, Verdict::Splits, "{}", item.id);
                assert_eq!(spread.counts, [1, 0, 1, 0, 1]);
            } else {
                assert_eq!(spread.verdict, Verdict::Agrees, "{}", item.id);
                assert_eq!(spread.counts, [1, 2, 0, 0, 0]);
            }
        }
    }

    #[cfg(all(feature = "balance", feature = "stage"))]
    #[test]
    fn an_instrument_without_a_team_view_is_left_out_by_name() {
        use crate::stage::run::STAGE_RUN;
        let mut answers = crate::positions::Answers::new();
        while let Some(next) = (STAGE_RUN.asked)(&answers)
            .into_iter()
            .find(|asked| !answers.contains_key(asked.id))
        {
            answers.insert(next.id.to_string(), 2);
        }
        let stage = format!(
            "https://x.example/stage.html#/share/{}",
            STAGE_RUN.share(&answers)
        );
        let pasted = read_pasted(&format!("Ed {stage}\nFay {}", balance_link(3, 3)));
        assert_eq!(
            pasted.left_out,
            vec![(1, Problem::OtherInstrument(Instrument::Stage))]
        );
        assert_eq!(pasted.people[0].sheet.instrument, Instrument::Balance);
        let cut = &balance_link(3, 3)[..60];
        assert!(matches!(
            read_pasted(cut).left_out[..],
            [(1, Problem::Broken(_))]
        ));
    }
}
