"""The streaming PDF writer: a well-formed file (every cross-reference entry points at its
object), forms, images and font subsets written once, an interrupted file closed unfinished,
and peak memory that does not grow with the number of pages."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import PIL.Image
import pytest

from crmdesk.domain.letters import CompanyProfile, Recipient
from crmdesk.printing.documents import LetterLayout
from crmdesk.printing.pdf import PdfWriter
from crmdesk.services.letters import get_template

TODAY = dt.date(2026, 12, 6)
FAMILIES = "山田佐藤鈴木高橋田中伊藤渡辺山本中村小林加藤吉田山口松本井上木村林斎藤清水山崎"


def _person(k: int) -> Recipient:
    family = FAMILIES[k % 26] + FAMILIES[(k // 26) % 26]
    return Recipient(
        k,
        f"C{k:07d}",
        family,
        f"花子{k % 97}",
        f"{1000001 + k % 50:07d}",
        "東京都",
        "千代田区",
        f"千代田{k % 9 + 1}-{k % 30 + 1}-1",
        "",
        "黒酢にんにく粒 30日分",
        3,
        TODAY,
    )


def _layout(logo: str = "") -> LetterLayout:
    company = CompanyProfile(logo_path=logo) if logo else CompanyProfile()
    return LetterLayout(
        get_template("thankyou_first"), company=company, today=TODAY, offer_code="THANKS10"
    )


def _xref_entries(data: bytes) -> dict[int, int]:
    start = int(re.findall(rb"startxref\n(\d+)\n%%EOF", data)[-1])
    assert data[start : start + 5] == b"xref\n"
    header = data[start + 5 : data.index(b"\n", start + 5)]
    first, count = (int(x) for x in header.split())
    assert first == 0
    body = data.index(b"\n", start + 5) + 1
    entries = {}
    for number in range(count):
        line = data[body + 20 * number : body + 20 * (number + 1)]
        offset, _, kind = line.split()[:3]
        if kind == b"n":
            entries[number] = int(offset)
    return entries


def test_every_xref_entry_points_at_its_object(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    PIL.Image.new("RGB", (120, 36), (20, 90, 160)).save(logo)
    layout = _layout(str(logo))
    path = tmp_path / "letters.pdf"
    with PdfWriter(path, title="t") as pdf:
        for k in range(40):
            pdf.add(layout.page(_person(k)))
    data = path.read_bytes()
    entries = _xref_entries(data)
    numbers = [int(n) for n in re.findall(rb"(?m)^(\d+) 0 obj", data)]
    assert sorted(numbers) == sorted(entries) == list(range(1, len(numbers) + 1))
    for number, offset in entries.items():
        assert data[offset:].startswith(b"%d 0 obj\n" % number), number
    assert re.search(rb"/Count 40\b", data)
    # The fixed text (a form), the logo and each font subset are written once for 40 pages.
    assert data.count(b"/Subtype /Image") == 1
    assert data.count(b"/Subtype /Form") >= 1
    assert len(re.findall(rb"/FontFile2", data)) == len(set(re.findall(rb"/BaseFont /(\S+)", data)))


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="pdfinfo (poppler-utils) is missing")
def test_poppler_reads_the_streamed_file_without_complaint(tmp_path: Path) -> None:
    layout = _layout()
    path = tmp_path / "letters.pdf"
    with PdfWriter(path, title="t") as pdf:
        for k in range(300):
            pdf.add(layout.page(_person(k)))
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert info.stderr == "" and re.search(r"Pages:\s+300", info.stdout)
    last = subprocess.run(
        ["pdftotext", "-f", "300", "-l", "300", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert last.stderr == "" and _person(299).code in last.stdout


def test_an_interrupted_file_is_closed_unfinished(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    layout = _layout()
    with pytest.raises(RuntimeError, match="printer on fire"), PdfWriter(path, title="t") as pdf:
        pdf.add(layout.page(_person(1)))
        raise RuntimeError("printer on fire")
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" not in data  # never a complete-looking PDF
    path.unlink()  # closed: removable at once (and no ResourceWarning under -W error)


# A fresh interpreter writes ``n`` letters and reports its peak RSS (ru_maxrss never goes down,
# so each size needs its own process).
_CHILD = """
import json, resource, sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from tests.printing.test_pdf_streaming import _layout, _person
from crmdesk.printing.pdf import PdfWriter
n, out = int(sys.argv[1]), Path(sys.argv[2])
layout = _layout()
with PdfWriter(out, title="memory") as pdf:
    for k in range(n):
        pdf.add(layout.page(_person(k)))
print(json.dumps({"maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def _peak_rss_mb(n: int, out: Path) -> float:
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(n), str(out), str(root)],
        capture_output=True,
        text=True,
        check=True,
    )
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return float(json.loads(done.stdout.strip().splitlines()[-1])["maxrss"]) / scale


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="resource.getrusage is Unix only")
def test_peak_memory_does_not_grow_with_pages(tmp_path: Path) -> None:
    """1,000 and 8,000 letters: with reportlab's own document the peak grew by 33 MB
    (measured on this test); the streaming writer's by under 2 MB."""
    small = _peak_rss_mb(1000, tmp_path / "small.pdf")
    large = _peak_rss_mb(8000, tmp_path / "large.pdf")
    assert (tmp_path / "large.pdf").stat().st_size > 6 * (tmp_path / "small.pdf").stat().st_size
    assert large - small < 8, f"peak RSS {small:.1f} MB for 1,000 pages, {large:.1f} for 8,000"
