# Sourced by the scripts: one place for paths and tool versions.
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
# The wasm-bindgen CLI must match the library in Cargo.lock exactly.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$ROOT/Cargo.lock")"
# Cuts the web build into parts (scripts/build-wasm.mjs); the same release line
# as the wasm_split_helpers that Leptos uses.
WASM_SPLIT_VERSION="0.2.4"
CHROMIUM="/usr/bin/chromium"
CHROMEDRIVER="/usr/bin/chromedriver"
# npm's binaryen (wasm-opt 132) first: Debian's wasm-opt 108 breaks the module.
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROMIUM CHROMEDRIVER
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
