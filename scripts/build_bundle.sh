#!/bin/sh
# Build the desktop bundle into dist/crmdesk/ (run in the project's virtualenv; extra arguments
# go to PyInstaller, e.g. --distpath /tmp/dist --workpath /tmp/build).
cd "$(dirname "$0")/.." && exec pyinstaller --noconfirm build.spec "$@"
