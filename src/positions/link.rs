//! A positions instrument's answers as a share link's slots: one slot per
//! question asked, in the order asked, so a link is read back question by
//! question and an early answer (the stage's rung) says which questions its
//! later slots answer; then one per optional question (the path's context),
//! 0 when not given. The link's letter, version and length come from the
//! instrument's data, so no instrument writes a codec of its own.

use crate::share::{decode_positions, encode_positions, ShareError, Slots};

use super::{Answers, PositionsInstrument};

impl PositionsInstrument {
    /// The share link payload of complete answers (`share::link`'s frame).
    pub fn share(&self, answers: &Answers) -> String {
        encode_positions(self.kind, self.model_version, to_positions(self, answers))
    }

    /// The answers a share link payload holds, or why it cannot be trusted.
    pub fn read_link(&self, payload: &str) -> Result<Answers, ShareError> {
        let slots = Slots {
            kind: self.kind,
            model_version: self.model_version,
            count: self.slots + self.optional.len(),
            required: self.slots,
        };
        let (_, positions) = decode_positions(payload, slots)?;
        from_positions(self, &positions)
    }
}

/// Each question asked, in order, then each optional one: its answer's
/// position, 0 when unanswered.
pub fn to_positions(of: &PositionsInstrument, answers: &Answers) -> Vec<usize> {
    (of.asked)(answers)
        .iter()
        .chain(of.optional)
        .map(|question| answers.get(question.id).map_or(0, |p| usize::from(*p)))
        .collect()
}

/// The answers these slots hold, read in the order the questions are asked:
/// every slot must answer the question asked at that point, within its
/// options, and there must be exactly as many slots as questions; then the
/// optional questions' slots, each 0 or within its options.
pub fn from_positions(
    of: &PositionsInstrument,
    positions: &[usize],
) -> Result<Answers, ShareError> {
    let split = positions.len().saturating_sub(of.optional.len());
    let (positions, optional) = positions.split_at(split);
    let mut answers = Answers::new();
    for (slot, &position) in positions.iter().enumerate() {
        let asked = (of.asked)(&answers);
        let question = asked
            .get(slot)
            .ok_or(ShareError::Invalid("there are more answers than questions"))?;
        let position = u8::try_from(position)
            .ok()
            .filter(|p| (1..=question.options).contains(p))
            .ok_or(ShareError::Invalid("an answer is out of range"))?;
        answers.insert(question.id.to_string(), position);
    }
    if (of.asked)(&answers).len() > positions.len() {
        return Err(ShareError::Incomplete);
    }
    for (question, &position) in of.optional.iter().zip(optional) {
        if position == 0 {
            continue;
        }
        let position = u8::try_from(position)
            .ok()
            .filter(|p| (1..=question.options).contains(p))
            .ok_or(ShareError::Invalid("a context answer is out of range"))?;
        answers.insert(question.id.to_string(), position);
    }
    Ok(answers)
}
