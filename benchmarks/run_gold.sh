#!/usr/bin/env bash
# geokg vs textacy SVO on the gold articles of ../shared/eval, both scored by ../shared/eval/score.py.
#
#   bash benchmarks/run_gold.sh            # from anywhere; uses the repo's .venv for geokg
#
# Environment:
#   SHARED          folder with eval/, seeds/, corpus/wikinews/   (default: <repo>/../shared)
#   TEXTACY_PYTHON  interpreter that has textacy + the spaCy model (default: /tmp/textacy-venv/bin/python;
#                   create it as BENCHMARKS.md says; textacy is never a geokg dependency)
#   KEEP=1          keep the work folder (article copies, triples files) instead of deleting it
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${SHARED:-$REPO/../shared}"
PYTHON="$REPO/.venv/bin/python"
TEXTACY_PYTHON="${TEXTACY_PYTHON:-/tmp/textacy-venv/bin/python}"
SCORER="$SHARED/eval/score.py"

[[ -f "$SCORER" ]] || { echo "no scorer at $SCORER (set SHARED)" >&2; exit 2; }
shopt -s nullglob
GOLD=("$SHARED"/eval/*.gold.json)
(( ${#GOLD[@]} )) || { echo "no gold files in $SHARED/eval" >&2; exit 2; }

WORK="$(mktemp -d)"
if [[ "${KEEP:-0}" != 1 ]]; then trap 'rm -rf "$WORK"' EXIT; else echo "work folder: $WORK"; fi
mkdir -p "$WORK/articles"

# The article text of each gold file: a seed or a Wikinews article with the gold's stem.
for gold in "${GOLD[@]}"; do
    stem="$(basename "$gold" .gold.json)"
    text=""
    for dir in "$SHARED/seeds" "$SHARED/corpus/wikinews"; do
        [[ -f "$dir/$stem.txt" ]] && { text="$dir/$stem.txt"; break; }
    done
    [[ -n "$text" ]] || { echo "no article text for $stem" >&2; exit 2; }
    cp "$text" "$WORK/articles/"
done
echo "${#GOLD[@]} gold articles, $(cat "$WORK"/articles/*.txt | wc -w) words"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

score() {  # score LABEL TRIPLES SECONDS
    echo
    echo "== $1 ($3 s wall clock for ${#GOLD[@]} articles, model load included)"
    "$PYTHON" "$SCORER" --pred "$2" --gold "${GOLD[@]}"
}

# geokg: the real command, as a user would run it.
cd "$REPO"
start=$(now)
if "$PYTHON" -m geokg.graph.cli build "$WORK/articles" --out "$WORK/geokg" --no-progress > "$WORK/geokg.log" 2>&1; then
    score "geokg build" "$WORK/geokg/triples.jsonl" "$(elapsed "$start" "$(now)")"
    # geokg's own scorer must print the same table.
    gold_opts=(); for gold in "${GOLD[@]}"; do gold_opts+=(--gold "$gold"); done
    if diff <("$PYTHON" "$SCORER" --pred "$WORK/geokg/triples.jsonl" --gold "${GOLD[@]}") \
            <("$PYTHON" -m geokg.graph.cli eval "${gold_opts[@]}" --pred "$WORK/geokg/triples.jsonl") > /dev/null; then
        echo "(geokg eval prints the same table)"
    else
        echo "WARNING: geokg eval disagrees with score.py on these triples" >&2
    fi
else
    echo
    echo "== geokg build FAILED (see below); no geokg numbers"
    tail -20 "$WORK/geokg.log"
fi

# textacy: one run per label mapping (see benchmarks/textacy_svo.py).
if [[ -x "$TEXTACY_PYTHON" ]] && "$TEXTACY_PYTHON" -c "import textacy" 2> /dev/null; then
    for variant in "span" "entity" "entity --active-passives"; do
        name="textacy-${variant// /}"
        start=$(now)
        # shellcheck disable=SC2086  # the variant is deliberately split into options
        "$TEXTACY_PYTHON" "$REPO/benchmarks/textacy_svo.py" "$WORK"/articles/*.txt \
            --out "$WORK/$name.jsonl" --labels $variant 2> "$WORK/$name.log"
        score "textacy SVO, labels: $variant" "$WORK/$name.jsonl" "$(elapsed "$start" "$(now)")"
    done
else
    echo
    echo "== textacy skipped: $TEXTACY_PYTHON cannot import textacy (see BENCHMARKS.md to set it up)"
fi
