using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading;

namespace ArticleFacts.TestSupport;

/// <summary>What a finished process printed (standard output and error, interleaved by line), with its exit code.</summary>
internal sealed record ProcessResult(string CommandLine, int ExitCode, string Output)
{
    public override string ToString() => $"> {CommandLine}\n(exit code {ExitCode})\n{Output}";
}

/// <summary>
/// Runs a child process (the <c>dotnet</c> CLI, a built app, an installed tool), isolated from the test run's own MSBuild
/// environment. One copy, compiled into each test project (tests/Directory.Build.props).
/// </summary>
internal static class ProcessRunner
{
    /// <summary>
    /// Not a time limit on the work (nothing here measures time): a guard against a child that hangs, so long that no
    /// build on a loaded machine reaches it.
    /// </summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(30);

    /// <summary>How long to wait for the output pipes to close after the process exits (a grandchild may hold them).</summary>
    private static readonly TimeSpan DrainGuard = TimeSpan.FromMinutes(1);

    /// <param name="environment">Variables to set for the child on top of <see cref="ConfigureEnvironment"/>; a null value removes one.</param>
    public static ProcessResult Run(string program, string workingDirectory, IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null, string? displayName = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        ConfigureEnvironment(start.Environment);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var commandLine = (displayName ?? program) + " " + string.Join(" ", start.ArgumentList);
        var output = new StringBuilder();
        using var stdoutClosed = new ManualResetEventSlim();
        using var stderrClosed = new ManualResetEventSlim();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data, stdoutClosed);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data, stderrClosed);

        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(HangGuard))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited just now.
            }

            throw new TimeoutException($"'{commandLine}' in {workingDirectory} hung (no exit within {HangGuard}). Output so far:\n{Text(output)}");
        }

        // A grandchild that inherited the pipes (a reused MSBuild node, a compiler server) would keep them open:
        // node reuse and the servers are off, but do not hang on it either way.
        stdoutClosed.Wait(DrainGuard);
        stderrClosed.Wait(DrainGuard);
        return new ProcessResult(commandLine, process.ExitCode, Text(output));
    }

    /// <summary>
    /// Under <c>dotnet test</c> the test host inherits the outer MSBuild's variables (MSBuildSDKsPath,
    /// MSBuildExtensionsPath, MSBUILD_EXE_PATH, ...), which would pin a child build to the outer SDK's internals: drop
    /// them all. Then: no telemetry or banners, English messages, the classic console logger, no reused nodes or build
    /// servers left holding the output pipes after the build.
    /// </summary>
    internal static void ConfigureEnvironment(IDictionary<string, string?> environment)
    {
        foreach (var name in new List<string>(environment.Keys))
        {
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase))
            {
                environment.Remove(name);
            }
        }

        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        environment["MSBUILDTERMINALLOGGER"] = "off";
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        environment["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1";
    }

    private static void Append(StringBuilder output, string? line, ManualResetEventSlim closed)
    {
        if (line is null)
        {
            closed.Set();
            return;
        }

        lock (output)
        {
            output.Append(line).Append('\n');
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
