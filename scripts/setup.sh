#!/usr/bin/env bash
# Installs the Debian 12 packages the project needs. Idempotent: apt runs only when
# something is missing, so a second call costs a few dpkg queries.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev
    # Qt6Charts' CMake package needs Qt6OpenGL's; apt does not pull it in without recommends.
    libqt6opengl6-dev libqt6sql6-sqlite libqt6svg6 libgl-dev zlib1g-dev
    # PostgreSQL: Qt's driver, and the server the tests start on loopback (tests/support/pgserver.sh).
    libqt6sql6-psql postgresql postgresql-client
    libsqlite3-dev sqlite3 libqrencode-dev libsodium-dev libssl-dev libxlsxwriter-dev
    # Slips are set in Liberation Serif: version 2 (fonts-liberation2) has the Vietnamese
    # letters, version 1 (fonts-liberation) has not; DejaVu Serif is the fallback.
    fonts-dejavu-core fonts-liberation2
    xvfb xauth imagemagick poppler-utils zbar-tools unzip
    # The Debian package (cpack: dpkg-shlibdeps, file), its icons and the checks of its files.
    dpkg-dev file librsvg2-bin desktop-file-utils appstream groff-base
    # Printing to a real queue is tested on a private cupsd with a cups-pdf printer.
    cups cups-daemon cups-client printer-driver-cups-pdf
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all ${#packages[@]} packages present"
    exit 0
fi

echo "setup: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
