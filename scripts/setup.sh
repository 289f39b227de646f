#!/usr/bin/env bash
# Shared set-up for scripts/run.sh and scripts/test.sh: the Debian packages Qt needs, a virtual
# environment in .venv and the program installed into it. Safe to run again: it only does what is
# still missing. Sourced, not run: callers set SETUP_EXTRA_DEBS and SETUP_PIP_EXTRAS first.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${IGJ_AFWIJKEN_VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"

# Libraries the Qt wheels load (window, fonts, OpenGL, printers) and a font to print with.
QT_DEBS=(libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 libcups2 fonts-dejavu-core)

say() { printf 'igj-afwijken: %s\n' "$*" >&2; }

missing_debs() {
  local package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || printf '%s\n' "$package"
  done
}

install_debs() {
  command -v dpkg-query >/dev/null 2>&1 || return 0 # not Debian: the system's own Qt libraries apply
  local missing
  mapfile -t missing < <(missing_debs "$@")
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      say "deze Debian-pakketten ontbreken: ${missing[*]}"
      say "installeer ze als beheerder: apt-get install ${missing[*]}"
      exit 1
    fi
  fi
  say "Debian-pakketten installeren: ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

check_python() {
  if ! command -v "$PYTHON" >/dev/null 2>&1; then
    say "Python 3.11 of nieuwer is nodig; installeer het (Debian: apt-get install python3)."
    exit 1
  fi
  if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    say "Python 3.11 of nieuwer is nodig; $PYTHON is $("$PYTHON" --version 2>&1)."
    exit 1
  fi
}

make_venv() {
  [ -x "$VENV/bin/python" ] && return 0
  if ! "$PYTHON" -m venv --help >/dev/null 2>&1 || ! "$PYTHON" -c 'import ensurepip' 2>/dev/null; then
    local minor
    minor="$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
    install_debs "python${minor}-venv"
  fi
  say "virtuele omgeving maken in $VENV"
  "$PYTHON" -m venv "$VENV"
}

install_project() {
  local extras="$1" stamp="$VENV/.installed" hash installed_hash installed_extras
  hash="$(sha256sum <"$ROOT/pyproject.toml" | cut -c1-16)"
  if [ -f "$stamp" ]; then
    read -r installed_hash installed_extras <"$stamp" || true
    if [ "$installed_hash" = "$hash" ] && { [ -z "$extras" ] || [ "${installed_extras:-}" = "$extras" ]; }; then
      return 0
    fi
  fi
  say "programma en benodigdheden installeren (eenmalig, dit duurt even)"
  local log="$VENV/install.log"
  if ! { "$VENV/bin/python" -m pip install --disable-pip-version-check --upgrade pip \
    && "$VENV/bin/python" -m pip install --disable-pip-version-check -e "$ROOT$extras"; } >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    say "installeren is mislukt; het volledige verslag staat in $log"
    exit 1
  fi
  printf '%s %s\n' "$hash" "$extras" >"$stamp"
}

setup() {
  check_python
  install_debs "${QT_DEBS[@]}" ${SETUP_EXTRA_DEBS:-}
  make_venv
  install_project "${SETUP_PIP_EXTRAS:-}"
}
