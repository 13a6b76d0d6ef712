#!/usr/bin/env bash
# Publishes the site: the one list of steps between a push to main and the live site.
#   1. install   `npm ci` (skipped with --no-install, when the caller installed already);
#   2. check     `npm run check`: any error in the content stops here;
#   3. build     `npm run build`: the same check again, Astro into dist.new/, swapped into dist/ only
#                when the whole build succeeded (scripts/lib/build-site.ts). Astro's cache (processed
#                pictures, share images, incremental pages) lives in DVK_CACHE_DIR, `.cache/` by
#                default: outside node_modules/, which `npm ci` empties, so the forge's cache action
#                can restore it before this script and save it after;
#   4. publish   dist/ to where the target says:
#                  rsync  to the nginx host over SSH (deploy/nginx.conf serves it);
#                  none   nowhere: build only (the project's own CI).
# The forge's workflow (.forgejo/workflows/publish.yml, the same file in .github/workflows/) runs
# it on every push to main; CI (.ci/run) runs it with --target none before `npm test`, so what is
# published is built by the very steps that are tested. Any step that fails ends the script at once
# and nothing is published (tests/scripts/publish.test.ts). How it is set up: docs/xuat-ban.md.
#
# Usage: scripts/publish.sh [--target rsync|none] [--no-install]
#
# Environment (everything but the key can be a forge variable; the key is a forge secret):
#   DVK_PUBLISH_TARGET   rsync | none, when --target is not given (default: none)
#   DVK_RSYNC_HOST       the nginx host, e.g. danvankheo.angiang.example   } rsync only
#   DVK_RSYNC_USER       the SSH user that owns the site folder             }
#   DVK_RSYNC_PATH       the site folder nginx serves, e.g. /var/www/danvankheo/dist
#   DVK_RSYNC_PORT       SSH port (default: 22)
#   DVK_SSH_KEY          the private key of that user's deploy key (a secret: never in the repo)
#   DVK_SSH_KNOWN_HOSTS  the host's public key line(s), as `ssh-keyscan` prints them: the host is
#                        checked against it, never trusted on first sight
#   DVK_CACHE_DIR        Astro's cache folder (default: .cache)
#   DVK_OUT_DIR          the built site (default: dist), DVK_CONTENT_DIR, DVK_TODAY: as for the build
#   DVK_STAGES_FILE      if set, each step's time is appended to this file, one
#                        "name<TAB>command<TAB>result<TAB>seconds" line per step (.ci/run's table)
# Messages are in Vietnamese: the office's staff read the forge's log.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  echo 'Cách dùng: scripts/publish.sh [--target rsync|none] [--no-install]'
  echo '  --target rsync   cài đặt, kiểm tra, xây dựng rồi tải dist/ lên máy chủ nginx (xem docs/xuat-ban.md)'
  echo '  --target none    cài đặt, kiểm tra, xây dựng; không tải lên đâu (mặc định)'
  echo '  --no-install     bỏ qua npm ci (đã cài đặt rồi)'
}

# A mistake in how the script was called or set up: said before any step runs.
refuse() {
  echo "✗ Không xuất bản: $1" >&2
  exit 2
}

target=${DVK_PUBLISH_TARGET:-none}
install=1
while [ $# -gt 0 ]; do
  case $1 in
    --target) [ $# -ge 2 ] || refuse 'thiếu giá trị sau --target (rsync hoặc none).'; target=$2; shift 2 ;;
    --target=*) target=${1#--target=}; shift ;;
    --no-install) install=0; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; refuse "không hiểu tham số “$1”." ;;
  esac
done

out=${DVK_OUT_DIR:-dist}
out=${out%/}
# Relative to the project, like the build's own default; absolute, so every step means the same folder.
cache=${DVK_CACHE_DIR:-.cache}
[ "${cache#/}" != "$cache" ] || cache="$PWD/$cache"
export DVK_CACHE_DIR=$cache

