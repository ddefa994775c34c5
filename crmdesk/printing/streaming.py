"""A reportlab document that writes each page to the file as soon as it is finished.

reportlab's :class:`~reportlab.pdfbase.pdfdoc.PDFDocument` keeps every page object and content
stream until ``save()`` and formats the whole file then: memory grows by about 10 KB a page
(432 MB for a 39,409-letter batch). A finished page never changes, though: its content stream
names fonts and forms by resource name, and those resources are shared document-level objects.
So :class:`StreamingDocument` formats a page, its content stream and whatever they brought along
(a form, an image) the moment the page is added, writes them out, remembers only their file
offsets, and forgets them.

Two objects keep changing until the end and are written last: the font dictionary (reportlab
adds a font subset each time 256 new glyphs have been used, and embeds the subsets at the end)
and the page tree (every page is its kid). The cross-reference table is written from an array of
offsets. What stays in memory is a few bytes a page (an offset, the page's object number), the
font subsets' glyph tables and the forms: peak memory no longer depends on the number of pages.

The output is byte for byte reproducible in reportlab's invariant mode, like reportlab's own.
"""

from __future__ import annotations

from array import array
from typing import Any, BinaryIO

from reportlab.pdfbase.pdfdoc import (
    PDFDocument,
    PDFFile,
    PDFIndirectObject,
    PDFObject,
    PDFPage,
    PDFPages,
    PDFStream,
    PDFTrailer,
)
from reportlab.pdfbase.pdfdoc import format as format_pdf
from reportlab.pdfgen.canvas import Canvas

__all__ = ["StreamingCanvas", "StreamingDocument"]

#: reportlab's internal name of the document-wide font dictionary (a resource of every page).
_BASIC_FONTS = "BasicFonts"


class _Kids(PDFObject):  # type: ignore[misc]  # reportlab has no type hints
    """The page tree's ``Kids`` array, formatted from the pages' object numbers."""

    def __init__(self, numbers: array[int]) -> None:
        self._numbers = numbers

    def format(self, document: Any) -> bytes:
        """``[ 3 0 R 5 0 R … ]``, ten references a line like reportlab's arrays.

        Built in one buffer: a list of one bytes object a page would be the largest thing in
        memory at the end of a 400,000-page batch.
        """
        numbers = self._numbers
        out = bytearray(b"[ ")
        for start in range(0, len(numbers), 10):
            if start:
                out += b"\n "
            out += b" ".join(b"%d 0 R" % n for n in numbers[start : start + 10])
        out += b" ]"
        return bytes(out)


