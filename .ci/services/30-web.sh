# Browser tests of the page (tests/Isnad.Web.Tests/Browser): Debian's Chromium and Noto fonts, and the page built
# from web/ by npm from its lock file. Exports ISNAD_CHROMIUM for the tests. Sourced by .ci/run (set -euo pipefail).
web_missing=()
[[ -x /usr/bin/chromium ]] || web_missing+=(chromium)
dpkg-query -W -f='${Status}' fonts-noto-core 2>/dev/null | grep -q "install ok installed" || web_missing+=(fonts-noto-core)
if [[ ${#web_missing[@]} -gt 0 ]]; then
    echo "30-web: installing ${web_missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${web_missing[@]}" >/dev/null
fi
if [[ ! -x /usr/bin/chromium ]]; then
    echo "30-web: /usr/bin/chromium is missing after apt-get install chromium" >&2
    return 1
fi
/usr/bin/chromium --version

if ! command -v npm >/dev/null 2>&1; then
    echo "30-web: npm is missing: it builds the page (web/)" >&2
    return 1
fi
# The page's own unit tests (node --test: segmentation, exports) fail CI here, before the browser tests run.
(cd web && npm ci --no-audit --no-fund && npm run build && npm test --silent)
if [[ ! -f src/Isnad.Web/wwwroot/index.html ]]; then
    echo "30-web: npm run build left no src/Isnad.Web/wwwroot/index.html" >&2
    return 1
fi
export ISNAD_CHROMIUM=/usr/bin/chromium
unset web_missing
