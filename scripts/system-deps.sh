#!/usr/bin/env bash
# Installs the Debian packages Tote's tests and devstack need, when any is missing:
# browsers for the end-to-end tests, Ceph's RGW for S3/STS, the AWS CLI as a second S3 client,
# and faketime for expiry tests. As root it runs apt-get; otherwise it prints the command.
set -euo pipefail

packages=(chromium firefox-esr radosgw ceph-mon ceph-osd awscli faketime curl)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

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