class _Formatted(PDFObject):  # type: ignore[misc]  # reportlab has no type hints
    """An object already formatted (a page dictionary made from a template)."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def format(self, document: Any) -> bytes:
        """The bytes, as they were formatted the first time."""
        return self._data


class _Pages(PDFPages):  # type: ignore[misc]  # reportlab has no type hints
    """The page tree: one node whose kids are the pages already written."""

    def __init__(self, numbers: array[int]) -> None:
        super().__init__()
        self._numbers = numbers

    def check_format(self, document: Any) -> None:
        """Kids from the recorded object numbers (the page objects are gone by now)."""
        self.Kids = _Kids(self._numbers)
        self.Count = len(self._numbers)


class StreamingDocument(PDFDocument):  # type: ignore[misc]  # reportlab has no type hints
    """A PDFDocument writing to ``out`` page by page (see the module doc)."""

    def __init__(self, out: BinaryIO, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._out = out
        self._offset = 0
        #: File offset of each object, by object number (0: object 0, the free entry).
        self._offsets = array("q", [0])
        #: The pages' object numbers, in page order.
        self._page_numbers = array("q")
        #: Next object number to write or hold back.
        self._next = 1
        #: Object numbers written at the end (the font dictionary, the page tree).
        self._held: list[int] = []
        #: Formatted page dictionaries around their /Contents reference, by kind of page.
        self._page_templates: dict[tuple[Any, ...], tuple[bytes, bytes]] = {}
        # The catalog's page tree, made from the recorded numbers instead of page objects.
        self.Pages = self.Catalog.Pages = _Pages(self._page_numbers)
        self._header = self._header_bytes()
        self._write(self._header)

    # ------------------------------------------------------------ reportlab hooks

    def addPage(self, page: PDFPage) -> None:
        """Register ``page`` and write it with everything it brought along."""
        name = self.thisPageName()
        self.Reference(page, name)
        self._page_numbers.append(self.idToObjectNumberAndVersion[name][0])
        self.pageCounter += 1
        self.inObject = None
        self._flush()

    def SaveToFile(self, filename: Any, canvas: Any) -> None:
        """Write the fonts, the page tree, catalog, info, cross-reference table and trailer.

        ``filename`` is ignored: the pages are already in ``out``.
        """
        if getattr(self, "_savedToFile", False):
            raise RuntimeError("a StreamingDocument can only be saved once")
        self._savedToFile = True
        # What reportlab's GetPDFData and format do before formatting the objects.
        for font in self.delayedFonts:
            font.addObjects(self)
        self.info.invariant = self.invariant
        self.info.digest(self.signature)
        self.Reference(self.Catalog)
        self.Reference(self.info)
        self.Outlines.prepare(self, canvas)
        if self.Outlines.ready < 0:
            self.Catalog.Outlines = None
        self.encrypt.prepare(self)
        held, self._held = self._held, []
        for number in held:
            self._emit(number)
        self._flush(hold=False)
        self._finish()

    # ------------------------------------------------------------ writing

    def _header_bytes(self) -> bytes:
        return bytes(PDFFile(self._pdfVersion).format(self))

    def _write(self, data: bytes) -> int:
        offset = self._offset
        self._out.write(data)
        self._offset += len(data)
        return offset

    def _flush(self, *, hold: bool = True) -> None:
        """Write every object registered since the last flush, except those still changing.

        Formatting an object may register new ones (a page registers its content stream and the
        page tree): the loop runs until none is left.
        """
        while self._next <= self.objectcounter:
            number = self._next
            self._next += 1
            name = self.numberToId[number]
            if hold and (name == _BASIC_FONTS or self.idToObject[name] is self.Pages):
                self._held.append(number)
                continue
            self._emit(number)

    def _emit(self, number: int) -> None:
        name = self.numberToId[number]
        obj = self.idToObject[name]
        body = self._page_body(obj) if isinstance(obj, PDFPage) else None
        data = PDFIndirectObject(name, obj if body is None else _Formatted(body)).format(self)
        offsets = self._offsets
        if len(offsets) <= number:
            offsets.extend([0] * (number + 1 - len(offsets)))
        offsets[number] = self._write(data)
        # Pages and their content streams are never referred to by name again (the page tree
        # uses the recorded numbers): forget them. Fonts, forms and images are reused.
        if isinstance(obj, PDFPage) or (
            isinstance(obj, PDFStream) and getattr(obj, "__Comment__", "") == "page stream"
        ):
            del self.idToObject[name]
            del self.numberToId[number]
            del self.idToObjectNumberAndVersion[name]

    def _page_body(self, page: PDFPage) -> bytes | None:
        """The page dictionary, formatted once for all pages that look alike.

        Pages of a batch differ in their content stream only: size, resources (the font
        dictionary, the forms, the procedure sets) and the rest repeat, and formatting them with
        reportlab's generic code was a third of a page's cost. The first page of each kind is
        formatted by reportlab and kept as a template around its ``/Contents`` reference; the
        next ones are that template with their own reference: the same bytes. Pages with
        anything unusual (graphics states, colour spaces, shadings, annotations, boxes,
        durations) return None: reportlab formats them itself.
        """
        if page.Override_default_compilation or page.ExtGState or page.Annots:
            return None
        if page._colorsUsed or page._shadingUsed or page.Dur is not None:
            return None
        if any(getattr(page, box) for box in ("CropBox", "ArtBox", "TrimBox", "BleedBox")):
            return None
        page.check_format(self)  # sets size, resources, parent and the content stream
        forms = tuple(sorted(page.XObjects.dict)) if page.XObjects else ()
        trans = tuple(sorted(page.Trans.dict.items())) if page.Trans else ()
        key = (page.pagewidth, page.pageheight, page.Rotate, bool(page.hasImages), forms, trans)
        # Registering the content stream is what formatting the page would do first.
        contents = self.Reference(page.Contents)
        ref = b"/Contents %d 0 R" % self.idToObjectNumberAndVersion[contents.name][0]
        template = self._page_templates.get(key)
        if template is not None:
            return template[0] + ref + template[1]
        body = bytes(format_pdf(page, self, toplevel=1))
        parts = body.split(ref)
        if len(parts) == 2:
            self._page_templates[key] = (parts[0], parts[1])
        return body

    def _finish(self) -> None:
        count = self.objectcounter
        offsets = self._offsets
        missing = [n for n in range(1, count + 1) if n >= len(offsets) or not offsets[n]]
        if missing:  # a bug here, not bad input: say which objects
            raise RuntimeError(f"PDF objects {missing[:10]} were never written")
        xref = self._write(b"xref\n0 %d\n0000000000 65535 f \n" % (count + 1))
        lines: list[bytes] = []
        for number in range(1, count + 1):
            lines.append(b"%010d 00000 n \n" % self._offsets[number])
            if len(lines) == 4096:
                self._write(b"".join(lines))
                lines = []
        self._write(b"".join(lines))
        trailer = PDFTrailer(
            startxref=xref,
            Size=count + 1,
            Root=self.Reference(self.Catalog),
            Info=self.Reference(self.info),
            ID=self.ID(),
        )
        self._write(trailer.format(self))
        header = self._header_bytes()
        if header != self._header:
            # A feature raised the PDF version while drawing: the header line has the same
            # length ("%PDF-1.x"), so it is rewritten in place.
            if len(header) != len(self._header):
                raise RuntimeError(f"PDF header changed length: {header!r}")
            self._out.seek(0)
            self._out.write(header)
            self._out.seek(0, 2)


class StreamingCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """A reportlab Canvas on a :class:`StreamingDocument` writing to the binary file ``out``."""

    def __init__(self, out: BinaryIO, **kwargs: Any) -> None:
        name = getattr(out, "name", "<stream>")
        super().__init__(str(name), **kwargs)
        # The canvas made a plain PDFDocument; nothing has been registered in it yet except
        # the empty font dictionary, which the streaming document makes too.
        old: Any = self._doc
        self._doc: Any = StreamingDocument(
            out,
            compression=old.compression,
            invariant=old.invariant,
            pdfVersion=old._pdfVersion,
        )
        self._doc.setCompression(self._pageCompression)
