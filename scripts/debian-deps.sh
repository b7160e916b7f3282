#!/usr/bin/env bash
# Installs the given Debian packages when missing (as root), else prints the exact command.
set -euo pipefail
command -v dpkg-query >/dev/null || exit 0   # not Debian: nothing to check
missing=()
for pkg in "$@"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
(( ${#missing[@]} )) || exit 0
if [[ $(id -u) == 0 ]]; then
  echo "Installing Debian packages: ${missing[*]}"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Missing Debian packages. Please run:" >&2
  echo "  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
fi
