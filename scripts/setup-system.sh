#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages crmdesk and its tests need, only those that are missing:
#   poppler-utils  pdffonts/pdftotext/pdftoppm (printing tests look inside the PDFs)
#   binutils       objdump (PyInstaller's bundle build)
#   libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3  Qt's runtime libraries
# Runs apt-get as root, through sudo -n when available, and otherwise says what to install.
set -euo pipefail

missing=()
have_cmd() { command -v "$1" >/dev/null 2>&1; }
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }

have_cmd pdffonts || missing+=(poppler-utils)
have_cmd objdump || missing+=(binutils)
have_lib 'libEGL.so.1 ' || missing+=(libegl1)
have_lib 'libGL.so.1 ' || missing+=(libgl1)
have_lib 'libxkbcommon.so.0 ' || missing+=(libxkbcommon0)
have_lib 'libfontconfig.so.1 ' || missing+=(libfontconfig1)
have_lib 'libdbus-1.so.3 ' || missing+=(libdbus-1-3)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "setup-system: installing ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif have_cmd sudo && sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
else
  echo "setup-system: please install: ${missing[*]} (apt-get install ${missing[*]})" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -q
"${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
