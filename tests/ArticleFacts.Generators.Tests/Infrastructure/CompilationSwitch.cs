using System;

namespace ArticleFacts.Generators.Tests.Infrastructure;

/// <summary>
/// <c>ARTICLEFACTS_TESTS_SKIP_COMPILATION=1</c> (set by scripts/mutation.sh, never by .ci/run): the harness does not compile
/// the generated code, so that the suite runs fast enough for every mutant. Tests only ever expect that compilation to
/// be clean, so this weakens hundreds of them without failing any: it must never pass unnoticed. When it is set, the
/// test <see cref="CompilationSwitchTests.The_generated_code_is_compiled_and_its_errors_are_seen"/> is skipped with
/// <see cref="Warning"/> as its name and reason: <c>dotnet test</c> prints "Skipped WARNING: ..." at its default verbosity
/// and counts the skip in its closing line. (A line to standard error was tried too: dotnet test does not show it.)
/// </summary>
public static class CompilationSwitch
{
    /// <summary>The environment variable that turns compilation off.</summary>
    public const string SkipVariable = "ARTICLEFACTS_TESTS_SKIP_COMPILATION";

    /// <summary>The reason of the skipped guard test, and the line written to standard error.</summary>
    public const string Warning = "WARNING: " + SkipVariable + "=1: the generated code is NOT compiled; every test that expects a clean compilation passes without checking it (for mutation runs only, never for CI).";

    /// <summary>Whether the generated code is left uncompiled in this run.</summary>
    public static bool Skipped { get; } = IsSkip(Environment.GetEnvironmentVariable(SkipVariable));

    /// <summary>Whether a value of <see cref="SkipVariable"/> turns compilation off: exactly <c>1</c>, as scripts/mutation.sh sets it.</summary>
    public static bool IsSkip(string? value) => value == "1";
}

/// <summary>
/// A fact that asserts the compiler's errors in the generated code or at its uses (CS0619, CS0117, ...): skipped when
/// compilation is turned off, where it could only fail whatever the generator does.
/// </summary>
public class CompiledCodeFactAttribute : FactAttribute
{
    /// <summary>Skips the test when <see cref="CompilationSwitch.Skipped"/>.</summary>
    public CompiledCodeFactAttribute()
    {
        if (CompilationSwitch.Skipped)
        {
            Skip = "it reads the compiler's errors, and " + CompilationSwitch.SkipVariable + "=1 leaves the generated code uncompiled";
        }
    }
}

/// <summary>
/// The guard test's fact: skipped like <see cref="CompiledCodeFactAttribute"/>, but with <see cref="CompilationSwitch.Warning"/>
/// as its reason and its name, which dotnet test prints at its default verbosity.
/// </summary>
public sealed class CompilationFactAttribute : CompiledCodeFactAttribute
{
    /// <summary>Names the skipped test after the warning.</summary>
    public CompilationFactAttribute()
    {
        if (CompilationSwitch.Skipped)
        {
            // dotnet test prints a skipped test's display name (its reason only at detailed verbosity): the name is the warning.
            Skip = CompilationSwitch.Warning;
            DisplayName = CompilationSwitch.Warning;
        }
    }
}
