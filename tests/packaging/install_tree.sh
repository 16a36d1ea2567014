#!/usr/bin/env bash
# `cmake --install` gives a tree that works where it is put: installed into a temporary prefix,
# then moved elsewhere, the CLI answers --version and the GUI paints its window once (offscreen).
# Usage: install_tree.sh BUILD_DIR WITH_GUI(0|1)
set -euo pipefail
build_dir="$1"
with_gui="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null
mv "$work/prefix" "$work/moved" # relocatable: nothing may point back at the install prefix
tree="$work/moved"

expect=(bin/creditdesk-cli share/man/man1/creditdesk-cli.1.gz share/doc/creditdesk/copyright
        share/doc/creditdesk/changelog.gz)
if [ "$with_gui" = 1 ]; then
    expect+=(bin/creditdesk share/applications/io.github.creditdesk.CreditDesk.desktop
             share/metainfo/io.github.creditdesk.CreditDesk.metainfo.xml
             share/icons/hicolor/scalable/apps/io.github.creditdesk.CreditDesk.svg share/man/man1/creditdesk.1.gz)
fi
for file in "${expect[@]}"; do
    [ -e "$tree/$file" ] || { echo "FAIL: the install tree has no $file"; exit 1; }
done

version="$("$tree/bin/creditdesk-cli" --version)"
grep -q '[0-9]\+\.[0-9]\+\.[0-9]\+' <<<"$version" || { echo "FAIL: creditdesk-cli --version said: $version"; exit 1; }
echo "installed CLI: $version"

if [ "$with_gui" = 1 ]; then
    # A private home, and the startup probe of main.cpp: quit after the first paint.
    home="$work/home"
    mkdir -p "$home"
    painted="$(HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
        QT_QPA_PLATFORM=offscreen CREDITDESK_BENCHMARK_STARTUP=1 timeout 120 "$tree/bin/creditdesk" --sandbox 2>/dev/null)" \
        || { echo "FAIL: the installed GUI exited with $? before painting"; exit 1; }
    grep -q '^painted ' <<<"$painted" || { echo "FAIL: the installed GUI did not paint: $painted"; exit 1; }
    echo "installed GUI: $painted"
fi
echo "PASS"
