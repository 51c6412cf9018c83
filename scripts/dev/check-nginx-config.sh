#!/usr/bin/env bash
# Runs the nginx configuration of docs/hebergement.md (as written there) on 127.0.0.1, against a
# built site, and checks what the static server of scripts/lib/ imitates: one address per page
# (`/page/` → 301 `/page`), the 404 page, caching headers, validators and 304s.
# Usage: bash scripts/dev/check-nginx-config.sh [build-dir]   (needs Debian's nginx and curl)
set -euo pipefail
cd "$(dirname "$0")/../.."
site=$(realpath "${1:-build}")
work=$(mktemp -d)
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')

# The server block of the documentation, with this machine's root and port.
awk '/^```nginx$/{on=1;next} /^```$/{on=0} on' docs/hebergement.md |
	sed -e "s#root /var/www/capsules;#root $site; listen 127.0.0.1:$port;#" >"$work/site.conf"
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $work/nginx.pid;
error_log $work/error.log;
$( [ "$(id -u)" = 0 ] && echo 'user root;' )
events {}
http {
	include /etc/nginx/mime.types;
	access_log off;
	client_body_temp_path $work/body; proxy_temp_path $work/proxy; fastcgi_temp_path $work/fastcgi;
	uwsgi_temp_path $work/uwsgi; scgi_temp_path $work/scgi;
	include $work/site.conf;
}
CONF
nginx -t -c "$work/nginx.conf" -e "$work/error.log"
nginx -c "$work/nginx.conf" -e "$work/error.log" &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done

fail=0
check() { # description, expected, actual
	if [ "$2" = "$3" ]; then echo "ok    $1"; else echo "FAIL  $1: expected « $2 », got « $3 »"; fail=1; fi
}
url="http://127.0.0.1:$port"
headers() { curl -s -o /dev/null -D - -H 'Accept-Encoding: gzip' "$@" | tr -d '\r'; }
header() { grep -i "^$1:" | head -1 | cut -d' ' -f2-; }
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }

module=$(ls "$site/modules" | grep '\.html$' | head -1 | sed 's/\.html$//')
check "/modules/$module" 200 "$(status "$url/modules/$module")"
check "/modules/$module/ → 301" 301 "$(status "$url/modules/$module/?a=1")"
check "… to /modules/$module?a=1" "$url/modules/$module?a=1" "$(headers "$url/modules/$module/?a=1" | header location)"
check "/ stays /" 200 "$(status "$url/")"
check "unknown page → 404" 404 "$(status "$url/nulle-part")"
check "unknown page shows 404.html" "$(wc -c <"$site/404.html")" "$(curl -s "$url/nulle-part" | wc -c)"
check "a page has no Cache-Control" "" "$(headers "$url/progression" | header cache-control)"
check "a page has Last-Modified" yes "$(headers "$url/progression" | grep -qi '^last-modified:' && echo yes)"
check "service-worker.js: no-cache" no-cache "$(headers "$url/service-worker.js" | header cache-control)"
immutable=$(cd "$site" && ls _app/immutable/entry/*.js | head -1)
check "immutable files: a year" max-age=31536000 "$(headers "$url/$immutable" | header cache-control)"
etag=$(headers "$url/progression" | header etag)
check "gzipped page: weak ETag" W/ "${etag:0:2}"
check "If-None-Match → 304" 304 "$(status -H 'Accept-Encoding: gzip' -H "If-None-Match: $etag" "$url/progression")"
exit $fail
