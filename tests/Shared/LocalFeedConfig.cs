namespace Dataset.TestSupport;

/// <summary>
/// The nuget.config of a folder whose Dataset packages come from a local feed only and every other package from the
/// registry the machine already uses; shared by the packaging tests and the benchmarks that build against packages.
/// </summary>
public static class LocalFeedConfig
{
    /// <param name="feed">The folder the Dataset packages were packed into.</param>
    /// <param name="registry">The machine's enabled package source.</param>
    public static string Text(string feed, string registry) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="local" value="{feed}" />
            <add key="registry" value="{registry}" />
          </packageSources>
          <packageSourceMapping>
            <packageSource key="local">
              <package pattern="Dataset" />
              <package pattern="Dataset.*" />
            </packageSource>
            <packageSource key="registry">
              <package pattern="*" />
            </packageSource>
          </packageSourceMapping>
        </configuration>
        """;

    /// <summary>The first enabled source in what `dotnet nuget list source --format short` printed, or null.</summary>
    /// <param name="listed">That command's output.</param>
    public static string? FirstEnabledSource(string listed) =>
        listed.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(l => l.StartsWith("E ", StringComparison.Ordinal))?[2..].Trim();
}
