"""The desk's dialogs: one Designer form and one thin class each (recording, conflict, help)."""
