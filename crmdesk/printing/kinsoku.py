"""禁則処理: Japanese line breaking, for horizontal lines and vertical columns alike.

Rules (JIS X 4051, simplified to what letters need):

* no line starts with closing brackets, 、。, small kana, ー, 々, ・ … (:data:`NO_START`);
* no line ends with an opening bracket (:data:`NO_END`);
* 、。，． that do not fit hang past the end of the line (ぶら下げ), one at most;
* any other character that may not start a line pushes the last character of the line down with it
  (追い出し);
* a run of ASCII letters and digits (an offer code, a house number) is never split unless it is
  longer than a whole line.

The breaker measures with a function it is given, so it knows nothing of fonts: printing passes
the font's advance widths for horizontal text and a constant one em per character for columns.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["HANGING", "NO_END", "NO_START", "break_lines"]

#: Characters that may not begin a line.
NO_START = frozenset(
    "、。，．,.・：；:;？！?!゛゜ヽヾゝゞ々〻ー～〜…‥」』）］｝〕〉》】〙〗’”)]}"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
)
#: Characters that may not end a line.
NO_END = frozenset("「『（［｛〔〈《【〘〖‘“([{")
#: Punctuation allowed to hang past the line end instead of pushing a character down.
HANGING = frozenset("、。，．,.")

# A token is an ASCII word (kept whole) or one character.
_TOKEN = re.compile(r"[A-Za-z0-9@#&%+\-_/.:]+|.", re.DOTALL)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def break_lines(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (hanging punctuation aside).

    ``\\n`` forces a break. An empty text gives one empty line (a blank line of a letter).
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += _break_paragraph(paragraph, width, measure)
    return lines


def _split_long(token: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """A word longer than a line, cut where it must be."""
    parts: list[str] = []
    current = ""
    for ch in token:
        if current and measure(current + ch) > width:
            parts.append(current)
            current = ch
        else:
            current += ch
    parts.append(current)
    return parts


def _break_paragraph(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    tokens: list[str] = []
    for token in _tokens(text):
        if len(token) > 1 and measure(token) > width:
            tokens += _split_long(token, width, measure)
        else:
            tokens.append(token)
    lines: list[str] = []
    line: list[str] = []
    used = 0.0
    k = 0
    while k < len(tokens):
        token = tokens[k]
        size = measure(token)
        if not line or used + size <= width:
            line.append(token)
            used += size
            k += 1
            continue
        # The token does not fit on this line.
        following = tokens[k + 1][0] if k + 1 < len(tokens) else ""
        if token in HANGING and following not in NO_START:
            line.append(token)  # ぶら下げ
            k += 1
        elif token[0] in NO_START:
            # 追い出し: carry characters down until the next line may start with them.
            while len(line) > 1 and (line[-1][0] in NO_START):
                k -= 1
                line.pop()
            if len(line) > 1:
                k -= 1
                line.pop()
        # No line may end with an opening bracket: it moves down to what it opens.
        while len(line) > 1 and line[-1][-1] in NO_END:
            k -= 1
            line.pop()
        lines.append("".join(line))
        line = []
        used = 0.0
        # A hanging mark may leave nothing to start the line with; otherwise continue.
    if line or not lines:
        lines.append("".join(line))
    return lines
