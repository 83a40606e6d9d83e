namespace Dataset.TestSupport;

/// <summary>
/// Two annotators, alice and bob, of the same two articles (tests/Shared/TeamArticles): they agree on most records and
/// differ on a speaker, an act, a status, a date, a set of targets and some evidence; each marks a record the other does not.
/// </summary>
internal static class TeamArticles
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "Shared", "TeamArticles");

    public static string Alice => Path.Combine(Folder, "alice");

    public static string Bob => Path.Combine(Folder, "bob");

    /// <summary>A copy of one annotator's folder to change.</summary>
    public static string CopyTo(string source, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }

        return folder;
    }
}
