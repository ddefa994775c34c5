"""The bundled fonts in PDFs: registered with reportlab, embedded as subsets, text extractable.

Checked with poppler's ``pdffonts``/``pdftotext``/``pdftoppm`` (poppler-utils). Without them the
tests are skipped on a laptop and fail in CI, which installs them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from crmdesk.printing.fonts import GOTHIC, MINCHO, register_pdf_fonts
from crmdesk.printing.testpage import SAMPLE_DETAIL, SAMPLE_TEXT, write_test_page


def _poppler(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} (poppler-utils) is not installed"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"{message}; CI must install it", pytrace=False)
        pytest.skip(message)
    return path


def _run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


@pytest.fixture
def test_page(tmp_path: Path) -> Path:
    return write_test_page(tmp_path / "out" / "testpage.pdf")


def test_register_pdf_fonts_is_idempotent() -> None:
    names = register_pdf_fonts()
    assert names == [GOTHIC, MINCHO]
    assert register_pdf_fonts() == names
    registered = pdfmetrics.getRegisteredFontNames()
    assert registered.count(GOTHIC) == 1 and registered.count(MINCHO) == 1


def test_both_fonts_are_embedded_as_subsets(test_page: Path) -> None:
    listing = _run(_poppler("pdffonts"), str(test_page)).splitlines()[2:]  # skip the header
    fonts = {}
    for line in listing:
        name, *rest = line.split()
        # columns after the name: type…, encoding, emb, sub, uni, object id, generation
        emb, sub = rest[-5], rest[-4]
        fonts[name.split("+", 1)[-1]] = (emb, sub, "+" in name)
    assert fonts == {GOTHIC: ("yes", "yes", True), MINCHO: ("yes", "yes", True)}


def test_japanese_text_comes_back_out(test_page: Path) -> None:
    text = _run(_poppler("pdftotext"), "-enc", "UTF-8", str(test_page), "-")
    assert text.count(SAMPLE_TEXT) == 2  # once per font
    assert text.count(SAMPLE_DETAIL) == 2
    assert "山田花子様" in text and "〒100-0001" in text


def test_the_page_is_one_a4_page(test_page: Path) -> None:
    lines = _run(_poppler("pdfinfo"), str(test_page)).splitlines()
    info = {key: value.strip() for key, _, value in (line.partition(":") for line in lines)}
    assert info["Pages"] == "1"
    assert info["Page size"] == "595.276 x 841.89 pts (A4)"


def test_the_page_renders(test_page: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "page"
    _run(_poppler("pdftoppm"), "-r", "30", "-png", "-singlefile", str(test_page), str(prefix))
    png = prefix.with_suffix(".png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 1_000  # not a blank page


def test_the_output_is_reproducible(tmp_path: Path) -> None:
    first = write_test_page(tmp_path / "a.pdf").read_bytes()
    second = write_test_page(tmp_path / "b.pdf").read_bytes()
    assert first == second
