#!/usr/bin/env bash
# Makes sure Debian's Chromium and Firefox ESR, which the e2e tests drive, are installed.
# Test tools can't download their own browsers on our machines, so we use the distro's.
# chromium-l10n and two Firefox language packs: the locale stories run both browsers in Arabic and Spanish.
set -euo pipefail

required=(/usr/bin/chromium /usr/bin/firefox-esr /usr/lib/chromium/locales/ar.pak
  /usr/lib/firefox-esr/browser/extensions/langpack-ar@firefox-esr.mozilla.org.xpi
  /usr/lib/firefox-esr/browser/extensions/langpack-es-ES@firefox-esr.mozilla.org.xpi)
install_cmd=(apt-get install -y chromium chromium-l10n firefox-esr firefox-esr-l10n-ar firefox-esr-l10n-es-es)

missing() {
  local bin
  for bin in "${required[@]}"; do
    [[ -e $bin ]] || return 0
  done
  return 1
}

missing || exit 0

if [[ $(id -u) -ne 0 ]]; then
  echo "ensure-browsers: Chromium, Firefox ESR or their Arabic and Spanish languages are missing. Install them with:" >&2
  echo "  sudo ${install_cmd[*]}" >&2
  exit 1
fi

echo "ensure-browsers: installing ${install_cmd[*]:3}" >&2
apt-get update
DEBIAN_FRONTEND=noninteractive "${install_cmd[@]}"

if missing; then
  echo "ensure-browsers: apt-get finished but ${required[*]} are still not all present" >&2
  exit 1
fi
