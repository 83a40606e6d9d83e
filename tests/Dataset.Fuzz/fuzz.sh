#!/usr/bin/env bash
# Coverage-guided fuzzing of the annotation pipeline with afl++ and SharpFuzz.
#   bash tests/Dataset.Fuzz/fuzz.sh [EXECUTIONS]      (default 1000000)
# Installs afl++ (Debian) and the SharpFuzz instrumenter if missing, publishes the target, instruments the engine,
# the generator and YamlDotNet, writes the seed corpus and runs afl-fuzz for the given number of executions with a
# 1 s hang limit. Findings go to tests/Dataset.Fuzz/.work/findings (crashes/, hangs/); replay one with
#   dotnet tests/Dataset.Fuzz/.work/out/Dataset.Fuzz.dll replay FILE
set -euo pipefail
executions=${1:-1000000}
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
for library in Dataset.Annotations.dll Dataset.Generators.dll YamlDotNet.dll; do
  "$work/tools/sharpfuzz" "$work/out/$library"
done

rm -rf "$work/seeds"
dotnet "$work/out/Dataset.Fuzz.dll" seed "$work/seeds" "$repository" "$repository/../shared"

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
# Inputs over 64 KiB fall back to the suite's small cases; -t is the hang limit in milliseconds.
afl-fuzz -i "$work/seeds" -o "$work/findings" -t 1000 -m none -E "$executions" -- dotnet "$work/out/Dataset.Fuzz.dll"
grep -E "execs_done|corpus_count|saved_crashes|saved_hangs|run_time|execs_per_sec" "$work/findings/default/fuzzer_stats"
