#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
# Turns a Debian 12 PC into a Mist kiosk: installs the run-time packages and Mist, creates the
# "mist" user, locks down the console and enables the kiosk unit. Idempotent: run it again after
# an update, or to repair a kiosk; a step that is already done is reported and skipped.
# deploy/README.md explains it step by step.
#
#   sudo deploy/install-kiosk.sh (--deb FILE | --build-dir DIR) [--dry-run]
#   deploy/install-kiosk.sh --check-deb FILE
#
#   --deb FILE        install Mist from this mist-kiosk_*.deb (the usual way); it must be owned
#                     by root and not writable by group or others, nor its folder
#   --build-dir DIR   install Mist with `cmake --install DIR` from a release build instead
#   --dry-run         print what would be done, change nothing (needs no root)
#   --check-deb FILE  only check that FILE may be installed (owner, mode) and exit
# The package is always named: the installer never picks one by itself.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/.." && pwd)
files="$here/kiosk"

user=mist
home=/var/lib/mist
unit=mist-kiosk.service

dry_run=0
check_only=""
deb=""
build_dir=""

usage() {
    sed -n '2,17s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

while [ $# -gt 0 ]; do
    case "$1" in
        --dry-run) dry_run=1 ;;
        --deb) deb=${2:?--deb needs a file}; shift ;;
        --deb=*) deb=${1#--deb=} ;;
        --build-dir) build_dir=${2:?--build-dir needs a directory}; shift ;;
        --build-dir=*) build_dir=${1#--build-dir=} ;;
        --check-deb) check_only=${2:?--check-deb needs a file}; shift ;;
        -h | --help) usage; exit 0 ;;
        *) echo "install-kiosk: unknown argument: $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done

changes=()

say() { printf 'install-kiosk: %s\n' "$*"; }
fail() { printf 'install-kiosk: error: %s\n' "$*" >&2; exit 1; }

# Runs a command that changes the system, or only prints it with --dry-run. Read-only checks run
# in both modes, so a dry run shows what would change on this very machine.
run() {
    if [ "$dry_run" -eq 1 ]; then
        printf '    would run:'
    else
        printf '    running:'
    fi
    printf ' %q' "$@"
    printf '\n'
    [ "$dry_run" -eq 1 ] || "$@"
}

# A step that changed (or, with --dry-run, would change) something, for the summary.
changed() {
    changes+=("$1")
    say "$1"
}
unchanged() { say "ok: $1"; }

# Installs a file only if it is missing or different; mode and owner as given.
install_file() {
    local source=$1 target=$2 mode=$3 what=$4
    if [ -f "$target" ] && cmp -s "$source" "$target"; then
        unchanged "$what ($target)"
    else
        changed "install $what as $target"
        run install -D -m "$mode" -o root -g root "$source" "$target"
    fi
}

