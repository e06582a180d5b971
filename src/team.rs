//! The team view's model: the share links a leader pastes, one person per
//! line, read into each person's path reading; the team's average and
//! spread; and for each question whether the team agrees or splits. Pure and
//! wordless (the view words every problem and verdict), and nothing stored:
//! the names and links live only in what the leader pasted.

use crate::path::{reading, Blend, PathAnswers, Question, QUESTIONS};
use crate::share::{decode, ShareError, Shared, SHARE_PREFIX};

/// The most people one view reads; the lines after are left out, each named.
pub const MAX_PEOPLE: usize = 20;

/// One person read from a line: the name the leader typed (none when the
/// line holds only the link) and their answers and reading.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    /// 1-based, as the leader sees the lines.
    pub line: usize,
    pub name: Option<String>,
    pub answers: PathAnswers,
    pub blend: Blend,
}

/// Why a line was left out.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// Text with no share link in it.
    NoLink,
    /// A share link that cannot be opened, and why.
    Broken(ShareError),
    /// A link to another instrument's result (the Fork quiz's).
    OtherInstrument,
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
/// https://…/results.html#/share/p1…"). The link is read by the share codec,
/// so a tampered or cut-off link is refused as it is everywhere else.
pub fn read_pasted(text: &str) -> Pasted {
    let mut pasted = Pasted::default();
    // Name and payload of each person kept, for telling duplicates.
    let mut seen: Vec<(Option<String>, String, usize)> = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        match read_line(line) {
            Err(problem) => pasted.left_out.push((number, problem)),
            Ok((name, payload, answers)) => {
                if let Some(&(_, _, first_line)) =
                    seen.iter().find(|(n, p, _)| *n == name && *p == payload)
                {
                    pasted
                        .left_out
                        .push((number, Problem::Duplicate { first_line }));
                } else if pasted.people.len() == MAX_PEOPLE {
                    pasted.left_out.push((number, Problem::OverLimit));
                } else if let Some(blend) = reading(&answers) {
                    seen.push((name.clone(), payload, number));
                    pasted.people.push(Person {
                        line: number,
                        name,
                        answers,
                        blend,
                    });
                } else {
                    pasted
                        .left_out
                        .push((number, Problem::Broken(ShareError::Incomplete)));
                }
            }
        }
    }
    pasted
}

/// A line's name, its link's payload and the answers it carries.
fn read_line(line: &str) -> Result<(Option<String>, String, PathAnswers), Problem> {
    let token = line
        .split_whitespace()
        .find(|token| token.contains(SHARE_PREFIX))
        .ok_or(Problem::NoLink)?;
    let (_, payload) = token.split_once(SHARE_PREFIX).ok_or(Problem::NoLink)?;
    // A link pasted from a sentence may end in its punctuation.
    let payload = payload.trim_end_matches([',', ';', ')', '>']);
    let answers = match decode(payload).map_err(Problem::Broken)? {
        Shared::Path { answers, .. } => answers,
        Shared::Quiz { .. } => return Err(Problem::OtherInstrument),
    };
    let rest = line.replacen(token, " ", 1);
    let name = rest
        .trim()
        .trim_end_matches([':', ',', '-', '–', '—', '('])
        .trim();
    let name = (!name.is_empty()).then(|| name.to_string());
    Ok((name, payload.to_string(), answers))
}

/// How the team answered one question.
#[derive(Clone, Debug, PartialEq)]
pub struct QuestionSpread {
    pub question: &'static Question,
    /// How many chose each answer, in the question's order (from the most
    /// management-leaning answer to the most leadership-leaning).
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

/// The team's readings together.
#[derive(Clone, Debug, PartialEq)]
pub struct Team {
    /// The mean of the people's management shares, rounded half-up.
    pub mean: Blend,
    /// The most leadership-leaning and the most management-leaning reading.
    pub lowest: Blend,
    pub highest: Blend,
    pub questions: Vec<QuestionSpread>,
}

/// The team's average, spread and agreement; none for no one.
pub fn team(people: &[Person]) -> Option<Team> {
    let count = u32::try_from(people.len()).ok().filter(|n| *n > 0)?;
    let shares = people.iter().map(|p| u32::from(p.blend.management));
    let total: u32 = shares.clone().sum();
    let mean = (2 * total + count) / (2 * count);
    let questions = QUESTIONS
        .iter()
        .map(|question| {
            let mut counts = vec![0; question.choices.len()];
            let chosen: Vec<usize> = people
                .iter()
                .filter_map(|p| p.answers.chosen(question))
                .filter_map(|choice| question.choices.iter().position(|c| c.id == choice.id))
                .collect();
            for &at in &chosen {
                counts[at] += 1;
            }
            let spread = chosen.iter().max().unwrap_or(&0) - chosen.iter().min().unwrap_or(&0);
            QuestionSpread {
                question,
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
        mean: Blend::from_management(u8::try_from(mean).unwrap_or(100)),
        lowest: Blend::from_management(u8::try_from(shares.clone().min()?).unwrap_or(100)),
        highest: Blend::from_management(u8::try_from(shares.max()?).unwrap_or(100)),
        questions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::path::ContextAnswers;
    use crate::share::{encode, share_fragment};
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
        let shared = Shared::Path {
            model_version: crate::path::MODEL_VERSION,
            answers: answers(at),
        };
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
        assert_eq!(pasted.people[0].blend, reading(&answers([0; 5])).unwrap());
        assert_eq!(pasted.people[1].blend, reading(&answers([3; 5])).unwrap());
    }

    #[test]
    fn broken_foreign_duplicate_and_linkless_lines_are_left_out_each_with_its_reason() {
        let good = link([0, 1, 1, 2, 0]);
        let quiz = Shared::Quiz {
            model_version: crate::quiz::MODEL_VERSION,
            answers: crate::quiz::ITEMS
                .iter()
                .map(|item| (item.id.to_string(), crate::quiz::Agreement::SCALE[2]))
                .collect(),
        };
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
        assert_eq!(pasted.left_out[2], (5, Problem::OtherInstrument));
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
            .map(|p| u32::from(p.blend.management))
            .collect();
        let mean = (2 * shares.iter().sum::<u32>() + 3) / 6;
        assert_eq!(u32::from(team.mean.management), mean);
        assert_eq!(
            u32::from(team.lowest.management),
            *shares.iter().min().unwrap()
        );
        assert_eq!(
            u32::from(team.highest.management),
            *shares.iter().max().unwrap()
        );
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
                    let answers = answers(at);
                    Person {
                        line,
                        name: None,
                        blend: reading(&answers).unwrap(),
                        answers,
                    }
                })
                .collect();
            let before = team(&people).unwrap();
            people.reverse();
            assert_eq!(team(&people).unwrap(), before);
            assert!(before.lowest.management <= before.mean.management);
            assert!(before.mean.management <= before.highest.management);
            if people.len() == 1 {
                assert!(before
                    .questions
                    .iter()
                    .all(|q| q.verdict == Verdict::Agrees));
                assert_eq!(before.lowest, before.highest);
            }
        }
        assert_eq!(team(&[]), None);
    }
}
