#!/bin/sh
# Run inside a fresh Debian 12 root where motcua_*.deb was just installed with apt-get:
# the commands an office tries first, the installed files, and the window from the menu entry.
set -eu
cd "$(mktemp -d)"
motcua --version
motcua --database x.sqlite settings set office.code H47.132
motcua --database x.sqlite check
for file in /usr/share/man/man1/motcua.1.gz /usr/share/applications/motcua.desktop \
    /usr/share/icons/hicolor/scalable/apps/motcua.svg /usr/share/icons/hicolor/48x48/apps/motcua.png \
    /usr/share/metainfo/org.motcua.MotCua.metainfo.xml /usr/share/motcua/translations/motcua_vi.qm; do
    test -s "$file" || { echo "CI: $file is not installed"; exit 1; }
done

# The window, started by the desktop entry's Exec line, shows a window of its own (on a new
# database, the first-start dialog).
exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/motcua.desktop)
cat > window.sh <<SCRIPT
HOME=$PWD/home $exec_line --database $PWD/window.sqlite &
pid=\$!
for i in \$(seq 1 30); do
    xwininfo -root -tree | grep -q '("motcua" "motcua")' && break
    kill -0 \$pid 2>/dev/null || { echo "CI: the window exited"; exit 1; }
    sleep 1
done
xwininfo -root -tree | grep '("motcua" "motcua")' || { echo "CI: no window of motcua"; exit 1; }
kill \$pid
SCRIPT
xvfb-run -a -s "-screen 0 1366x768x24" sh window.sh
echo "CI: the installed package works"
