"""Documents crmdesk prints: letters, flyers, labels and envelopes, built with reportlab.

Every document embeds a subset of the bundled Japanese fonts (:mod:`crmdesk.printing.fonts`), so
a PDF looks the same on every machine and printer. This package never imports Qt: the GUI
previews and prints what it produces, and the CLI uses it for night-time batches.
"""
