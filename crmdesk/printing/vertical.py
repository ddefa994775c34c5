"""縦書き: vertical text placed character by character (reportlab has no vertical layout).

Columns run top to bottom and follow each other right to left. Each character sits in a square
of one em:

* upright (kana, kanji, full-width letters): centred in its square;
* turned (:data:`ROTATED`: ー, 〜, …, brackets, dashes): rotated 90° clockwise about the square's
  centre, which is how their vertical forms look;
* shifted (:data:`SHIFTED`: 、。 and small kana): moved towards the upper right of the square,
  where vertical typesetting puts them;
* digits: written as kanji numerals (〇一二三…) by :func:`kanji_digits` when the document
  asks for it, else upright.

Line breaking is the same 禁則 as horizontal text (crmdesk.printing.kinsoku) with one em per
character.
"""

from __future__ import annotations

from collections.abc import Mapping

from crmdesk.printing.kinsoku import break_lines
from crmdesk.printing.page import Op, Text

__all__ = ["ROTATED", "SHIFTED", "column_ops", "kanji_digits", "vertical_lines"]

#: Characters drawn turned 90° clockwise in a column.
ROTATED = frozenset("ー―‐−－-～〜~…‥「」『』（）()［］[]｛｝{}〔〕〈〉《》【】＝=＜＞<>：:")
#: Characters moved towards the upper right of their square: (dx, dy) in ems.
SHIFTED: Mapping[str, tuple[float, float]] = {
    **dict.fromkeys("、。，．", (0.58, 0.62)),
    **dict.fromkeys("ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ", (0.1, 0.1)),
}
_KANJI = str.maketrans("0123456789０１２３４５６７８９", "〇一二三四五六七八九〇一二三四五六七八九")
# How far the centre of the em square is above the baseline (IPAex: ascent .88, descent .12).
_CENTRE = 0.38


def kanji_digits(text: str) -> str:
    """Digits as kanji numerals, one by one (住所の番地: 1-2-3 → 一－二－三)."""
    return text.translate(_KANJI)


def vertical_lines(text: str, chars_per_column: int) -> list[str]:
    """``text`` broken into columns of at most ``chars_per_column`` characters (禁則 applied)."""
    return break_lines(text, float(chars_per_column), lambda s: float(len(s)))


def column_ops(
    text: str, *, x: float, top: float, font: str, size: float, spacing: float = 1.0
) -> list[Op]:
    """One column: ``text`` from ``top`` downwards, centred on ``x``.

    ``spacing`` is the advance per character in ems (1.0: solid setting).
    """
    ops: list[Op] = []
    step = size * spacing
    for i, ch in enumerate(text):
        if ch in " 　":
            continue
        cy = top - (i + 0.5) * step
        if ch in ROTATED:
            ops.append(Text(x - _CENTRE * size, cy, ch, font, size, "center", -90.0))
        elif ch in SHIFTED:
            dx, dy = SHIFTED[ch]
            ops.append(
                Text(x + dx * size, cy - _CENTRE * size + dy * size, ch, font, size, "center")
            )
        else:
            ops.append(Text(x, cy - _CENTRE * size, ch, font, size, "center"))
    return ops


def bottom_aligned(text: str, *, x: float, bottom: float, font: str, size: float) -> list[Op]:
    """A column that ends at ``bottom`` (a signature, 敬具)."""
    return column_ops(text, x=x, top=bottom + len(text) * size, font=font, size=size)
