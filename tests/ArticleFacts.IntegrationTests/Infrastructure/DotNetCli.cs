using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;

namespace ArticleFacts.IntegrationTests.Infrastructure;

/// <summary>What a finished process printed, with its exit code.</summary>
internal sealed record ProcessResult(string CommandLine, int ExitCode, string Output, TimeSpan Duration)
{
    public override string ToString() =>
        $"> {CommandLine}\n(exit code {ExitCode}, {Duration.TotalSeconds:0.0} s)\n{Output}";
}

/// <summary>Runs the <c>dotnet</c> CLI as a child process, isolated from the test run's own MSBuild environment.</summary>
internal static class DotNetCli
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    /// <summary>How long to wait for the output pipes to close after the process exits.</summary>
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The <c>dotnet</c> host that runs this test, so the consumer uses the same installation; else the one on PATH.</summary>
    public static string Executable { get; } = FindExecutable();

    /// <param name="environment">Variables to set for the child on top of <see cref="ConfigureEnvironment"/>; a null value removes one.</param>
    public static ProcessResult Run(string workingDirectory, IReadOnlyList<string> arguments, TimeSpan? timeout = null,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(Executable)
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

        var commandLine = "dotnet " + string.Join(" ", arguments);
        var output = new StringBuilder();
        using var stdoutClosed = new ManualResetEventSlim();
        using var stderrClosed = new ManualResetEventSlim();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data, stdoutClosed);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data, stderrClosed);

        var stopwatch = Stopwatch.StartNew();
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var limit = timeout ?? DefaultTimeout;
        if (!process.WaitForExit((int)limit.TotalMilliseconds))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited just now.
            }

            stopwatch.Stop();
            throw new TimeoutException($"'{commandLine}' in {workingDirectory} did not finish within {limit}. Output so far:\n{Snapshot(output)}");
        }

        // A grandchild that inherited the pipes (a reused MSBuild node, a compiler server) would keep them open:
        // node reuse and the compiler server are off, but do not hang on it either way.
        stdoutClosed.Wait(DrainTimeout);
        stderrClosed.Wait(DrainTimeout);
        stopwatch.Stop();
        return new ProcessResult(commandLine, process.ExitCode, Snapshot(output), stopwatch.Elapsed);
    }

    /// <summary>
    /// Under <c>dotnet test</c> the test host inherits the outer MSBuild's variables (MSBuildSDKsPath,
    /// MSBuildExtensionsPath, MSBUILD_EXE_PATH, ...), which would pin the child build to the outer SDK's
    /// internals; drop them all. Then: no telemetry or banners, the classic console logger, no reused nodes
    /// or build servers left holding the output pipes after the build.
    /// </summary>
    private static void ConfigureEnvironment(IDictionary<string, string?> environment)
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

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static string FindExecutable()
    {
        // The SDK sets DOTNET_HOST_PATH for the tools it runs; `dotnet test` hands it down to the test host.
        var hostPath = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(hostPath) && File.Exists(hostPath))
        {
            return hostPath;
        }

        var processPath = Environment.ProcessPath;
        if (processPath is not null && Path.GetFileNameWithoutExtension(processPath).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return processPath;
        }

        return "dotnet";
    }
}
