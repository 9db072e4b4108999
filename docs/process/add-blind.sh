#!/usr/bin/env bash
# add-blind.sh NN: bring /work/writers/blind-NN into /work/main/fixtures, score it on the session-start engine
# (/tmp/m-start, commit START) and append the "Measured unseen" section to its README.
set -euo pipefail
NN=$1; START=d6be9df; SESSION=27
src=/work/writers/blind-$NN; dst=/work/main/fixtures/blind-$NN
[ -d "$src" ] || { echo "no $src"; exit 1; }
rm -rf "$dst" /tmp/m-start/fixtures/blind-$NN
cp -r "$src" "$dst"; cp -r "$src" /tmp/m-start/fixtures/blind-$NN
(cd /work/main && npx tsx bench/check-gold.ts fixtures/blind-$NN --min-words 200 --max-words 600 | tail -2)
out=$(cd /tmp/m-start && npx tsx bench/eval-claims.ts --corpus fixtures/blind-$NN)
line=$(echo "$out" | grep '^strict ')
p=$(echo "$line" | sed -E 's/.*P ([0-9.]+).*/\1/'); r=$(echo "$line" | sed -E 's/.*R ([0-9.]+).*/\1/'); f=$(echo "$line" | sed -E 's/.*F1 ([0-9.]+).*/\1/')
st=$(echo "$out" | grep '^status accuracy' | awk '{print $3}')
errs=$(echo "$out" | grep '^errors' | sed -E 's/^errors +//')
cat >> "$dst/README.md" <<EOT

## Measured unseen

\`npx tsx bench/eval-claims.ts --corpus fixtures/blind-$NN\`, scored before any rule was tuned on these pages
(written during session $SESSION, blind of the engine):

| engine | strict P | strict R | strict F1 | status accuracy |
|---|---|---|---|---|
| $START (start of session $SESSION) | $p | $r | **$f** | $st |

Errors on $START: $errs.

Keep it untuned: it is a measure.
EOT
echo "blind-$NN: P $p R $r F1 $f status $st; $errs"
