#!/bin/sh
# One entry point for people and CI.
#   sh dev.sh app [ARGS…]   set up (first time) and launch DX事例ブラウザ
#   sh dev.sh test [ARGS…]  set up (first time) and run the whole test suite
# Set-up: the Debian/Ubuntu packages Qt needs (when run as root or with sudo),
# a virtual environment in .venv and the dependencies listed in pyproject.toml.
set -eu
cd "$(dirname "$0")"
cmd="${1:-app}"
[ $# -gt 0 ] && shift

SUDO=""
[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo"

# Libraries Qt's xcb/offscreen platforms load at run time, python3-venv for the
# virtual environment, xvfb/xauth/poppler-utils for the GUI and PDF tests.
APT_PACKAGES="python3-venv libgl1 libegl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 \
libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 \
libxrender1 libxi6 libsm6 libice6 xvfb xauth poppler-utils"

need_apt=0
for p in $APT_PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || { need_apt=1; break; }
done
if [ "$need_apt" = 1 ] && command -v apt-get >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ] || [ -n "$SUDO" ]; then
        echo "dev.sh: installing system packages Qt needs…" >&2
        $SUDO apt-get update -qq
        # Some names differ between releases (e.g. libgl1 vs libgl1-mesa-glx); install what exists.
        avail=""
        for p in $APT_PACKAGES; do
            apt-cache show "$p" >/dev/null 2>&1 && avail="$avail $p"
        done
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $avail >/dev/null
    else
        echo "dev.sh: missing system packages; run as root or install: $APT_PACKAGES" >&2
    fi
fi

PY="${PYTHON:-python3}"
stamp=.venv/.deps-$(cksum pyproject.toml | cut -d' ' -f1)
if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
if [ ! -f "$stamp" ]; then
    .venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
    .venv/bin/python - <<'PYEOF' > .venv/requirements.txt
import tomllib
p = tomllib.load(open("pyproject.toml", "rb"))["project"]
print("\n".join(p["dependencies"] + p["optional-dependencies"]["dev"]))
PYEOF
    .venv/bin/python -m pip install -q -r .venv/requirements.txt
    rm -f .venv/.deps-*
    touch "$stamp"
fi

case "$cmd" in
    app)  exec .venv/bin/python main.py "$@" ;;
    test) exec .venv/bin/python -m pytest "$@" ;;
    *)    echo "usage: sh dev.sh app|test [ARGS…]" >&2; exit 2 ;;
esac