# A package installed as root must be one only root could have put there: owned by root, not
# group- or world-writable, in a folder that is not either (or is sticky and root's, like /tmp).
check_deb() {
    local file=$1 dir
    [ -e "$file" ] || fail "no such package: $file"
    [ ! -L "$file" ] || fail "$file is a symbolic link; name the package file itself"
    [ -f "$file" ] || fail "$file is not a regular file"
    case "$file" in *.deb) ;; *) fail "$file is not a .deb" ;; esac
    [ "$(stat -c %u "$file")" = 0 ] || fail "$file is not owned by root (it is $(stat -c %U "$file")'s); refusing to install it as root"
    (( (8#$(stat -c %a "$file") & 8#022) == 0 )) || fail "$file is writable by group or others (mode $(stat -c %a "$file")); refusing to install it as root"
    dir=$(dirname "$file")
    if (( (8#$(stat -c %a "$dir") & 8#022) != 0 )); then
        (( (8#$(stat -c %a "$dir") & 8#1000) != 0 )) && [ "$(stat -c %u "$dir")" = 0 ] \
            || fail "$dir is writable by group or others; move the package to a folder only root can write"
    fi
}

if [ -n "$check_only" ]; then
    check_deb "$check_only"
    say "ok: $check_only may be installed"
    exit 0
fi

# --- 0. Where we are ---------------------------------------------------------------------------
if [ "$dry_run" -eq 0 ] && [ "$(id -u)" -ne 0 ]; then
    fail "run as root (sudo $0), or try --dry-run first"
fi
[ "$dry_run" -eq 1 ] && say "dry run: nothing will be changed"
if ! grep -qs '^VERSION_ID="12"' /etc/os-release || ! grep -qs '^ID=debian' /etc/os-release; then
    say "warning: this is not Debian 12; Mist is built and tested for Debian 12 only"
fi

# Where Mist comes from: a .deb (preferred) or a build directory, always named.
if [ -z "$deb" ] && [ -z "$build_dir" ]; then
    echo "install-kiosk: name the package: --deb FILE (or --build-dir DIR); see deploy/README.md" >&2
    usage >&2
    exit 2
fi
if [ -n "$deb" ]; then
    check_deb "$deb"
    deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
elif [ -n "$build_dir" ]; then
    [ -f "$build_dir/cmake_install.cmake" ] || fail "$build_dir is not a CMake build directory"
fi

# --- 1. Run-time packages ----------------------------------------------------------------------
mapfile -t wanted < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$here/packages-kiosk.txt" | grep -v '^$')
missing=()
for pkg in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$pkg")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    unchanged "all ${#wanted[@]} run-time packages of deploy/packages-kiosk.txt are installed"
else
    changed "install ${#missing[@]} run-time packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    run apt-get update -qq
    run apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# --- 2. Mist itself ----------------------------------------------------------------------------
if [ -n "$deb" ]; then
    new_version=$(dpkg-deb -f "$deb" Version)
    old_version=$(dpkg-query -W -f='${Version}' mist-kiosk 2>/dev/null || true)
    if [ "$old_version" = "$new_version" ] \
        && dpkg-query -W -f='${Status}' mist-kiosk 2>/dev/null | grep -q 'install ok installed'; then
        unchanged "mist-kiosk $new_version is installed"
    else
        changed "install mist-kiosk ${new_version} from $deb${old_version:+ (was $old_version)}"
        # apt, not dpkg -i: apt also installs whatever the package depends on.
        run apt-get install -y -qq --no-install-recommends "$deb"
    fi
else
    changed "install Mist from the build in $build_dir into /usr"
    run cmake --install "$build_dir" --prefix /usr --strip
fi

# --- 3. The kiosk's user -----------------------------------------------------------------------
# video lets it talk to seatd; render gives it the GPU (the unit adds both as SupplementaryGroups
# and systemd refuses to start it if a group is missing).
for group in video render; do
    if getent group "$group" >/dev/null; then
        unchanged "group $group exists"
    else
        changed "create the system group $group"
        run addgroup --system "$group"
    fi
done
if getent passwd "$user" >/dev/null; then
    unchanged "user $user exists"
    current_home=$(getent passwd "$user" | cut -d: -f6)
    [ "$current_home" = "$home" ] || say "warning: $user's home is $current_home, not $home"
else
    changed "create the system user $user (home $home, no password, no shell)"
    run adduser --system --group --home "$home" --shell /usr/sbin/nologin --gecos "Mist kiosk" "$user"
fi
# The home holds the kiosk's data: nobody else may read it.
if [ -d "$home" ] && [ "$(stat -c '%U:%a' "$home")" = "$user:700" ]; then
    unchanged "$home belongs to $user, mode 700"
else
    changed "make $home belong to $user, mode 700"
    run install -d -o "$user" -g "$user" -m 0700 "$home"
fi

# --- 4. Configuration: /etc/mist/mist.conf, never overwritten ----------------------------------
if [ -f /etc/mist/mist.conf ]; then
    unchanged "/etc/mist/mist.conf exists (left as it is)"
else
    changed "create /etc/mist/mist.conf from the example (edit it: library name, timeouts)"
    run install -D -m 0640 -o root -g "$user" "$files/mist.conf.example" /etc/mist/mist.conf
fi

# --- 5. No way out of the kiosk ----------------------------------------------------------------
install_file "$files/logind-mist-kiosk.conf" /etc/systemd/logind.conf.d/90-mist-kiosk.conf 0644 \
    "no login prompts on other virtual terminals"
install_file "$files/sysctl-mist-kiosk.conf" /etc/sysctl.d/90-mist-kiosk.conf 0644 \
    "no magic SysRq keys"
install_file "$files/polkit-mist-kiosk-usb.rules" /etc/polkit-1/rules.d/50-mist-kiosk-usb.rules 0644 \
    "the kiosk may mount USB sticks (udisks2) for the librarian's reports"
if [ "$(sysctl -n kernel.sysrq 2>/dev/null || echo unknown)" = 0 ]; then
    unchanged "SysRq keys are off now"
else
    changed "switch SysRq keys off now"
    run sysctl -q -p /etc/sysctl.d/90-mist-kiosk.conf
fi
mask() {
    local what=$1 why=$2
    if [ "$(systemctl is-enabled "$what" 2>/dev/null || true)" = masked ]; then
        unchanged "$what is masked"
    else
        changed "mask $what: $why"
        run systemctl mask "$what"
    fi
}
mask getty@tty1.service "no login prompt on tty1, the kiosk's terminal"
mask ctrl-alt-del.target "Ctrl+Alt+Del does not reboot the PC"

# --- 5b. A local print server keeps no citizen's document -----------------------------------
# The kiosk cancels and purges its jobs when a visit ends; a cupsd must also not keep the
# document files of jobs that printed (PreserveJobFiles No). Job history (states, no content) stays,
# so the kiosk can tell a citizen that their pages printed.
if [ -f /etc/cups/cupsd.conf ]; then
    if grep -Eiq '^[[:space:]]*PreserveJobFiles[[:space:]]+No[[:space:]]*$' /etc/cups/cupsd.conf; then
        unchanged "CUPS keeps no printed documents (PreserveJobFiles No)"
    elif command -v cupsctl >/dev/null && { [ "$dry_run" -eq 1 ] || systemctl is-active --quiet cups; }; then
        changed "make CUPS keep no printed documents (PreserveJobFiles No)"
        run cupsctl PreserveJobFiles=No
    else
        say "warning: CUPS is installed but not running: start it (systemctl start cups) and run this again, so it keeps no printed documents"
    fi
else
    unchanged "no local CUPS server (a printer's ipp:// address is used directly, or none)"
fi

# --- 6. Start the kiosk at boot ----------------------------------------------------------------
# A new or updated unit file must be read before it is enabled or started.
if [ ${#changes[@]} -gt 0 ]; then
    run systemctl daemon-reload
fi
for enabled in seatd.service "$unit"; do
    if [ "$(systemctl is-enabled "$enabled" 2>/dev/null || true)" = enabled ]; then
        unchanged "$enabled is enabled"
    else
        changed "enable $enabled"
        run systemctl enable "$enabled"
    fi
done
if [ "$(systemctl get-default 2>/dev/null || true)" = graphical.target ]; then
    unchanged "the PC boots into graphical.target"
else
    changed "boot into graphical.target (the kiosk is part of it)"
    run systemctl set-default graphical.target
fi

# --- Summary -----------------------------------------------------------------------------------
echo
if [ ${#changes[@]} -eq 0 ]; then
    say "nothing else to do: this PC was already set up as a Mist kiosk"
else
    if [ "$dry_run" -eq 1 ]; then say "would change:"; else say "changed:"; fi
    printf '  - %s\n' "${changes[@]}"
fi
cat <<EOF

Next:
  - edit /etc/mist/mist.conf (library name, timeouts), then
  - reboot; the kiosk starts on the screen by itself. From an SSH session, instead:
      systemctl restart $unit
  - logs: journalctl -u $unit -b
EOF
