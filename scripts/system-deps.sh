#!/usr/bin/env bash
# Installs the Debian packages Tote's tests and devstack need, when any is missing:
# browsers for the end-to-end tests (with their German UI, for the test of Tote in German), Ceph's RGW for S3/STS, the AWS CLI as a second S3 client,
# faketime for expiry tests, and Xvfb (with a window manager, screenshots and input) for the tests
# that launch Tote the way `npm start` does. As root it runs apt-get; otherwise it prints the
# command. Then it checks for cfn-lint, the official CloudFormation linter `npm run infra:test`
# runs: a Python tool that Debian does not package.
set -euo pipefail

packages=(chromium chromium-l10n firefox-esr firefox-esr-l10n-de radosgw ceph-mon ceph-osd awscli faketime curl xvfb openbox imagemagick xdotool)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
  command=(apt-get install -y --no-install-recommends "${missing[@]}")
  if [ "$(id -u)" -ne 0 ]; then
    echo "Tote needs these Debian packages: ${missing[*]}" >&2
    echo "Install them with: sudo apt-get update && sudo ${command[*]}" >&2
    exit 1
  fi
  echo "Installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  "${command[@]}"
fi

# cfn-lint comes from PyPI (these machine images carry it under pyenv). It is not installed from
# here: without PyPI access pip would only hang, and a wrong tool of the same name exists on npm.
# Where pyenv keeps it, for shells without pyenv's shims on PATH (infra/cfn-lint-command.ts looks there too).
found_cfn_lint() {
  command -v cfn-lint >/dev/null 2>&1 && return 0
  for candidate in "$HOME/.pyenv/shims/cfn-lint" "$HOME"/.pyenv/versions/*/bin/cfn-lint; do
    [ -x "$candidate" ] && return 0
  done
  return 1
}
if ! found_cfn_lint; then
  echo "cfn-lint (the official CloudFormation linter) is not on PATH or under ~/.pyenv; npm run infra:test needs it." >&2
  echo "Install it with: python3 -m pip install --user cfn-lint   (or: pipx install cfn-lint)" >&2
  exit 1
fi
