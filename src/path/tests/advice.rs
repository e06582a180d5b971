//! Warnings and corrections appear exactly when their documented conditions hold.

use super::{all_combinations, answers_at, answers_from};
use crate::path::*;

/// The change condition restated from the documentation, independently of the code's id lists.
fn moment_of_change(answers: &PathAnswers) -> bool {
    let chose = |q: &str, c: &str| answers.choices.get(q).map(String::as_str) == Some(c);
    chose("path", "path_partly")
        || chose("path", "path_unclear")
        || chose("challenge", "challenge_change_delivery")
        || chose("challenge", "challenge_change")
        || answers.context.situation == Some(Situation::CrisisOrMajorChange)
        || answers.context.stage == Some(OrgStage::BeforeProductMarketFit)
}

fn missing_foundation(answers: &PathAnswers) -> bool {
    let chose = |q: &str, c: &str| answers.choices.get(q).map(String::as_str) == Some(c);
    chose("processes", "proc_not_followed")
        || chose("processes", "proc_missing")
        || chose("challenge", "challenge_execution")
        || chose("challenge", "challenge_execution_morale")
        || chose("challenge", "challenge_change_delivery")
}

fn with_context(mut answers: PathAnswers, context: ContextAnswers) -> PathAnswers {
    answers.context = context;
    answers
}

#[test]
fn answer_based_warnings_appear_exactly_when_their_conditions_hold() {
    let contexts = [
        ContextAnswers::default(),
        ContextAnswers {
            situation: Some(Situation::CrisisOrMajorChange),
            ..ContextAnswers::default()
        },
        ContextAnswers {
            situation: Some(Situation::SteadyOperations),
            ..ContextAnswers::default()
        },
        ContextAnswers {
            stage: Some(OrgStage::BeforeProductMarketFit),
            ..ContextAnswers::default()
        },
        ContextAnswers {
            stage: Some(OrgStage::Mature),
            pace: Some(IndustryPace::FastChanging),
            ..ContextAnswers::default()
        },
    ];
    let (mut seen_on, mut seen_off) = (0, 0);
    for combo in all_combinations() {
        for context in &contexts {
            let answers = with_context(answers_at(&combo), context.clone());
            for management in [34, 35, 36, 64, 65, 66] {
                let found = warnings(&answers, Blend::from_management(management));
                let transformation = management >= 65 && moment_of_change(&answers);
                let foundation = management <= 35 && missing_foundation(&answers);
                assert_eq!(
                    found.contains(&Warning::PureManagementInTransformation),
                    transformation
                );
                assert_eq!(
                    found.contains(&Warning::VisionWithoutFoundation),
                    foundation
                );
                assert!(!found.contains(&Warning::WrongEmphasisForRole));
                if transformation && foundation {
                    unreachable!("the two thresholds cannot both hold");
                }
                if transformation || foundation {
                    seen_on += 1
                } else {
                    seen_off += 1
                }
            }
        }
    }
    assert!(seen_on > 0 && seen_off > 0);
}

#[test]
fn named_cases_on_both_sides_of_the_answer_based_warnings() {
    let steady = answers_from(&[("path", "path_clear"), ("challenge", "challenge_execution")]);
    assert!(warnings(&steady, Blend::from_management(80)).is_empty());
    let unclear = answers_from(&[("path", "path_unclear")]);
    assert_eq!(
        warnings(&unclear, Blend::from_management(65)),
        [Warning::PureManagementInTransformation]
    );
    assert!(warnings(&unclear, Blend::from_management(64)).is_empty());
    let unfollowed = answers_from(&[
        ("processes", "proc_not_followed"),
        ("challenge", "challenge_change"),
    ]);
    assert_eq!(
        warnings(&unfollowed, Blend::from_management(35)),
        [Warning::VisionWithoutFoundation]
    );
    assert!(warnings(&unfollowed, Blend::from_management(36)).is_empty());
    let misfit = answers_from(&[
        ("processes", "proc_misfit"),
        ("challenge", "challenge_change"),
    ]);
    assert!(warnings(&misfit, Blend::from_management(10)).is_empty());
}

#[test]
fn role_warning_appears_exactly_thirty_points_from_the_career_typical() {
    for career in CareerStage::ALL {
        let answers = with_context(
            PathAnswers::default(),
            ContextAnswers {
                career: Some(career),
                ..ContextAnswers::default()
            },
        );
        let typical = i16::from(career.typical().management);
        for management in 0..=100u8 {
            let expected = (i16::from(management) - typical).abs() >= 30;
            let found = warnings(&answers, Blend::from_management(management));
            assert_eq!(
                found.contains(&Warning::WrongEmphasisForRole),
                expected,
                "{career:?} at {management}"
            );
        }
    }
    let early = with_context(
        PathAnswers::default(),
        ContextAnswers {
            career: Some(CareerStage::Early),
            ..ContextAnswers::default()
        },
    );
    assert!(warnings(&early, Blend::from_management(40)).contains(&Warning::WrongEmphasisForRole));
    let senior = with_context(
        PathAnswers::default(),
        ContextAnswers {
            career: Some(CareerStage::Senior),
            ..ContextAnswers::default()
        },
    );
    assert!(warnings(&senior, Blend::from_management(60)).contains(&Warning::WrongEmphasisForRole));
    assert!(!warnings(&senior, Blend::from_management(59)).contains(&Warning::WrongEmphasisForRole));
    assert!(warnings(&PathAnswers::default(), Blend::from_management(0)).is_empty());
}

fn corrections_at(management: u8, context: &ContextAnswers) -> Vec<Correction> {
    corrections(Blend::from_management(management), context)
}

#[test]
fn without_numeric_context_corrections_start_at_seventy_and_thirty() {
    for context in [
        ContextAnswers::default(),
        ContextAnswers {
            pace: Some(IndustryPace::Stable),
            ..ContextAnswers::default()
        },
    ] {
        assert_eq!(corrections_at(70, &context), [Correction::AddLeadership]);
        assert!(corrections_at(69, &context).is_empty());
        assert_eq!(corrections_at(30, &context), [Correction::AddManagement]);
        assert!(corrections_at(31, &context).is_empty());
    }
}

#[test]
fn with_numeric_context_corrections_start_fifteen_points_from_typical() {
    let scaling = ContextAnswers {
        stage: Some(OrgStage::Scaling),
        ..ContextAnswers::default()
    };
    assert_eq!(corrections_at(75, &scaling), [Correction::AddLeadership]);
    assert!(corrections_at(74, &scaling).is_empty());
    assert_eq!(corrections_at(45, &scaling), [Correction::AddManagement]);
    assert!(corrections_at(46, &scaling).is_empty());
    // Balanced for a crisis even though 30 would call for management with no context.
    let crisis = ContextAnswers {
        situation: Some(Situation::CrisisOrMajorChange),
        ..ContextAnswers::default()
    };
    assert!(corrections_at(30, &crisis).is_empty());
    let acute = ContextAnswers {
        situation: Some(Situation::AcuteIncident),
        ..ContextAnswers::default()
    };
    assert!(corrections_at(100, &acute).is_empty());
    assert_eq!(corrections_at(75, &acute), [Correction::AddManagement]);
    // Contexts that pull in opposite directions yield both corrections.
    let torn = ContextAnswers {
        stage: Some(OrgStage::BeforeProductMarketFit),
        career: Some(CareerStage::Early),
        ..ContextAnswers::default()
    };
    assert_eq!(
        corrections_at(50, &torn),
        [Correction::AddLeadership, Correction::AddManagement]
    );
}
