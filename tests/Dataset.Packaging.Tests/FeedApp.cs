namespace Dataset.Packaging.Tests;

/// <summary>What every app built from the packed feed starts with: a nuget.config naming the feed, and a project file.</summary>
internal static class FeedApp
{
    /// <summary>Writes folder/nuget.config with the feed as the only source.</summary>
    public static void UseFeed(string folder, string feed)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>An executable net8.0 project (rolling forward to the SDK's runtime) with warnings as errors.</summary>
    public static void WriteProject(string path, string properties, params string[] packages)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net8.0</TargetFramework>
                <RollForward>Major</RollForward>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            {properties}
              </PropertyGroup>
              <ItemGroup>
            {string.Join("\n", packages.Select(p => $"    <PackageReference Include=\"{p}\" Version=\"{PackedFeed.Version}\" />"))}
              </ItemGroup>
            </Project>
            """);
    }
}
