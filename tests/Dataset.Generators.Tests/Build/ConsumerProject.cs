using System.Diagnostics;

namespace Dataset.Generators.Tests.Build;

/// <summary>
/// A throw-away consumer project in a temporary folder, built with the real <c>dotnet build</c>. It takes the generator,
/// the annotation engine, YamlDotNet and the runtime library as built for this test run (from the test's own output folder) and the
/// generator's build/ props and targets from the repository, so nothing in the repository is rebuilt or written to.
/// </summary>
internal sealed class ConsumerProject : IDisposable
{
    private ConsumerProject(string directory) => Directory = directory;

    public string Directory { get; }

    public static ConsumerProject Create(string targetFrameworks, IReadOnlyDictionary<string, string> files, string extraItems = "") =>
        CreateProjects(new Dictionary<string, string>(files) { ["Consumer.csproj"] = ProjectFile(targetFrameworks, "Consumer.Data", extraItems) });

    /// <summary>A folder of several projects: <paramref name="files"/> holds their project files (see <see cref="ProjectFile"/>) and sources.</summary>
    public static ConsumerProject CreateProjects(IReadOnlyDictionary<string, string> files)
    {
        var directory = Path.Combine(Path.GetTempPath(), "dataset-consumer-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(directory);
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(directory, path);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return new ConsumerProject(directory);
    }

    /// <summary>A project that uses the generator as built for this test run, warnings as errors.</summary>
    public static string ProjectFile(string targetFrameworks, string datasetNamespace, string extraItems = "", string extraProperties = "")
    {
        var bin = AppContext.BaseDirectory;
        var build = Path.Combine(RepositoryPaths.Root, "generators", "Dataset.Generators", "build");
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>{targetFrameworks}</TargetFrameworks>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <WarningLevel>9999</WarningLevel>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <ImplicitUsings>disable</ImplicitUsings>
                <DatasetNamespace>{datasetNamespace}</DatasetNamespace>{extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="Dataset" HintPath="{Path.Combine(bin, "Dataset.dll")}" />
                <Analyzer Include="{Path.Combine(bin, "Dataset.Generators.dll")}" />
                <Analyzer Include="{Path.Combine(bin, "Dataset.Annotations.dll")}" />
                <Analyzer Include="{Path.Combine(bin, "YamlDotNet.dll")}" />
              </ItemGroup>
              <ItemGroup>{extraItems}</ItemGroup>
              <Import Project="{Path.Combine(build, "Dataset.Generators.props")}" />
              <Import Project="{Path.Combine(build, "Dataset.Generators.targets")}" />
            </Project>
            """;
    }

    /// <summary>Runs <c>dotnet build</c> (with any extra arguments, such as <c>-p:Name=value</c>) and returns its exit code and console output.</summary>
    public (int ExitCode, string Output) Build(string project = "Consumer.csproj", params string[] properties) =>
        Dotnet(["build", project, "-nologo", "-v:q", "-nodeReuse:false", "--disable-build-servers", .. properties]);

    /// <summary>Runs a built app (a path relative to the folder) and returns its exit code and console output.</summary>
    public (int ExitCode, string Output) Run(string assembly) => Dotnet(assembly);

    private (int ExitCode, string Output) Dotnet(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's own MSBuild settings must not leak into the child build.
        foreach (var key in start.Environment.Keys.Where(
            k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            .ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {arguments[0]} in the consumer folder did not finish within five minutes.");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}