# Everything the target needs is checked first: a missing secret fails in a second, not after the build.
case $target in
  none) ;;
  rsync)
    missing=()
    for name in DVK_RSYNC_HOST DVK_RSYNC_USER DVK_RSYNC_PATH DVK_SSH_KEY DVK_SSH_KNOWN_HOSTS; do
      [ -n "${!name:-}" ] || missing+=("$name")
    done
    [ ${#missing[@]} -eq 0 ] ||
      refuse "chưa đặt ${missing[*]} (biến và khóa bí mật của forge, xem docs/xuat-ban.md)."
    remote_path=${DVK_RSYNC_PATH%/}
    # With --delete-after, the whole folder becomes a copy of dist/: an absolute path (a relative one
    # would be the SSH user's home folder), and never a system folder.
    case $remote_path in
      '' | / | /var | /var/www | /home | /root | /etc | /usr | /srv | /opt | /tmp)
        refuse "DVK_RSYNC_PATH “$DVK_RSYNC_PATH” là thư mục hệ thống: hãy đặt đúng thư mục trang web, ví dụ /var/www/danvankheo/dist." ;;
      /*) ;;
      *) refuse "DVK_RSYNC_PATH “$DVK_RSYNC_PATH” phải là đường dẫn tuyệt đối, ví dụ /var/www/danvankheo/dist." ;;
    esac
    port=${DVK_RSYNC_PORT:-22}
    [[ $port =~ ^[0-9]+$ ]] || refuse "DVK_RSYNC_PORT “$port” không phải số cổng."
    for command in rsync ssh; do
      command -v "$command" >/dev/null ||
        refuse "máy chạy không có lệnh $command (Debian/Ubuntu: apt-get install rsync openssh-client)."
    done
    ;;
  *) refuse "không có đích xuất bản “$target”: chỉ có rsync hoặc none." ;;
esac

# Each step: a header, the command, its time. A failure ends the script with the summary, and the
# publish step comes last, so nothing after a failed check or build can publish.
rows=''
now_us() { echo "${EPOCHREALTIME/[.,]/}"; }
record() {
  local row="$1"$'\t'"$2"$'\t'"$3"$'\t'"$4"
  rows+="$row"$'\n'
  if [ -n "${DVK_STAGES_FILE:-}" ]; then printf '%s\n' "$row" >>"$DVK_STAGES_FILE"; fi
}
summary() {
  echo
  echo '── Các bước xuất bản ──'
  printf '%s' "$rows" | awk -F'\t' '{ printf "  %-8s  %-32s  %-12s  %s\n", $1, $2, $3, ($4 == "" ? "—" : $4 " s") }'
}
started=$(now_us)
step() {
  local name=$1 label=$2 start status=0 us seconds
  shift 2
  printf '\n▶ %s: %s\n\n' "$name" "$label"
  start=$(now_us)
  "$@" || status=$?
  us=$(($(now_us) - start))
  printf -v seconds '%d.%d' $((us / 1000000)) $((us % 1000000 / 100000))
  if [ "$status" -eq 0 ]; then
    record "$name" "$label" ok "$seconds"
  else
    record "$name" "$label" "failed ($status)" "$seconds"
    summary
    echo
    if [ "$name" = publish ]; then
      # rsync puts the new files in place only at the end (--delay-updates): an upload cut short
      # leaves the old site, one cut during those last renames a mix that the next run completes.
      echo "✗ Tải lên thất bại, mã lỗi $status. Sửa lỗi ở trên rồi chạy lại: lần sau tải lên lại đầy đủ."
    else
      echo "✗ Không xuất bản: bước “$name” ($label) thất bại, mã lỗi $status. Trang web đang chạy vẫn giữ nguyên."
    fi
    exit "$status"
  fi
}

# Refuses to publish a folder that is not a whole site: with --delete-after, an empty dist/ would
# empty the live site. The build never swaps in such a folder; this guards against a stray one.
site_complete() {
  local file
  for file in index.html 404.html sitemap-index.xml pagefind/pagefind.js; do
    if [ ! -f "$out/$file" ]; then
      echo "✗ $out/ thiếu $file: đây không phải một trang web hoàn chỉnh, không tải lên." >&2
      return 1
    fi
  done
}

# rsync over SSH. The key and the host's known key live only in a private temporary folder, removed
# on exit. --delete-after: files the new site no longer has are removed only once every new file has
# arrived, and --delay-updates puts the changed files in place together at the end, so the old site
# is served whole until the new one is complete. --checksum sends only files whose bytes changed
# (every build writes every file anew). Nothing is excluded: the server holds exactly dist/.
# (A step runs in a `||` context, where set -e does not apply: every command here says when it failed.)
publish_rsync() {
  site_complete || return 1
  local dir ssh
  dir=$(mktemp -d) || return 1
  # shellcheck disable=SC2064 # the folder's name is fixed now
  trap "rm -rf '$dir'" EXIT
  (
    umask 077 &&
      printf '%s\n' "$DVK_SSH_KEY" | tr -d '\r' >"$dir/key" &&
      printf '%s\n' "$DVK_SSH_KNOWN_HOSTS" | tr -d '\r' >"$dir/known_hosts"
  ) || return 1
  ssh="ssh -p $port -i $dir/key -o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=yes"
  ssh+=" -o UserKnownHostsFile=$dir/known_hosts -o GlobalKnownHostsFile=/dev/null"
  rsync --archive --no-owner --no-group --chmod=D755,F644 --checksum --delete-after --delay-updates \
    --stats --human-readable -e "$ssh" "$out/" "$DVK_RSYNC_USER@$DVK_RSYNC_HOST:$remote_path/"
}

if [ "$install" -eq 1 ]; then
  step install 'npm ci' npm ci --no-audit --no-fund
else
  record install 'npm ci (--no-install)' skipped ''
fi
step check 'npm run check' npm run check
step build 'npm run build' npm run build
case $target in
  rsync)
    destination="$DVK_RSYNC_USER@$DVK_RSYNC_HOST:$remote_path/"
    step publish "rsync $destination" publish_rsync
    done_line="✓ Đã xuất bản $out/ lên $destination"
    ;;
  none)
    record publish 'none' skipped ''
    done_line="✓ Đã kiểm tra và xây dựng xong $out/; không tải lên đâu (đích: none)"
    ;;
esac
summary
total_us=$(($(now_us) - started))
echo
echo "$done_line, trong $((total_us / 1000000)) giây."
