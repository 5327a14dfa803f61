#!/bin/sh
# Re-creates the project's own strace recordings in samples/ with Debian's strace (6.x).
# Usage: sh samples/record.sh   (from the repo root; needs strace, /usr/bin/python3, ps)
#
# Everything stays on this machine: the "download" is from a python http.server bound to
# 127.0.0.1. strace prints execve environments only as "/* N vars */", so no environment
# variables end up in the files; the script still refuses to keep a file that looks like it
# contains a token or a password hash.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/ephemera-record.XXXXXX)
trap 'rm -rf "$work"' EXIT
port=${EPHEMERA_DEMO_PORT:-18731}
py=/usr/bin/python3

# The demo incident: a dropper fetches a payload over loopback HTTP, makes it executable, runs
# it; the payload looks around (id, uname, whoami, hostname; ps is left out: it reads every process's environ), reads account files (one read fails),
# leaves a file behind, then the dropper deletes its traces.
mkdir -p "$work/www"
cat > "$work/www/payload.sh" <<'PAYLOAD'
#!/bin/sh
id
uname -a
whoami
hostname
cat /etc/passwd > /dev/null
cat /etc/shadow.bak 2> /dev/null || true
echo "backdoor:x:0:0::/root:/bin/sh" > /tmp/.ephemera-demo-user
PAYLOAD
cat > "$work/incident.sh" <<SCRIPT
cd "$work/www"
$py -m http.server $port --bind 127.0.0.1 > /dev/null 2>&1 &
server=\$!
sleep 1
$py -c "import urllib.request; open('/tmp/.ephemera-demo-payload', 'wb').write(urllib.request.urlopen('http://127.0.0.1:$port/payload.sh').read())"
chmod +x /tmp/.ephemera-demo-payload
/tmp/.ephemera-demo-payload > /dev/null
rm -f /tmp/.ephemera-demo-payload /tmp/.ephemera-demo-user
kill \$server
wait \$server 2> /dev/null || true
SCRIPT
# a clean environment, so no variable of this machine shows in the reads of /proc/*/environ
strace -f -ttt -T -yy -s 256 -o "$work/incident.strace" env -i PATH=/usr/bin:/bin HOME=/root sh "$work/incident.sh"
# the temporary directory name changes on every run; make it stable so diffs stay readable
sed "s#$work#/tmp/ephemera-record#g" "$work/incident.strace" > "$here/demo/incident.strace"

# Smaller recordings with other flag sets.
strace -tt -T -y -o "$work/ls.strace" ls -l /etc/hostname /nonexistent > /dev/null 2>&1 || true
cp "$work/ls.strace" "$here/strace/ls-tt-T-y.strace"

strace -f -t -o "$work/sh.strace" sh -c 'cat /etc/hostname > /dev/null; echo hi | wc -c > /dev/null'
cp "$work/sh.strace" "$here/strace/sh-pipe-f-t.strace"

strace -ttt -o "$work/sleep.strace" sh -c 'sleep 5 & pid=$!; sleep 0.2; kill -TERM $pid; wait $pid' || true
cp "$work/sleep.strace" "$here/strace/sleep-kill-ttt.strace"

for f in "$here/demo/incident.strace" "$here"/strace/*.strace; do
  if grep -Eq '(TOKEN|SECRET|PASSWORD|AWS_|GITHUB_|KEY)[A-Z_]*=|\$[0-9y]\$' "$f"; then
    echo "refusing $f: it looks like it contains a secret:" >&2
    grep -Eo '.{0,40}((TOKEN|SECRET|PASSWORD|AWS_|GITHUB_|KEY)[A-Z_]*=|\$[0-9y]\$).{0,40}' "$f" | head -3 >&2
    rm -f "$f"
    exit 1
  fi
done
ls -l "$here/demo" "$here/strace"
