#!/usr/bin/env bash
# Coverage-guided fuzzing of the annotation pipeline with afl++ and SharpFuzz.
#   bash tests/Dataset.Fuzz/fuzz.sh [EXECUTIONS] [pipeline|lsp]   (default 1000000 executions of the pipeline)
# "pipeline" fuzzes an annotation and its article through the engine and the emitter; "lsp" fuzzes the language
# server's message handling, one JSON-RPC message a line.
# Installs afl++ (Debian) and the SharpFuzz instrumenter if missing, publishes the target, instruments the engine,
# the generator and YamlDotNet, writes the seed corpus and runs afl-fuzz for the given number of executions with a
# 1 s hang limit. Findings go to tests/Dataset.Fuzz/.work/findings-TARGET (crashes/, hangs/); replay one with
#   dotnet tests/Dataset.Fuzz/.work/out/Dataset.Fuzz.dll replay FILE [--lsp]
set -euo pipefail
executions=${1:-1000000}
target=${2:-pipeline}
here=$(cd "$(dirname "$0")" && pwd)
repository=$(cd "$here/../.." && pwd)
work="$here/.work"
mkdir -p "$work"

if ! command -v afl-fuzz >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++
fi
if [ ! -x "$work/tools/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$work/tools"
fi

rm -rf "$work/out"
dotnet publish "$here/Dataset.Fuzz.csproj" -c Release -o "$work/out" -nologo -v:q
for library in Dataset.Annotations.dll Dataset.Generators.dll Dataset.LanguageServer.dll YamlDotNet.dll; do
  "$work/tools/sharpfuzz" "$work/out/$library"
done

rm -rf "$work/seeds"
if [ "$target" = lsp ]; then
  dotnet "$work/out/Dataset.Fuzz.dll" seed-lsp "$work/seeds" "$repository"
  mode=--lsp
else
  dotnet "$work/out/Dataset.Fuzz.dll" seed "$work/seeds" "$repository" "$repository/../shared"
  mode=--pipeline
fi

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
# Inputs over 64 KiB fall back to the suite's small cases; -t is the hang limit in milliseconds.
afl-fuzz -i "$work/seeds" -o "$work/findings-$target" -t 1000 -m none -E "$executions" -- dotnet "$work/out/Dataset.Fuzz.dll" $mode
grep -E "execs_done|corpus_count|saved_crashes|saved_hangs|run_time|execs_per_sec|edges_found" "$work/findings-$target/default/fuzzer_stats"
