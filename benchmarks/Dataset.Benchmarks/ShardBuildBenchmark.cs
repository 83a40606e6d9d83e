using System.Globalization;

namespace Dataset.Benchmarks;

/// <summary>
/// Real `dotnet build -m` runs of a sharded workspace, timed by the clock: the full build from scratch, then each
/// edit of <see cref="ShardEdits"/> followed by a build, as a user types and builds. Each row says which projects the
/// compiler ran for (their obj assembly was rewritten) and whose reference assembly changed. Builds of minutes suit
/// a plain timed command better than BenchmarkDotNet's statistics; the repetitions are given. Linux only: the peak
/// resident set of the largest process of the build and the CPU time of all its processes come from /usr/bin/time
/// (CPU time depends less than the wall clock on what else the machine runs).
/// </summary>
public static class ShardBuildBenchmark
{
    /// <summary>Writes the workspace and prints what it holds; builds nothing.</summary>
    public static ShardedWorkspace Prepare(ShardSetup setup)
    {
        var workspace = ShardedWorkspace.Prepare(setup);
        var corpus = workspace.Corpus;
        var dataset = setup.Packaged
            ? $"each referencing the packed {PackagedDataset.PackageId} {PackagedDataset.Version} from the workspace's feed"
            : "each referencing the repository's Dataset and generator projects";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{setup.Articles:N0} articles in {setup.Shards} shards + a registry ({corpus.StatementCount:N0} statements, " +
                $"{corpus.SanctionCount:N0} sanctions, {corpus.ActorCount:N0} actors), {dataset}, and an app, in {workspace.Folder}"));
        return workspace;
    }

    /// <summary>
    /// Times the full build, then <paramref name="repetitions"/> builds after each edit (all, or those whose key is in <paramref name="edits"/>).
    /// </summary>
    /// <remarks>
    /// Each of <paramref name="properties"/> (NAME=VALUE) is passed to every build as -p:NAME=VALUE.
    /// With <paramref name="compilerServer"/>, builds as the SDK does by default, the compiler server and MSBuild's
    /// nodes kept between builds (this machine's environment turns both off); they are shut down before the first
    /// build and after the last.
    /// </remarks>
    public static void Run(
        ShardSetup setup, int fullBuilds, int repetitions, IReadOnlyCollection<string>? edits, bool compilerServer, IReadOnlyList<string> properties)
    {
        var workspace = Prepare(setup);
        var builds = new Builds(workspace, compilerServer, properties);
        var languageVersion = setup.LanguageVersion;
        Console.WriteLine($"each build: dotnet {BuildArguments(builds)}{(languageVersion is null ? string.Empty : $" (shards in C# {languageVersion})")}"
            + (compilerServer ? ", the compiler server and MSBuild's node reuse on (the SDK's defaults)" : string.Empty));
        ShutDownServers(builds);
        Console.WriteLine();
        var server = compilerServer ? " compiler server, RSS after |" : string.Empty;
        Console.WriteLine($"| build | wall | CPU (user + system) | largest process, peak RSS |{server} compiled | reference assembly changed | load (1 min) |");
        Console.WriteLine("|---|---:|---:|---:|" + (compilerServer ? "---:|" : string.Empty) + "---|---|---:|");
        for (var run = 0; run < fullBuilds; run++)
        {
            workspace.Clean();
            Measure(builds, "full build, from scratch");
        }

        var printed = Workspace.Run("dotnet", $"\"{workspace.AppAssembly}\"");
        Measure(builds, "nothing edited");
        // What restore costs of that: the floor of any edit's build.
        Measure(builds, "nothing edited, --no-restore", " --no-restore");
        foreach (var edit in ShardEdits.Of(workspace).Where(e => edits is null || edits.Contains(e.Key)))
        {
            var original = File.ReadAllText(edit.File);
            try
            {
                for (var revision = 1; revision <= repetitions; revision++)
                {
                    File.WriteAllText(edit.File, edit.Revise(original, revision));
                    Measure(builds, edit.Name);
                }

                // An edit of the app's own C# needs nothing of the projects it references: the same edit, built
                // without restoring and without visiting the references, is the floor of that build.
                if (edit.Key == "csharp")
                {
                    for (var revision = repetitions + 1; revision <= 2 * repetitions; revision++)
                    {
                        File.WriteAllText(edit.File, edit.Revise(original, revision));
                        Measure(builds, edit.Name + ", `--no-restore --no-dependencies`", " --no-restore --no-dependencies");
                    }
                }
            }
            finally
            {
                File.WriteAllText(edit.File, original);
            }

            Build(builds);
        }

        ShutDownServers(builds);
        Console.WriteLine();
        Console.WriteLine("The app, after the full build:");
        Console.Write(printed);
    }

    private static void ShutDownServers(Builds builds)
    {
        if (builds.SdkDefaults)
        {
            Workspace.Run("dotnet", "build-server shutdown");
        }
    }

    private static void Measure(Builds builds, string name, string options = "")
    {
        var workspace = builds.Workspace;
        var before = Stamps(workspace);
        var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        var build = Build(builds, options);
        var after = Stamps(workspace);
        var compiled = Changed(workspace, before, after, p => p.IntermediateAssembly);
        var references = Changed(workspace, before, after, p => p.ReferenceAssembly);
        var server = builds.SdkDefaults ? string.Create(CultureInfo.InvariantCulture, $"| {CompilerServerGiB():F2} GiB ") : string.Empty;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {build.Wall.TotalSeconds:F1} s | {build.CpuSeconds:F0} s | {build.PeakKiB / 1048576.0:F2} GiB {server}"
            + $"| {compiled} | {references} | {load} |"));
    }

    /// <summary>
    /// The resident set of the compiler server, which outlives each build (and, with DatasetGeneratorCache=true, keeps
    /// each project's generator state between builds); 0 when none is running.
    /// </summary>
    private static double CompilerServerGiB() =>
        System.Diagnostics.Process.GetProcessesByName("VBCSCompiler").Sum(p =>
        {
            using (p)
            {
                return p.WorkingSet64;
            }
        }) / 1073741824.0;

    private static TimedRun Build(Builds builds, string options = "") =>
        TimedBuild.Dotnet(BuildArguments(builds) + options, builds.SdkDefaults);

    private static string BuildArguments(Builds builds) =>
        $"build \"{builds.Workspace.App.ProjectFile}\" -m -c Release -nologo -v q" + (builds.SdkDefaults ? " -nodeReuse:true" : string.Empty)
            + string.Concat(builds.Properties.Select(p => $" -p:{p}"));

    private static Dictionary<string, DateTime> Stamps(ShardedWorkspace workspace) =>
        workspace.Projects
            .SelectMany(p => new[] { p.IntermediateAssembly, p.ReferenceAssembly })
            .ToDictionary(path => path, path => File.Exists(path) ? File.GetLastWriteTimeUtc(path) : DateTime.MinValue);

    private static string Changed(
        ShardedWorkspace workspace,
        Dictionary<string, DateTime> before,
        Dictionary<string, DateTime> after,
        Func<WorkspaceProject, string> file)
    {
        var changed = workspace.Projects.Where(p => before[file(p)] != after[file(p)])
            .Select(p => p.Name.Replace("Bench.", string.Empty, StringComparison.Ordinal))
            .ToList();
        return changed.Count == 0 ? "none" : changed.Count == workspace.Projects.Count() ? "all" : string.Join(", ", changed);
    }

    /// <summary>
    /// The workspace built, whether with the SDK's defaults (compiler server, node reuse) or this machine's, and the
    /// MSBuild properties every build is given.
    /// </summary>
    private sealed record Builds(ShardedWorkspace Workspace, bool SdkDefaults, IReadOnlyList<string> Properties);
}
