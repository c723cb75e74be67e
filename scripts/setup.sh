#!/usr/bin/env bash
# npm run setup: everything a fresh machine needs. Node packages from the lock file, and Debian's
# Chromium (never a browser download) when /usr/bin/chromium is missing, and Noto CJK fonts so the
# PDF reports print Chinese (Chromium has no CJK glyphs of its own), and redis-server for the
# tests of load runs shared by many machines (BullMQ); the tests start their own on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "setup: installing Debian chromium (needs root / sudo)"
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
/usr/bin/chromium --version

# The same Chromium build without the desktop browser: a web chat's start costs about half the CPU
# (harness/channels/webchat/browser.ts). Optional: without it, headless runs use /usr/bin/chromium.
if [ ! -x /usr/bin/chromium-headless-shell ]; then
  echo "setup: installing Debian chromium-headless-shell for faster web-chat starts (needs root / sudo)"
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium-headless-shell >/dev/null \
    || echo "setup: chromium-headless-shell is not available here; web chats use /usr/bin/chromium"
fi

if ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
  echo "setup: installing Debian fonts-noto-cjk for the PDF reports (needs root / sudo)"
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fonts-noto-cjk >/dev/null
fi

if ! command -v redis-server >/dev/null 2>&1; then
  echo "setup: installing Debian redis-server for the many-machine load tests (needs root / sudo)"
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq redis-server >/dev/null
fi

# PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: playwright-core never downloads, but be explicit for forks.
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
echo "setup: done. Try: npm start"
