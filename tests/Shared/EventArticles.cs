namespace Dataset.TestSupport;

/// <summary>
/// Two articles of the same day from two publishers (tests/Shared/EventArticles), each reporting the EU's sanctions on
/// Iranian drone suppliers and Iran's denial: the first links both of its records to the second's with same-as.
/// </summary>
internal static class EventArticles
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "Shared", "EventArticles");

    public const string WireAnnotation = "2022-10-19-example-wire-eu-drone-sanctions.yaml";

    public const string TimesAnnotation = "2022-10-20-sample-times-eu-drone-sanctions.yaml";

    /// <summary>Every file of the folder, path and text, in path order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> Files() =>
        Directory.EnumerateFiles(Folder).Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => new KeyValuePair<string, string?>(p, File.ReadAllText(p)))
            .ToList();

    /// <summary>A copy of the folder to change, with each file's text passed through <paramref name="edit"/>.</summary>
    public static string CopyTo(string folder, Func<string, string, string>? edit = null)
    {
        Directory.CreateDirectory(folder);
        foreach (var (path, text) in Files())
        {
            var name = Path.GetFileName(path);
            File.WriteAllText(Path.Combine(folder, name), edit is null ? text! : edit(name, text!));
        }

        return folder;
    }

    /// <summary>The annotations without their same-as lines: two articles nobody linked yet.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage(
        "Style",
        "IDE0060",
        Justification = "CopyTo's transforms take the file's name; this one needs only its text.")]
    public static string WithoutLinks(string name, string text) =>
        string.Join('\n', text.Split('\n').Where(line => !line.TrimStart().StartsWith("same-as:", StringComparison.Ordinal)));
}
