#!/usr/bin/env bash
# Times lesson 1 run by storage-lab against the same engine work typed as docker CLI commands
# (build, the cache rebuild, the layers' files read from docker save, the image whose later layer
# deletes a file, runs, execs, diffs, volumes, the app's published port and items,
# binds, -v vs --mount), each from a clean state, alternating ROUNDS times (default 3) so that a
# noisy machine weighs on both alike. Prints the median of each, in ms:
#   lesson_ms N
#   cli_ms N
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
rounds="${1:-3}"
export STORAGE_LAB_HOME="$(mktemp -d)"
./storage-lab version >/dev/null 2>&1
base=$(./storage-lab lab base-image --json | sed -n 's/.*"reference" : "\(.*\)".*/\1/p')
work="$(mktemp -d)"
label="--label bench.storagelab=cli"
trap 'cleanup_cli; ./storage-lab lesson reset docker-storage >/dev/null 2>&1 || true; rm -rf "$work" "$STORAGE_LAB_HOME"' EXIT

ms() { date +%s%3N; }

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

cleanup_cli() {
  docker rm -f $(docker ps -aq --filter label=bench.storagelab=cli) >/dev/null 2>&1 || true
  docker volume rm bench-volume bench-nocopy >/dev/null 2>&1 || true
  docker rmi bench-todo:lesson bench-todo:changed bench-todo:staging bench-todo:production \
    bench-todo:deleted-file \
    >/dev/null 2>&1 || true
  rm -rf "$work"/*
}

lesson() {
  ./storage-lab lesson reset docker-storage >/dev/null 2>&1 || true
  local start; start=$(ms)
  ./storage-lab lesson run docker-storage >/dev/null
  echo $(( $(ms) - start ))
}

cli() {
  cleanup_cli
  cp -r docker-storage/src/main/resources/lab/todo "$work/ctx"
  chmod +x "$work/ctx/cgi-bin/todo"
  mkdir -p "$work/site"
  local start; start=$(ms)
  (
    set -e
    cd "$work/ctx"
    docker version >/dev/null
    docker build -q --build-arg BASE="$base" $label -t bench-todo:lesson . >/dev/null 2>&1
    docker history bench-todo:lesson >/dev/null
    docker image inspect --format '{{json .RootFS.Layers}}' bench-todo:lesson >/dev/null
    docker save bench-todo:lesson | tar -t >/dev/null
    echo "# changed $(date +%N)" >> cgi-bin/todo
    docker build -q --build-arg BASE="$base" $label -t bench-todo:changed . >/dev/null 2>&1
    docker history bench-todo:changed >/dev/null
    docker run -d $label --name bench-app bench-todo:lesson >/dev/null
    docker exec bench-app sh -c 'echo note > /app/written-in-container; rm /app/index.html'
    docker tag bench-todo:lesson bench-todo:staging; docker tag bench-todo:lesson bench-todo:production
    printf 'FROM bench-todo:lesson\nRUN head -c 524288 /dev/zero > /app/big.bin\nRUN rm /app/big.bin\n' \
      | docker build -q $label -t bench-todo:deleted-file - >/dev/null 2>&1
    docker save bench-todo:deleted-file | tar -t >/dev/null
    docker exec bench-app mkdir /app/test-demo
    docker diff bench-app >/dev/null
    docker exec bench-app ls -la /app >/dev/null
    upper=$(docker inspect --format '{{.GraphDriver.Data.UpperDir}}' bench-app); ls "$upper/app" >/dev/null
    docker info --format '{{.Driver}}' >/dev/null; docker exec bench-app grep ' / ' /proc/mounts >/dev/null
    docker exec bench-app wget -qO- 'http://127.0.0.1:8080/cgi-bin/todo?item=buy+milk' >/dev/null
    docker rm -f bench-app >/dev/null
    docker run -d $label --name bench-fresh bench-todo:lesson >/dev/null
    docker exec bench-fresh ls /app/test-demo 2>/dev/null || true
    docker exec bench-fresh wget -qO- http://127.0.0.1:8080/cgi-bin/todo >/dev/null
    docker volume create $label bench-volume >/dev/null
    docker volume inspect bench-volume >/dev/null
    docker run -d $label --name bench-vol -p 127.0.0.1::8080 -v bench-volume:/app bench-todo:lesson >/dev/null
    ls "$(docker volume inspect --format '{{.Mountpoint}}' bench-volume)" >/dev/null
    docker exec bench-vol mkdir /app/test-demo
    docker volume create $label bench-nocopy >/dev/null
    docker run --rm -v bench-nocopy:/app:nocopy bench-todo:lesson ls -A /app >/dev/null
    until curl -fs "http://$(docker port bench-vol 8080)/cgi-bin/todo?item=water+the+plants" >/dev/null; do sleep 0.1; done
    docker stop bench-vol >/dev/null; docker start bench-vol >/dev/null
    docker exec bench-vol ls -d /app/test-demo >/dev/null
    docker rm -f bench-vol >/dev/null
    docker run -d $label --name bench-vol2 -p 127.0.0.1::8080 -v bench-volume:/app bench-todo:lesson >/dev/null
    docker exec bench-vol2 ls -d /app/test-demo >/dev/null
    until curl -fs "http://$(docker port bench-vol2 8080)/cgi-bin/todo" >/dev/null; do sleep 0.1; done
    echo host > "$work/site/from-host.txt"
    docker run -d $label --name bench-web -p 127.0.0.1::8080 -v bench-volume:/app -v "$work/site:/srv/site" bench-todo:lesson >/dev/null
    docker exec bench-web cat /srv/site/from-host.txt >/dev/null
    docker exec bench-web sh -c 'echo c > /srv/site/from-container.txt'
    mkdir -p "$work/syntax"
    docker create $label --name bench-v -v "$work/syntax:/data:ro" bench-todo:lesson >/dev/null
    docker create $label --name bench-m --mount "type=bind,src=$work/syntax,dst=/data,readonly" bench-todo:lesson >/dev/null
    docker run --rm $label -v "$work/missing-v:/data" bench-todo:lesson true >/dev/null
    docker create $label --mount "type=bind,src=$work/missing-m,dst=/data" bench-todo:lesson >/dev/null 2>&1 || true
    docker inspect --format '{{json .Mounts}}' bench-web >/dev/null
  )
  echo $(( $(ms) - start ))
}

lessons=(); clis=()
for _ in $(seq "$rounds"); do
  lessons+=("$(lesson)")
  clis+=("$(cli)")
done
echo "lesson_ms $(printf '%s\n' "${lessons[@]}" | median)"
echo "cli_ms $(printf '%s\n' "${clis[@]}" | median)"
