//! A byte scanner of JSON text: the shape of a file before it is parsed
//! (its longest string, its depth),
//! and the path of the place where serde_json stopped reading.

/// The index of the quote that closes the JSON string opened at `open`
/// (escapes skipped), or the text's length when the string runs to the end.
fn string_end(json: &[u8], open: usize) -> usize {
    let mut i = open + 1;
    // Strings are most of a programme's bytes: jump to the next quote or
    // backslash a word at a time rather than byte by byte.
    while let Some(at) = json
        .get(i..)
        .and_then(|rest| memchr::memchr2(b'"', b'\\', rest))
    {
        i += at;
        if json[i] == b'"' {
            return i;
        }
        i += 2;
    }
    json.len()
}

/// The length in bytes of the longest string, escapes included. A string
/// never has more characters than its JSON source has bytes, so a text whose
/// strings are all at most `MAX_TEXT_CHARS` bytes long needs no walk through
/// its values to find an over-long one.
///
/// Outside strings a quote always opens one, so the scan jumps from string
/// to string and never walks the bytes between them (a pretty-printed file
/// is a third indentation).
pub(super) fn longest_string(json: &[u8]) -> usize {
    let mut longest = 0;
    let mut i = 0;
    while let Some(at) = json.get(i..).and_then(|rest| memchr::memchr(b'"', rest)) {
        let open = i + at;
        let end = string_end(json, open);
        longest = longest.max(end - (open + 1));
        i = end + 1;
    }
    longest
}

/// The deepest nesting of arrays and objects, brackets in strings aside.
pub(super) fn depth(json: &[u8]) -> usize {
    let (mut depth, mut open) = (0, 0usize);
    let mut i = 0;
    while i < json.len() {
        match json[i] {
            b'"' => i = string_end(json, i),
            b'[' | b'{' => {
                open += 1;
                depth = depth.max(open);
            }
            b']' | b'}' => open = open.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    depth
}

/// The byte at serde_json's line (from 1) and column (bytes into the line).
pub(super) fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    let line_start = match line {
        0 | 1 => 0,
        n => text
            .bytes()
            .enumerate()
            .filter(|(_, b)| *b == b'\n')
            .nth(n - 2)
            .map_or(text.len(), |(i, _)| i + 1),
    };
    (line_start + column).min(text.len())
}

/// Where a reader of valid JSON is within the document.
#[derive(Clone, Copy)]
enum Frame {
    /// In an object: the byte range of the current key, once it is read.
    Object(Option<(usize, usize)>),
    /// In an array: the current index, and whether its value has begun.
    Array(usize, bool),
}

fn render(json: &[u8], stack: &[Frame]) -> String {
    let mut path = String::new();
    for frame in stack {
        match *frame {
            Frame::Object(Some((from, to))) => {
                if !path.is_empty() {
                    path.push('.');
                }
                let key = json.get(from..to).unwrap_or_default();
                path.push_str(&String::from_utf8_lossy(key));
            }
            Frame::Array(index, true) => path.push_str(&format!("[{index}]")),
            _ => {}
        }
    }
    path
}

/// The path (`overview.title`, `phases[3].id`) of what a reader of the valid
/// JSON `json` was reading when it stopped before byte `stop`: the latest
/// key read, value begun or container closed, or the value that begins
/// right at `stop`.
pub(super) fn path_at(json: &[u8], stop: usize) -> String {
    let stop = stop.min(json.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut path = String::new();
    let mut i = 0;
    while i < stop {
        match json[i] {
            b' ' | b'\t' | b'\n' | b'\r' | b':' => {}
            b',' => match stack.last_mut() {
                Some(Frame::Object(key)) => *key = None,
                Some(Frame::Array(index, begun)) => {
                    *index += 1;
                    *begun = false;
                }
                None => {}
            },
            b'}' | b']' => {
                stack.pop();
                path = render(json, &stack);
            }
            first => {
                let from = i;
                if first == b'"' {
                    i = string_end(json, i);
                } else if first != b'{' && first != b'[' {
                    while i + 1 < json.len() && !b" \t\n\r,}]".contains(&json[i + 1]) {
                        i += 1;
                    }
                }
                match stack.last_mut() {
                    Some(Frame::Object(key @ None)) => *key = Some((from + 1, i)),
                    Some(Frame::Array(_, begun)) => *begun = true,
                    _ => {}
                }
                path = render(json, &stack);
                match first {
                    b'{' => stack.push(Frame::Object(None)),
                    b'[' => stack.push(Frame::Array(0, false)),
                    _ => {}
                }
            }
        }
        i += 1;
    }
    // A value that begins right where the reader stopped: it looked at its
    // first byte and refused it.
    let next = json[stop..].iter().find(|b| !b.is_ascii_whitespace());
    if next.is_some_and(|b| !b",:}]".contains(b))
        && let Some(Frame::Array(_, begun)) = stack.last_mut()
    {
        *begun = true;
        path = render(json, &stack);
    }
    path
}
