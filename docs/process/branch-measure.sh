#!/usr/bin/env bash
# branch-measure.sh BRANCH: the unseen measure (eval --unseen) on BRANCH's engine with main's full fixtures.
set -euo pipefail
b=$1; w=/tmp/bm-$b
rm -rf "$w"; git -C /work/main worktree prune
git -C /work/main worktree add -q --detach "$w" "$b"
ln -s /work/main/node_modules "$w/node_modules"
rm -rf "$w/fixtures"; cp -r /work/main/fixtures "$w/fixtures"
# the branch's own fixtures changes (none expected) are replaced by main's; only src differs
(cd "$w" && npx tsx bench/eval-claims.ts --unseen | tail -$(( $(ls -d /work/main/fixtures/blind-* | wc -l) )) | grep -E '^fixtures/blind-|corpora:')
git -C /work/main worktree remove --force "$w"
