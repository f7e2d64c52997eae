#!/usr/bin/env bash
# tools/score-rows.sh PIPELINE SET... : one summary line per evaluation set, for comparing two builds at a glance:
#   SET titles/zones/enterprises (P R)/figures/dates | facts subject/metric/period   (F1; FACTS5=1 adds change/target)
# SET: seeds (../shared), pages (corpus/pages), heldoutN, or `dev` / `ns`: the development sets and the never-seen sets
# (corpus/never-seen.txt; their rows are summary lines only — nobody studies their pages, gold or misses).
# Run from the repository root: tools/score-rows.sh out/bin/pipeline dev ns > rows.txt; diff two such files.
set -u
bin=$1; shift
shared=../shared
never_seen=$(grep -v '^#' corpus/never-seen.txt | tr '\n' ' ')
dev="seeds pages"
for d in corpus/heldout*/; do
  s=$(basename "$d"); case " $never_seen " in *" $s "*) ;; *) dev="$dev $s";; esac
done
sets=()
for s in "$@"; do case $s in dev) sets+=($dev);; ns) sets+=($never_seen);; *) sets+=("$s");; esac; done
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for s in "${sets[@]}"; do
  case $s in
    seeds) pages=$shared/corpus/seeds; gold=$shared/gold; facts=$shared/gold-facts;;
    pages) pages=corpus/pages; gold=corpus/gold; facts=;;
    *) pages=corpus/$s/pages; gold=corpus/$s/gold; facts=corpus/$s/gold-facts;;
  esac
  [ -d "$pages" ] || { echo "$s: no pages"; continue; }
  "$bin" extract "$pages" --out "$tmp/$s.jsonl" >/dev/null 2>"$tmp/$s.err" || { echo "$s: extract failed: $(tail -1 "$tmp/$s.err")"; continue; }
  line=$(python3 "$shared/eval/score.py" "$tmp/$s.jsonl" "$gold" | awk '
    $1=="titles"{t=$4} $1=="zones"{z=$4} $1=="enterprises"{e=$4" (P"$2" R"$3")"} $1=="figures"{f=$4} $1=="dates"{d=$4}
    END{printf "%s/%s/%s/%s/%s", t,z,e,f,d}')
  fl=""
  if [ -n "$facts" ] && [ -d "$facts" ]; then
    fl=$(python3 "$shared/eval/facts.py" "$tmp/$s.jsonl" "$facts" | awk -v five="${FACTS5:-0}" '
      $1=="subject"{s=$2} $1=="metric"{m=$2} $1=="period"{p=$2} $1=="change"{c=$2} $1=="target"{g=$2}
      END{if(five==1) printf " | facts %s/%s/%s/%s/%s", s,m,p,c,g; else printf " | facts %s/%s/%s", s,m,p}')
  fi
  echo "$s $line$fl"
done
