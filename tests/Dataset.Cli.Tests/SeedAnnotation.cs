namespace Dataset.Cli.Tests;

/// <summary>The seed article's annotation, where records declare themselves, read to find the place of a declaration.</summary>
internal static class SeedAnnotation
{
    public const string FileName = "2022-10-22-dawn-us-urges-russia-to-keep-lines-open.yaml";

    /// <summary>A record's source path, relative to the project that compiled the seeds (src/Dataset.Seeds), with '/'.</summary>
    public static string Resolve(string path)
    {
        Assert.DoesNotContain('\\', path);
        Assert.False(Path.IsPathRooted(path), path);
        return Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "src", "Dataset.Seeds", path));
    }

    public static void AssertIsTheSeedAnnotation(string path) =>
        Assert.Equal(Path.Combine(RepositoryPaths.Seeds, FileName), Resolve(path));

    /// <summary>The 1-based line of <paramref name="text"/> in the annotation and the column after its <c>: </c>.</summary>
    public static (int Line, int Column) LineAndColumnOf(string text)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Seeds, FileName));
        var index = Array.IndexOf(lines, text);
        Assert.True(index >= 0, text);
        return (index + 1, text.IndexOf(": ", StringComparison.Ordinal) + 3);
    }
}
