using System.Globalization;

namespace Dataset.Benchmarks;

/// <summary>
/// What each part of the generated code costs the compiler: the sources the generator wrote for the N-article consumer
/// are rewritten without one part (<see cref="EmissionVariants"/>) and compiled as plain C#, with no generator, in a
/// project set up like a fresh `dotnet new classlib` (none of this repository's build settings). Builds run in rounds,
/// one of each variant per round, so that a slow spell of the machine falls on all of them; the median is reported,
/// and what a variant adds is its median minus that of the baseline with the same documentation setting. The compiler
/// server is off so that /usr/bin/time counts the compiler's CPU time (Linux only); every build pays the same start-up.
/// </summary>
public static class EmissionCostBenchmark
{
    public static void Run(int articles, int repetitions, IReadOnlyCollection<string>? only)
    {
        Workspace.Prepare(articles);
        var sources = GeneratedSources(articles);
        var variants = EmissionVariants.All.Where(v => only is null ? !v.Extra : only.Contains(v.Key)).ToList();
        var projects = variants.Select(v => WriteProject(articles, v, v.Rewrite(sources))).ToList();
        foreach (var project in projects)
        {
            Workspace.Dotnet($"build \"{project}\" -c Release -nologo -v q");
        }

        var runs = variants.ToDictionary(v => v, _ => new List<TimedRun>());
        var loads = new List<double>();
        for (var round = 0; round < repetitions; round++)
        {
            foreach (var (variant, project) in variants.Zip(projects))
            {
                loads.Add(double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture));
                runs[variant].Add(Build(project));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{articles:N0} articles, {sources.Count:N0} generated files ({sources.Sum(s => s.Text.Length) / 1048576.0:F1} MiB); median of " +
                $"{repetitions} builds each; load (1 min) {loads.Min():F1}–{loads.Max():F1}"));
        Console.WriteLine($"each build: dotnet {BuildArguments("<variant>")}");
        Console.WriteLine();
        Console.WriteLine("| variant | /doc | wall | added | CPU | added CPU |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        foreach (var variant in variants)
        {
            var baseline = variants.FirstOrDefault(v => v.Key == "none" && v.Documented == variant.Documented);
            var wall = Median(runs[variant].Select(r => r.Wall.TotalSeconds));
            var cpu = Median(runs[variant].Select(r => r.CpuSeconds));
            var addedWall = baseline is null ? "" : $"{wall - Median(runs[baseline].Select(r => r.Wall.TotalSeconds)):+0.0;-0.0} s";
            var addedCpu = baseline is null ? "" : $"{cpu - Median(runs[baseline].Select(r => r.CpuSeconds)):+0.0;-0.0} s";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {variant.Description} | {(variant.Documented ? "yes" : "no")} | {wall:F1} s | {addedWall} | {cpu:F1} s | {addedCpu} |"));
        }
    }

    /// <summary>The sources the generator wrote for the consumer (EmitCompilerGeneratedFiles), in name order.</summary>
    private static List<SourceFile> GeneratedSources(int articles)
    {
        var folder = Path.Combine(Workspace.ConsumerFolder(articles, true), "obj", "Release", "net8.0", "generated");
        return Directory.EnumerateFiles(folder, "*.g.cs", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new SourceFile(Path.GetFileName(path), File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal)))
            .ToList();
    }

    private static string WriteProject(int articles, EmissionVariant variant, IReadOnlyList<SourceFile> sources)
    {
        var root = Path.Combine(Workspace.Folder, $"emission-{articles}");
        var folder = Path.Combine(root, variant.Key + (variant.Documented ? "-doc" : string.Empty));
        var generated = Path.Combine(folder, "Generated");
        if (Directory.Exists(generated))
        {
            Directory.Delete(generated, recursive: true);
        }

        foreach (var source in sources)
        {
            Workspace.WriteIfChanged(Path.Combine(generated, source.Name), source.Text);
        }

        var project = Path.Combine(folder, "Emission.csproj");
        var runtime = Workspace.Root.Replace('\\', '/') + "/src/Dataset/Dataset.csproj";
        var quiet = variant.Quiet ? "\n    <EditorConfigFiles Include=\"generated.editorconfig\" />" : string.Empty;
        Workspace.WriteIfChanged(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- {variant.Description}. Made by the benchmarks. -->
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
            {Workspace.FreshProjectSettings}
                <GenerateDocumentationFile>{(variant.Documented ? "true" : "false")}</GenerateDocumentationFile>
                <NoWarn>$(NoWarn);CS1591</NoWarn>
                <UseSharedCompilation>false</UseSharedCompilation>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{runtime}" />{quiet}
              </ItemGroup>
            </Project>
            """);
        // What the generator's targets write for its sources (DatasetQuietGeneratedCode), here for the copied ones.
        Workspace.WriteIfChanged(Path.Combine(folder, "generated.editorconfig"), "[Generated/*.cs]\ndotnet_analyzer_diagnostic.severity = none\n");
        return project;
    }

    private static string BuildArguments(string project) =>
        $"build \"{project}\" -c Release --no-restore --no-incremental -p:BuildProjectReferences=false -nodeReuse:false -nologo -v q";

    private static TimedRun Build(string project) => TimedBuild.Dotnet(BuildArguments(project));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
