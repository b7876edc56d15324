#!/usr/bin/env bash
# Times lesson 1 run by storage-lab against the same engine work typed as docker CLI commands
# (build, the cache rebuild, runs, execs, diffs, volumes, binds, -v vs --mount), each on a clean
# engine state. The goal: the lesson is no slower than the CLI. Prints both wall times.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export STORAGE_LAB_HOME="$(mktemp -d)"
./storage-lab version >/dev/null 2>&1
base=$(./storage-lab lab base-image --json | sed -n 's/.*"reference" : "\(.*\)".*/\1/p')

ms() { date +%s%3N; }

./storage-lab lesson reset docker-storage >/dev/null 2>&1 || true
start=$(ms)
./storage-lab lesson run docker-storage >/dev/null
lesson=$(( $(ms) - start ))
./storage-lab lesson reset docker-storage >/dev/null

work="$(mktemp -d)"
cp -r docker-storage/src/main/resources/lab/todo "$work/ctx"
chmod +x "$work/ctx/cgi-bin/todo"
mkdir -p "$work/site" "$work/syntax"
label="--label bench.storagelab=cli"
start=$(ms)
(
  set -e
  cd "$work/ctx"
  docker version >/dev/null
  docker build -q --build-arg BASE="$base" $label -t bench-todo:lesson . >/dev/null
  docker history bench-todo:lesson >/dev/null
  docker image inspect --format '{{json .RootFS.Layers}}' bench-todo:lesson >/dev/null
  echo "# changed $(date +%N)" >> cgi-bin/todo
  docker build -q --build-arg BASE="$base" $label -t bench-todo:changed . >/dev/null
  docker history bench-todo:changed >/dev/null
  docker run -d $label --name bench-app bench-todo:lesson >/dev/null
  docker exec bench-app sh -c 'echo note > /app/written-in-container; rm /app/index.html'
  docker tag bench-todo:lesson bench-todo:staging; docker tag bench-todo:lesson bench-todo:production
  docker exec bench-app mkdir /app/test-demo
  docker diff bench-app >/dev/null
  upper=$(docker inspect --format '{{.GraphDriver.Data.UpperDir}}' bench-app); ls "$upper/app" >/dev/null
  docker info --format '{{.Driver}}' >/dev/null; docker exec bench-app grep ' / ' /proc/mounts >/dev/null
  docker rm -f bench-app >/dev/null
  docker run -d $label --name bench-fresh bench-todo:lesson >/dev/null
  docker exec bench-fresh ls /app/test-demo 2>/dev/null || true
  docker volume create $label bench-volume >/dev/null
  docker volume inspect bench-volume >/dev/null
  docker run -d $label --name bench-vol -v bench-volume:/app bench-todo:lesson >/dev/null
  docker exec bench-vol mkdir /app/test-demo
  docker volume create $label bench-nocopy >/dev/null
  docker run --rm -v bench-nocopy:/app:nocopy bench-todo:lesson ls -A /app >/dev/null
  docker stop -t 1 bench-vol >/dev/null; docker start bench-vol >/dev/null
  docker exec bench-vol ls -d /app/test-demo >/dev/null
  docker rm -f bench-vol >/dev/null
  docker run -d $label --name bench-vol2 -v bench-volume:/app bench-todo:lesson >/dev/null
  docker exec bench-vol2 ls -d /app/test-demo >/dev/null
  echo host > "$work/site/from-host.txt"
  docker run -d $label --name bench-web -v bench-volume:/app -v "$work/site:/srv/site" bench-todo:lesson >/dev/null
  docker exec bench-web cat /srv/site/from-host.txt >/dev/null
  docker exec bench-web sh -c 'echo c > /srv/site/from-container.txt'
  docker create $label --name bench-v -v "$work/syntax:/data:ro" bench-todo:lesson >/dev/null
  docker create $label --name bench-m --mount "type=bind,src=$work/syntax,dst=/data,readonly" bench-todo:lesson >/dev/null
  docker run -d $label --name bench-missing -v "$work/missing-v:/data" bench-todo:lesson >/dev/null
  docker create $label --mount "type=bind,src=$work/missing-m,dst=/data" bench-todo:lesson >/dev/null 2>&1 || true
  docker inspect --format '{{json .Mounts}}' bench-web >/dev/null
)
cli=$(( $(ms) - start ))
docker rm -f $(docker ps -aq --filter label=bench.storagelab=cli) >/dev/null 2>&1 || true
docker volume rm bench-volume bench-nocopy >/dev/null 2>&1 || true
docker rmi bench-todo:lesson bench-todo:changed bench-todo:staging bench-todo:production >/dev/null 2>&1 || true
rm -rf "$work" "$STORAGE_LAB_HOME"

printf 'lesson run docker-storage (14 steps, with proofs)  %6d ms\n' "$lesson"
printf 'the same engine work as docker CLI commands        %6d ms\n' "$cli"
