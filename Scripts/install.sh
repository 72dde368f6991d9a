#!/usr/bin/env bash
# Installs vouch, its man page and shell completions under a prefix.
#   Scripts/install.sh            # /usr/local (may need sudo)
#   Scripts/install.sh ~/.local   # no sudo
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:-/usr/local}"
# On Linux the Swift runtime and Foundation are linked in: the binary starts about 5 ms
# sooner, runs faster (docs/PERFORMANCE.md) and needs no Swift runtime installed.
static=()
if [ "$(uname -s)" = Linux ]; then static=(--static-swift-stdlib); fi
swift build -c release --product vouch ${static[@]+"${static[@]}"}
install -d "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" \
    "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -m 755 "$(swift build -c release --show-bin-path ${static[@]+"${static[@]}"})/vouch" "$prefix/bin/vouch"
# The man page comes from ArgumentParser's generate-manual plugin.
swift package --allow-writing-to-package-directory generate-manual --configuration release >/dev/null
install -m 644 .build/plugins/GenerateManual/outputs/vouch/vouch.1 "$prefix/share/man/man1/vouch.1"
"$prefix/bin/vouch" --generate-completion-script bash > "$prefix/share/bash-completion/completions/vouch"
"$prefix/bin/vouch" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_vouch"
"$prefix/bin/vouch" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/vouch.fish"
echo "Installed vouch $("$prefix/bin/vouch" --version) under $prefix"
echo "Make sure $prefix/bin is on your PATH; man vouch needs $prefix/share/man on MANPATH."
