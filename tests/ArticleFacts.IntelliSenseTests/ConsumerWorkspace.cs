using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using ArticleFacts.IntegrationTests.Infrastructure;
using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace ArticleFacts.IntelliSenseTests;

/// <summary>Registers an MSBuild of the installed SDK, once, before anything loads an MSBuild type.</summary>
internal static class MSBuildRegistration
{
    private static readonly object Gate = new();

    /// <summary>The MSBuild that was registered, for the test output.</summary>
    public static string Registered { get; private set; } = "";

    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (!MSBuildLocator.IsRegistered)
            {
                var instance = MSBuildLocator.RegisterDefaults();
                Registered = $"{instance.Name} {instance.Version} at {instance.MSBuildPath}";
            }
        }
    }
}

/// <summary>
/// A built consumer project opened the way an IDE opens it: MSBuildWorkspace runs a design-time build (in its
/// build host process) and Roslyn, in this process, runs the analyzers and generators the project references.
/// </summary>
/// <remarks>
/// Every member that touches MSBuildWorkspace lives here, apart from the code that registers MSBuild
/// (<see cref="MSBuildRegistration"/>), and is not inlined: the JIT loads a method's types when it compiles the
/// method, and MSBuildLocator must come first.
/// </remarks>
internal sealed class ConsumerWorkspace : IDisposable
{
    private readonly MSBuildWorkspace _workspace;

    private ConsumerWorkspace(MSBuildWorkspace workspace, Project project, IReadOnlyList<WorkspaceDiagnostic> failures)
    {
        _workspace = workspace;
        Project = project;
        Failures = failures;
    }

    public Project Project { get; }

    /// <summary>What the workspace reported while it opened the project: its WorkspaceFailed events and Diagnostics.</summary>
    public IReadOnlyList<WorkspaceDiagnostic> Failures { get; }

    public static async Task<ConsumerWorkspace> OpenAsync(ConsumerProject consumer)
    {
        MSBuildRegistration.EnsureRegistered();
        return await OpenRegisteredAsync(consumer).ConfigureAwait(false);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<ConsumerWorkspace> OpenRegisteredAsync(ConsumerProject consumer)
    {
        // The configuration the consumer was built in, so that the design-time build sees the same obj/ files.
        var workspace = MSBuildWorkspace.Create(new Dictionary<string, string> { ["Configuration"] = Repo.Configuration });
        var failures = new List<WorkspaceDiagnostic>();
        using (workspace.RegisterWorkspaceFailedHandler(e =>
        {
            lock (failures)
            {
                failures.Add(e.Diagnostic);
            }
        }))
        {
            var project = await workspace.OpenProjectAsync(System.IO.Path.Combine(consumer.Directory, ConsumerProject.Name + ".csproj")).ConfigureAwait(false);
            lock (failures)
            {
                var reported = failures.Concat(workspace.Diagnostics).Distinct().ToList();
                return new ConsumerWorkspace(workspace, project, reported);
            }
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Dispose() => _workspace.Dispose();
}
