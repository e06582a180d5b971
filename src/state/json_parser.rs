//! The strict JSON parser behind `json::parse`: byte by byte over valid UTF-8,
//! every position checked with `get`, nesting capped at `MAX_DEPTH`, so no
//! input (however hostile) can panic or overflow the stack.

use super::json::{Json, JsonError, MAX_DEPTH, MAX_JSON_BYTES};

/// Parses one JSON value surrounded by optional whitespace.
pub fn parse(text: &str) -> Result<Json, JsonError> {
    if text.len() > MAX_JSON_BYTES {
        return Err(JsonError::TooLarge);
    }
    let mut parser = Parser { text, pos: 0 };
    parser.skip_whitespace();
    if parser.peek().is_none() {
        return Err(JsonError::Empty);
    }
    let value = parser.value(0)?;
    parser.skip_whitespace();
    match parser.peek() {
        None => Ok(value),
        Some(_) => Err(JsonError::TrailingCharacters { at: parser.pos }),
    }
}

struct Parser<'a> {
    text: &'a str,
    /// Byte offset of the next unread byte.
    pos: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn advance(&mut self) {
        self.pos = self.pos.saturating_add(1);
    }

    /// The next byte, consumed; running out mid-value is its own error.
    fn next_byte(&mut self) -> Result<u8, JsonError> {
        let byte = self.peek().ok_or(JsonError::UnexpectedEnd)?;
        self.advance();
        Ok(byte)
    }

    fn unexpected(&self) -> JsonError {
        match self.peek() {
            None => JsonError::UnexpectedEnd,
            Some(_) => JsonError::UnexpectedChar { at: self.pos },
        }
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.advance();
        }
    }

    fn expect(&mut self, wanted: u8) -> Result<(), JsonError> {
        if self.peek() == Some(wanted) {
            self.advance();
            Ok(())
        } else {
            Err(self.unexpected())
        }
    }

    /// `depth` counts the arrays and objects around this value.
    fn value(&mut self, depth: usize) -> Result<Json, JsonError> {
        match self.peek() {
            None => Err(JsonError::UnexpectedEnd),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.unexpected()),
        }
    }

    fn literal(&mut self, word: &str, value: Json) -> Result<Json, JsonError> {
        for wanted in word.bytes() {
            self.expect(wanted)?;
        }
        Ok(value)
    }

    fn enter(depth: usize) -> Result<usize, JsonError> {
        if depth >= MAX_DEPTH {
            Err(JsonError::TooDeep)
        } else {
            Ok(depth.saturating_add(1))
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, JsonError> {
        let inner = Self::enter(depth)?;
        self.expect(b'[')?;
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.advance();
            return Ok(Json::Array(items));
        }
        loop {
            self.skip_whitespace();
            items.push(self.value(inner)?);
            self.skip_whitespace();
            match self.next_byte()? {
                b',' => continue,
                b']' => return Ok(Json::Array(items)),
                _ => {
                    return Err(JsonError::UnexpectedChar {
                        at: self.pos.saturating_sub(1),
                    })
                }
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, JsonError> {
        let inner = Self::enter(depth)?;
        self.expect(b'{')?;
        let mut fields = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.advance();
            return Ok(Json::Object(fields));
        }
        loop {
            self.skip_whitespace();
            if self.peek() != Some(b'"') {
                return Err(self.unexpected());
            }
            let key = self.string()?;
            self.skip_whitespace();
            self.expect(b':')?;
            self.skip_whitespace();
            let value = self.value(inner)?;
            fields.push((key, value));
            self.skip_whitespace();
            match self.next_byte()? {
                b',' => continue,
                b'}' => return Ok(Json::Object(fields)),
                _ => {
                    return Err(JsonError::UnexpectedChar {
                        at: self.pos.saturating_sub(1),
                    })
                }
            }
        }
    }

    /// `-?(0|[1-9][0-9]*)`, accumulated negatively so i64::MIN itself fits.
    fn number(&mut self) -> Result<Json, JsonError> {
        let start = self.pos;
        let too_big = JsonError::UnsupportedNumber { at: start };
        let negative = self.peek() == Some(b'-');
        if negative {
            self.advance();
        }
        let mut value: i64 = 0;
        match self.peek() {
            Some(b'0') => self.advance(),
            Some(b'1'..=b'9') => {
                while let Some(digit @ b'0'..=b'9') = self.peek() {
                    let digit = i64::from(digit.saturating_sub(b'0'));
                    value = value
                        .checked_mul(10)
                        .and_then(|tens| tens.checked_sub(digit))
                        .ok_or_else(|| too_big.clone())?;
                    self.advance();
                }
            }
            _ => return Err(self.unexpected()),
        }
        if matches!(self.peek(), Some(b'.' | b'e' | b'E')) {
            return Err(too_big);
        }
        let value = if negative {
            Some(value)
        } else {
            value.checked_neg()
        };
        value.map(Json::Int).ok_or(too_big)
    }

    /// Reads a quoted string; the text is valid UTF-8 and every byte we stop at
    /// is ASCII, so each copied run lies on character boundaries.
    fn string(&mut self) -> Result<String, JsonError> {
        self.expect(b'"')?;
        let mut out = String::new();
        loop {
            let run_start = self.pos;
            while matches!(self.peek(), Some(byte) if byte != b'"' && byte != b'\\' && byte >= 0x20)
            {
                self.advance();
            }
            let run = self
                .text
                .get(run_start..self.pos)
                .ok_or(JsonError::UnexpectedChar { at: run_start })?;
            out.push_str(run);
            match self.peek() {
                None => return Err(JsonError::UnexpectedEnd),
                Some(b'"') => {
                    self.advance();
                    return Ok(out);
                }
                Some(b'\\') => out.push(self.escape()?),
                // A raw control character: JSON requires it escaped.
                Some(_) => return Err(JsonError::UnexpectedChar { at: self.pos }),
            }
        }
    }

    /// One escape sequence starting at the backslash, including a `\uXXXX`
    /// surrogate pair; a surrogate without its partner is an invalid escape.
    fn escape(&mut self) -> Result<char, JsonError> {
        let at = self.pos;
        let invalid = JsonError::InvalidEscape { at };
        self.expect(b'\\')?;
        let simple = match self.next_byte()? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(at),
            _ => return Err(invalid),
        };
        Ok(simple)
    }

    /// After `\u`: four hex digits, and for a high surrogate a `\u` low surrogate.
    fn unicode_escape(&mut self, at: usize) -> Result<char, JsonError> {
        let invalid = JsonError::InvalidEscape { at };
        let first = self.hex4(at)?;
        let code = match first {
            0xD800..=0xDBFF => {
                if self.next_byte()? != b'\\' || self.next_byte()? != b'u' {
                    return Err(invalid);
                }
                let second = self.hex4(at)?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(invalid);
                }
                let high = first.saturating_sub(0xD800);
                let low = second.saturating_sub(0xDC00);
                0x10000u32.saturating_add(high << 10).saturating_add(low)
            }
            0xDC00..=0xDFFF => return Err(invalid),
            single => single,
        };
        char::from_u32(code).ok_or(invalid)
    }

    fn hex4(&mut self, at: usize) -> Result<u32, JsonError> {
        let mut code: u32 = 0;
        for _ in 0..4 {
            let digit = char::from(self.next_byte()?)
                .to_digit(16)
                .ok_or(JsonError::InvalidEscape { at })?;
            code = (code << 4) | digit;
        }
        Ok(code)
    }
}
