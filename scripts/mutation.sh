#!/usr/bin/env bash
# Mutation testing of the generator's Yaml/, Parsing/ and Validation/ code with Stryker.NET, against the fast unit
# tests of tests/ArticleFacts.Generators.Tests (the property and hostile-input tests are too slow to run per mutant, and so
# is the schema agreement over every structural mutation of the seed, which spends its time in the JSON schema validator).
# Not part of .ci/run: it takes an hour or more on 2 cores (a dot per mutant tested shows progress in a log).
# Reports land in artifacts/mutation/reports/ (HTML, JSON, Markdown).
#
#   bash scripts/mutation.sh                   # Yaml/, Parsing/ and Validation/
#   bash scripts/mutation.sh 'Parsing/**/*.cs' # one folder (globs relative to src/ArticleFacts.Generators)
#   STRYKER_CONCURRENCY=1 bash scripts/mutation.sh Validation/NumberReader.cs  # one file, one test runner at a time
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD

# The tests do not compile the generated code under mutation (GeneratorHarness.SkipCompilation): 3-4 times faster, and the
# score a lower bound, as a test only ever expects that compilation to be clean.
export ARTICLEFACTS_TESTS_SKIP_COMPILATION=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

globs=("$@")
if [ ${#globs[@]} -eq 0 ]; then
  globs=('Yaml/**/*.cs' 'Parsing/**/*.cs' 'Validation/**/*.cs')
fi

mutate=()
for glob in "${globs[@]}"; do
  mutate+=(--mutate "**/src/ArticleFacts.Generators/$glob")
done

# Left out per mutant, for time (docs/quality.md): the schema agreement over every structural mutation of the seed (its time
# is the JSON schema validator's), the article-length limits (a 20 MB article), the analyzer/generator reporting split and
# the declared classes (both about the pipeline's wiring, not its checks). STRYKER_TEST_FILTER replaces the filter.
slow='FullyQualifiedName!~Schema_and_generator_agree_on_every_structural_mutation&FullyQualifiedName!~TextLengthTests'
slow+='&FullyQualifiedName!~ReportingSplitTests&FullyQualifiedName!~DeclaredArticleTests'

dotnet tool restore
cd tests/ArticleFacts.Generators.Tests
dotnet stryker \
  --project ArticleFacts.Generators.csproj \
  --test-project ArticleFacts.Generators.Tests.csproj \
  "${mutate[@]}" \
  --test-case-filter "${STRYKER_TEST_FILTER:-$slow}" \
  --concurrency "${STRYKER_CONCURRENCY:-$(nproc)}" \
  --reporter Dots --reporter Html --reporter Json --reporter Markdown --reporter ClearText \
  --output "$root/artifacts/mutation" \
  --skip-version-check
