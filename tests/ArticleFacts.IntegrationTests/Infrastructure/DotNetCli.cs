using System;
using System.Collections.Generic;
using System.IO;
using ArticleFacts.TestSupport;

namespace ArticleFacts.IntegrationTests.Infrastructure;

/// <summary>Runs the <c>dotnet</c> CLI as a child process through <see cref="ProcessRunner"/> (isolated from the test run's MSBuild environment).</summary>
internal static class DotNetCli
{
    /// <summary>The <c>dotnet</c> host that runs this test, so the consumer uses the same installation; else the one on PATH.</summary>
    public static string Executable { get; } = FindExecutable();

    /// <param name="environment">Variables to set for the child on top of <see cref="ProcessRunner.ConfigureEnvironment"/>; a null value removes one.</param>
    public static ProcessResult Run(string workingDirectory, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?>? environment = null) =>
        ProcessRunner.Run(Executable, workingDirectory, arguments, environment, displayName: "dotnet");

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
