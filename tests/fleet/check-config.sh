#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
# promtool check config on deploy/fleet's regional and agent configurations, with their
# /etc/prometheus/mist paths pointed at a temporary copy (the token, CA and targets must exist).
# Usage: check-config.sh SOURCE_DIR
set -eu
src="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/mist/targets" "$tmp/mist/rules"
cp "$src/deploy/fleet/prometheus/rules/"*.yml "$tmp/mist/rules/"
cp "$src/deploy/fleet/prometheus/targets/"*.yml "$tmp/mist/targets/"
cp "$src/tests/data/tls/ca.pem" "$tmp/mist/ca.pem"
echo "test-token" >"$tmp/mist/token"
echo "test-password" >"$tmp/mist/remote-write-password"
for config in prometheus/prometheus.yml agent/prometheus-agent.yml; do
    sed "s#/etc/prometheus/mist#$tmp/mist#g" "$src/deploy/fleet/$config" >"$tmp/$(basename "$config")"
done
promtool check config "$tmp/prometheus.yml"
promtool check config --agent "$tmp/prometheus-agent.yml"
promtool check rules "$src"/deploy/fleet/prometheus/rules/*.yml
if command -v amtool >/dev/null; then
    amtool check-config "$src/deploy/fleet/alertmanager/alertmanager.yml"
fi
